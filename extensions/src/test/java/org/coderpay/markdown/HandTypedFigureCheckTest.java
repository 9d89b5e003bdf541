package org.coderpay.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.coderpay.build.SiteBaker;
import org.coderpay.build.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HandTypedFigureCheckTest {
    private static final String PAGE = "content/guide/pay.md";

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Coders earn $45,000 a year.|$45,000",
            "Coders earn 45,000 dollars.|45,000 dollars",
            "About $48k at the median.|$48k",
            "Certified coders earn 20% more.|20%",
            "Certified coders earn 20 percent more.|20 percent",
            "a premium of 20–40% over general roles|20–40%",
            "Training takes 6-18 months.|6-18 months",
            "within 5 years of starting|5 years",
            "Early career (0–2 years)|0–2 years",
            "Growth through 2031.|2031",
            "a year of 2,080 hours|2,080 hours",
    })
    void findsFiguresTypedByHand(String text, String figure) {
        assertThat(HandTypedFigureCheck.figuresIn(text)).containsExactly(figure);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Coders use ICD-10, CPT and HCPCS codes.",
            "A 401(k) with an employer match.",
            "Code an office visit such as CPT 99213 correctly.",
            "Six ways to raise your pay",
            "Step 1: get certified.",
    })
    void leavesOtherNumbersAlone(String text) {
        assertThat(HandTypedFigureCheck.figuresIn(text)).isEmpty();
    }

    @Test
    void typedFigureFailsTheBakeAtItsLineAndColumn() throws IOException {
        SiteBaker.Result result = bake("""
                title=Pay
                description=Pay.
                ~~~~~~
                Coders earn {{ headline.national-median }} at the median.

                New coders start at $38,000 a year.
                """);
        assertThat(result.succeeded()).isFalse();
        assertThat(result.report()).contains(PAGE + ":6:21  error  A money amount is typed by hand: \"$38,000\".")
                .contains("{{ dataset.id }}");
    }

    @Test
    void figuresInCodeAndDirectivesAreNotProse() throws IOException {
        SiteBaker.Result result = bake("""
                title=Pay
                description=Pay.
                ~~~~~~
                Write `$45,000` as {{ levels.entry.low }}.
                """);
        assertThat(result.succeeded()).as(result.report()).isTrue();
    }

    @Test
    void allowFiguresPermitsAnExactExceptionAndRejectsAStaleOne() throws IOException {
        SiteBaker.Result allowed = bake("""
                title=Pay
                description=Pay.
                allow-figures=24 hours
                ~~~~~~
                Hospitals code around the clock, 24 hours a day.
                """);
        assertThat(allowed.succeeded()).as(allowed.report()).isTrue();

        SiteBaker.Result stale = bake("""
                title=Pay
                description=Pay.
                allow-figures=24 hours
                ~~~~~~
                Hospitals code around the clock.
                """);
        assertThat(stale.report()).contains(PAGE + ":3:1  error  allow-figures lists \"24 hours\"");
    }

    @Test
    void searchPhraseMoreThanThreeTimesFails() throws IOException {
        SiteBaker.Result result = bake("""
                title=Pay
                description=Pay.
                ~~~~~~
                Medical coding salary one. Medical coding salary two.

                Medical coding salary three. And medical coding salary four.
                """);
        assertThat(result.report()).contains(PAGE + ":6:34  error  \"medical coding salary\" appears more than 3 times");
    }

    private int bakes;

    private SiteBaker.Result bake(String page) throws IOException {
        Path site = TestSites.fixtureSite(dir.resolve("site" + ++bakes));
        TestSites.write(site, PAGE, page);
        return SiteBaker.bake(site, dir.resolve("out" + bakes + "/website"));
    }
}
