package org.coderpay.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.coderpay.build.RealSite;
import org.coderpay.build.TestSites;
import org.coderpay.data.Dataset;
import org.coderpay.data.DatasetCatalog;
import org.coderpay.data.DatasetLoader;
import org.coderpay.data.Fact;
import org.coderpay.data.Range;
import org.coderpay.data.Row;
import org.coderpay.diagnostics.Problems;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * On the real baked site: every page that shows an official (BLS) figure names the U.S. Bureau of
 * Labor Statistics, the programme and the reference period of a dataset holding that figure; every
 * table and chart's source line is its own dataset's, and none names both the bureau and the guide's
 * compiled ranges.
 */
class BlsAttributionTest {
    private static final String BLS = "U.S. Bureau of Labor Statistics";
    private static final String COMPILED = "Compiled by the guide";

    private static DatasetCatalog catalog;
    private static Map<String, Document> pages;

    @BeforeAll
    static void bake() throws IOException {
        Path root = TestSites.repoRoot();
        Problems problems = new Problems();
        catalog = new DatasetLoader(root, problems, LocalDate.of(2100, 1, 1)).load(root.resolve("data"));
        assertThat(problems.isEmpty()).as(problems.format()).isTrue();
        Path site = RealSite.published();
        pages = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                pages.put(site.relativize(file).toString(), Jsoup.parse(file.toFile(), "UTF-8"));
            }
        }
    }

    /** Each official figure as the site writes it, with the datasets that hold it. */
    private static Map<String, List<Dataset>> officialFigures() {
        Set<String> compiled = new HashSet<>();
        Map<String, List<Dataset>> official = new LinkedHashMap<>();
        for (Dataset d : catalog.all()) {
            List<String> texts = new ArrayList<>();
            for (Row r : d.rows()) {
                for (Range range : new Range[] {r.pay(), r.cost(), r.premium(), r.annual(), r.hourly(), r.employment(),
                        r.spread()}) {
                    if (range != null) {
                        texts.add(range.text());
                        texts.add(range.lowText());
                        if (range.highText() != null) {
                            texts.add(range.highText());
                        }
                    }
                }
            }
            d.facts().stream().map(Fact::text).forEach(texts::add);
            for (String text : texts) {
                if (d.source().isBls()) {
                    official.computeIfAbsent(text, t -> new ArrayList<>()).add(d);
                } else {
                    compiled.add(text);
                }
            }
        }
        // A figure the compiled ranges also contain cannot tell which kind a page shows.
        official.keySet().removeAll(compiled);
        return official;
    }

    private static String programmeName(Dataset d) {
        return d.programme().replaceFirst("\\s*\\(.*\\)$", "");
    }

    @Test
    void everyPageShowingABlsFigureNamesTheBureauItsProgrammeAndPeriod() {
        Map<String, List<Dataset>> figures = officialFigures();
        assertThat(figures).containsKeys("$51,140", "$24.59", "7.1%");
        Set<String> pagesWithBls = new java.util.TreeSet<>();
        for (Map.Entry<String, Document> page : pages.entrySet()) {
            Element main = page.getValue().selectFirst("main");
            if (main == null) {
                continue;
            }
            String text = main.text();
            for (Map.Entry<String, List<Dataset>> figure : figures.entrySet()) {
                if (!text.contains(figure.getKey())) {
                    continue;
                }
                pagesWithBls.add(page.getKey());
                assertThat(figure.getValue()).as(page.getKey() + " shows " + figure.getKey()
                        + " without naming the bureau, the programme and the period of its release")
                        .anySatisfy(d -> assertThat(text).contains(BLS).contains(programmeName(d))
                                .contains(d.period()));
            }
        }
        assertThat(pagesWithBls).contains("index.html", "guide/pay-by-level/index.html", "guide/outlook/index.html");
    }

    @Test
    void everySourceLineIsItsOwnDatasetsAndNoneMixesBothKinds() {
        int lines = 0;
        for (Map.Entry<String, Document> page : pages.entrySet()) {
            for (Element source : page.getValue().select(".salary-table__source, .point-chart__source, svg desc")) {
                String text = source.text();
                if (!text.contains("Source:")) {
                    continue;
                }
                lines++;
                assertThat(text.contains(BLS) && text.contains(COMPILED)).as(page.getKey() + ": " + text).isFalse();
                assertThat(text.contains(BLS) || text.contains(COMPILED)).as(page.getKey() + ": " + text).isTrue();
            }
            for (Element table : page.getValue().select(".salary-table")) {
                Element caption = table.selectFirst("caption[id]");
                assertExactSource(page.getKey(), caption.id().replaceFirst("-caption$", ""),
                        table.selectFirst(".salary-table__source").text());
            }
            for (Element chart : page.getValue().select("figure.point-chart")) {
                assertExactSource(page.getKey(), chart.id(), chart.selectFirst(".point-chart__source").text());
            }
        }
        assertThat(lines).isGreaterThan(20);
    }

    /** {@code figureId} is fig-[dataset] or fig-[dataset]-[n]; its source line must be that dataset's. */
    private static void assertExactSource(String page, String figureId, String line) {
        String name = figureId.replaceFirst("^fig-", "");
        Dataset dataset = catalog.all().stream().filter(d -> name.equals(d.id()) || name.matches(
                java.util.regex.Pattern.quote(d.id()) + "-\\d+")).findFirst().orElse(null);
        if (dataset == null) {
            return; // a table not drawn from a dataset by id (none today)
        }
        assertThat(line).as(page + " " + figureId).startsWith("Source: " + dataset.sourceText() + ".");
    }
}
