package org.coderpay.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.coderpay.build.TestSites;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.NativeObject;
import org.mozilla.javascript.Scriptable;

/**
 * Runs the real assets/js/estimator.js on the real datasets' estimator.json, against cases worked out
 * by hand from the content brief's ranges (see the comment on each case).
 */
class EstimatorScriptTest {
    private Context cx;
    private Scriptable scope;

    @BeforeEach
    void load() throws IOException {
        Path root = TestSites.repoRoot();
        cx = Context.enter();
        cx.setLanguageVersion(Context.VERSION_ES6);
        scope = cx.initStandardObjects();
        cx.evaluateString(scope, Files.readString(root.resolve("assets/js/estimator.js"), StandardCharsets.UTF_8),
                "estimator.js", 1, null);
        // The estimator.json the real site publishes: its questions come from the estimator page's header.
        String json = Files.readString(org.coderpay.build.RealSite.published().resolve("estimator.json"), StandardCharsets.UTF_8);
        cx.evaluateString(scope, "var data = " + json + ";", "estimator.json", 1, null);
    }

    @AfterEach
    void close() {
        Context.exit();
    }

    private NativeObject estimate(String choices) {
        return (NativeObject) cx.evaluateString(scope, "CoderPayEstimator.estimate(data, " + choices + ")",
                "case", 1, null);
    }

    private String steps(NativeObject result) {
        return String.valueOf(cx.evaluateString(scope, "r.steps.join(' ')", "steps", 1, null));
    }

    @Test
    void experienceAloneGivesItsLevelRange() {
        // established -> mid level 45,000-60,000; nothing to average with.
        NativeObject r = estimate("{experience: 'established'}");
        assertThat(Context.toString(r.get("text"))).isEqualTo("$45,000–$60,000");
    }

    @Test
    void rangesAreAveragedRoundedAndTheCpcEffectAdded() {
        // lows 35,000 (entry) 50,000 (cardiology) 55,000 (California) 50,000 (hospitals): mean 47,500 -> 48,000
        // highs 45,000 68,000 75,000 70,000: mean 64,500 -> 65,000; CPC adds 5,000-10,000: 53,000-75,000
        NativeObject r = estimate("{experience: 'early', credential: 'cpc', specialty: 'cardiology',"
                + " location: 'california', setting: 'hospitals'}");
        assertThat(Context.toNumber(r.get("low"))).isEqualTo(53000.0);
        assertThat(Context.toNumber(r.get("high"))).isEqualTo(75000.0);
        assertThat(Context.toString(r.get("text"))).isEqualTo("$53,000–$75,000");
        ScriptableObjectHolder.put(scope, "r", r);
        assertThat(steps(r)).contains("averaged the 4 published ranges").contains("$48,000–$65,000")
                .contains("CPC, +$5,000–$10,000 a year");
    }

    @Test
    void anOpenEndedRangeKeepsTheEstimateOpen() {
        // veteran -> senior 60,000-80,000+; remote 45,000-65,000: lows 52,500 -> 53,000, highs 72,500 -> 73,000
        NativeObject r = estimate("{experience: 'veteran', location: 'remote'}");
        assertThat(Context.toString(r.get("text"))).isEqualTo("$53,000–$73,000+");
    }

    @Test
    void aCredentialWithoutAPublishedFigureChangesNothingAndSaysSo() {
        NativeObject r = estimate("{experience: 'established', credential: 'ccs'}");
        assertThat(Context.toString(r.get("text"))).isEqualTo("$45,000–$60,000");
        ScriptableObjectHolder.put(scope, "r", r);
        assertThat(steps(r)).contains("CCS has no published pay figure");
    }

    @Test
    void experienceIsRequiredAndUnknownChoicesAreRejected() {
        assertThatThrownBy(() -> estimate("{specialty: 'oncology'}")).hasMessageContaining("experience");
        assertThatThrownBy(() -> estimate("{experience: 'ancient'}")).hasMessageContaining("Unknown choice");
    }

    /** Puts a value in the script's scope. */
    private static final class ScriptableObjectHolder {
        static void put(Scriptable scope, String name, Object value) {
            scope.put(name, scope, value);
        }
    }
}
