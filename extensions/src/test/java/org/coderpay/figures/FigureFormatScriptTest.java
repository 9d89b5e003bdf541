package org.coderpay.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Scriptable;

/**
 * The estimator's script (assets/js/estimator.js, run in Rhino as EstimatorScriptTest does) writes
 * money exactly as {@link FigureFormat} writes it on every page, so an estimate reads like the tables.
 */
class FigureFormatScriptTest {
    private Context cx;
    private Scriptable scope;

    @BeforeEach
    void load() throws IOException {
        Path script = TestFigures.templatesFolder().getParent().resolve("assets/js/estimator.js");
        cx = Context.enter();
        cx.setLanguageVersion(Context.VERSION_ES6);
        scope = cx.initStandardObjects();
        cx.evaluateString(scope, Files.readString(script, StandardCharsets.UTF_8), "estimator.js", 1, null);
    }

    @AfterEach
    void close() {
        Context.exit();
    }

    private String js(String expression) {
        return Context.toString(cx.evaluateString(scope, "CoderPayEstimator." + expression, "case", 1, null));
    }

    @ParameterizedTest
    @CsvSource({"0", "5", "999", "1000", "48000", "55000", "100000", "1234567", "-5000", "-999"})
    void moneyIsWrittenAsOnThePages(long dollars) {
        assertThat(js("money(" + dollars + ")")).isEqualTo(FigureFormat.money(dollars));
    }

    @ParameterizedTest
    @CsvSource({"55000, 75000, false", "60000, 80000, true", "50000, 50000, false", "50000, 50000, true",
            "0, 1000, false", "999, 1000, true"})
    void rangesAreWrittenAsOnThePages(long low, long high, boolean open) {
        assertThat(js("moneyRange(" + low + ", " + high + ", " + open + ")"))
                .isEqualTo(FigureFormat.moneyRange(low, high, open));
    }

    @ParameterizedTest
    @CsvSource({"80000, true", "80000, false"})
    void aRangeWithoutAHighEndIsWrittenAsOnThePages(long low, boolean open) {
        assertThat(js("moneyRange(" + low + ", null, " + open + ")")).isEqualTo(FigureFormat.moneyRange(low, null, open));
    }
}
