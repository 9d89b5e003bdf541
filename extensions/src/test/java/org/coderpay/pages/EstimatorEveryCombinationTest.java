package org.coderpay.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.coderpay.build.TestSites;
import org.coderpay.data.Dataset;
import org.coderpay.data.DatasetCatalog;
import org.coderpay.data.DatasetLoader;
import org.coderpay.data.Range;
import org.coderpay.data.Row;
import org.coderpay.diagnostics.Problems;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.NativeObject;
import org.mozilla.javascript.Scriptable;

/**
 * Runs the real estimator on every combination of the form's choices over the real datasets, and
 * checks each result against the method written on content/guide/estimate-your-pay.md: the ranges
 * that apply are averaged and rounded to the nearest thousand, which keeps the result within the
 * published ranges it was built from; a credential's published pay effect is then added on top; a
 * choice with no published figure changes nothing and the result says so.
 */
class EstimatorEveryCombinationTest {
    private Context cx;
    private Scriptable scope;
    private DatasetCatalog catalog;

    @BeforeEach
    void load() throws IOException {
        Path root = TestSites.repoRoot();
        catalog = new DatasetLoader(root, new Problems(), LocalDate.of(2100, 1, 1)).load(root.resolve("data"));
        cx = Context.enter();
        cx.setLanguageVersion(Context.VERSION_ES6);
        scope = cx.initStandardObjects();
        cx.evaluateString(scope, Files.readString(root.resolve("assets/js/estimator.js"), StandardCharsets.UTF_8),
                "estimator.js", 1, null);
        // The estimator.json the real site publishes (its questions come from the estimator page's header).
        String json = Files.readString(org.coderpay.build.RealSite.published().resolve("estimator.json"),
                StandardCharsets.UTF_8);
        cx.evaluateString(scope, "var data = " + json + ";", "estimator.json", 1, null);
    }

    @AfterEach
    void close() {
        Context.exit();
    }

    @Test
    void everyCombinationFollowsTheWrittenMethod() throws IOException {
        String page = Files.readString(TestSites.repoRoot().resolve("content/guide/estimate-your-pay.md"));
        // The promise this test holds the script to, as the page words it.
        assertThat(page).contains("inside the published ranges it was built from")
                .contains("added on top");
        List<Row> specialties = withNone(catalog.get("specialties"));
        List<Row> locations = withNone(catalog.get("states"));
        List<Row> settings = withNone(catalog.get("settings"));
        List<Row> credentials = withNone(catalog.get("credentials"));
        int checked = 0;
        for (Row experience : catalog.get("experience").rows()) {
            for (Row credential : credentials) {
                for (Row specialty : specialties) {
                    for (Row location : locations) {
                        for (Row setting : settings) {
                            check(experience, credential, specialty, location, setting);
                            checked++;
                        }
                    }
                }
            }
        }
        assertThat(checked).isEqualTo(catalog.get("experience").rows().size() * credentials.size()
                * specialties.size() * locations.size() * settings.size());
    }

    private void check(Row experience, Row credential, Row specialty, Row location, Row setting) {
        String choices = "{experience: '" + experience.id() + "', credential: '" + id(credential) + "', specialty: '"
                + id(specialty) + "', location: '" + id(location) + "', setting: '" + id(setting) + "'}";
        NativeObject r = (NativeObject) cx.evaluateString(scope, "var r = CoderPayEstimator.estimate(data, "
                + choices + "); r", "case", 1, null);
        String steps = String.valueOf(cx.evaluateString(scope, "r.steps.join(' ')", "steps", 1, null));
        long averagedLow = (long) Context.toNumber(cx.evaluateString(scope, "r.averaged.low", "low", 1, null));
        long averagedHigh = (long) Context.toNumber(cx.evaluateString(scope, "r.averaged.high", "high", 1, null));

        List<Range> used = new ArrayList<>();
        used.add(catalog.get("levels").row(experience.level()).pay());
        for (Row row : java.util.Arrays.asList(specialty, location, setting)) {
            if (row != null) {
                used.add(row.pay());
            }
        }
        long minLow = used.stream().mapToLong(Range::low).min().orElseThrow();
        long maxLow = used.stream().mapToLong(Range::low).max().orElseThrow();
        long minHigh = used.stream().mapToLong(Range::top).min().orElseThrow();
        long maxHigh = used.stream().mapToLong(Range::top).max().orElseThrow();
        String what = "estimate for " + choices + " (" + steps + ")";

        // The average of the ranges, rounded to the nearest thousand ...
        assertThat(averagedLow).as(what).isEqualTo(roundedMean(used.stream().mapToLong(Range::low).toArray()));
        assertThat(averagedHigh).as(what).isEqualTo(roundedMean(used.stream().mapToLong(Range::top).toArray()));
        // ... stays inside the ranges it was built from, as the page says.
        assertThat(averagedLow).as(what).isBetween(minLow, maxLow);
        assertThat(averagedHigh).as(what).isBetween(minHigh, maxHigh);
        assertThat((Boolean) r.get("open")).as(what).isEqualTo(used.stream().anyMatch(Range::open));

        // The credential's published effect is added on top, or the result says there is none.
        Range premium = credential == null ? null : credential.premium();
        assertThat((long) Context.toNumber(r.get("low"))).as(what)
                .isEqualTo(averagedLow + (premium == null ? 0 : premium.low()));
        assertThat((long) Context.toNumber(r.get("high"))).as(what)
                .isEqualTo(averagedHigh + (premium == null ? 0 : premium.top()));
        if (credential != null && premium == null) {
            assertThat(steps).as(what).contains(credential.label() + " has no published pay figure");
        }
        if (credential == null) {
            assertThat(steps).as(what).contains("no pay effect is added");
        }
        // A factor left at "none" has no published range, and the result names it.
        for (String[] none : new String[][] {{id(specialty), "specialty"}, {id(location), "state or remote work"},
                {id(setting), "work setting"}}) {
            if (none[0].isEmpty()) {
                assertThat(steps).as(what).contains("publishes no range for your").contains(none[1]);
            }
        }
    }

    private static long roundedMean(long[] values) {
        double mean = java.util.Arrays.stream(values).sum() / (double) values.length;
        return (long) Math.floor(mean / 1000 + 0.5) * 1000;
    }

    private static String id(Row row) {
        return row == null ? "" : row.id();
    }

    /** The rows of an optional question, and null for its "none" choice. */
    private static List<Row> withNone(Dataset dataset) {
        List<Row> rows = new ArrayList<>(dataset.rows());
        rows.add(null);
        return rows;
    }
}
