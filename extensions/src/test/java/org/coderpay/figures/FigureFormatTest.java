package org.coderpay.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FigureFormatTest {
    private static final Locale ORIGINAL = Locale.getDefault();

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(ORIGINAL);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "0; $0", "999; $999", "1000; $1,000", "55000; $55,000", "100000; $100,000", "1234567; $1,234,567"})
    void moneyGroupsThousandsWithCommas(long dollars, String expected) {
        assertThat(FigureFormat.money(dollars)).isEqualTo(expected);
    }

    @Test
    void negativeMoneyUsesAMinusSignBeforeTheDollar() {
        assertThat(FigureFormat.money(-5000)).isEqualTo("\u2212$5,000");
    }

    @Test
    void rangesUseAnEnDashWithoutSpaces() {
        String range = FigureFormat.moneyRange(55000, 75000L, false);

        assertThat(range).isEqualTo("$55,000\u2013$75,000");
        assertThat(range).doesNotContain("-", " ", "\u2014");
    }

    @Test
    void openEndedRangesEndInAPlus() {
        assertThat(FigureFormat.moneyRange(60000, 80000L, true)).isEqualTo("$60,000–$80,000+");
        assertThat(FigureFormat.moneyRange(80000, null, true)).isEqualTo("$80,000+");
    }

    @Test
    void aRangeWithoutAHighEndOrWithEqualEndsIsOneFigure() {
        assertThat(FigureFormat.moneyRange(50000, null, false)).isEqualTo("$50,000");
        assertThat(FigureFormat.moneyRange(50000, 50000L, false)).isEqualTo("$50,000");
        assertThat(FigureFormat.moneyRange(50000, 50000L, true)).isEqualTo("$50,000+");
    }

    @Test
    void aHighEndBelowTheLowEndIsRejected() {
        assertThatThrownBy(() -> FigureFormat.moneyRange(75000, 55000L, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("75000").hasMessageContaining("55000");
        assertThatThrownBy(() -> FigureFormat.percentRange(30, 20)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FigureFormat.yearsRange(5, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        // annual; per hour, worked out as annual / 2,080 to three places, then rounded to cents
        "55000; $26.44",     // 26.442
        "75000; $36.06",     // 36.057
        "35000; $16.83",     // 16.826
        "45000; $21.63",     // 21.634
        "80000; $38.46",     // 38.461
        "100000; $48.08",    // 48.076
        "2080; $1.00",
        "0; $0.00",
        "2080000; $1,000.00",
        "52; $0.03",         // exactly 0.025: half-up, where half-even would give $0.02
        "260; $0.13",        // exactly 0.125: half-up, where half-even would give $0.12
        "2101; $1.01"})      // 1.0100..: the cents keep their leading zero
    void hourlyIsAnnualOver2080RoundedHalfUpToCents(long annual, String expected) {
        assertThat(FigureFormat.hourly(annual)).isEqualTo(expected);
    }

    @Test
    void hourlyRangesFollowTheMoneyRangeRules() {
        assertThat(FigureFormat.hourlyRange(55000, 75000L, false)).isEqualTo("$26.44–$36.06");
        assertThat(FigureFormat.hourlyRange(60000, 80000L, true)).isEqualTo("$28.85–$38.46+");
        assertThat(FigureFormat.hourlyRange(80000, null, true)).isEqualTo("$38.46+");
    }

    @Test
    void percentagesWriteTheSignOnce() {
        assertThat(FigureFormat.percent(8)).isEqualTo("8%");
        assertThat(FigureFormat.percentRange(20, 30)).isEqualTo("20–30%");
        assertThat(FigureFormat.percentRange(8, null)).isEqualTo("8%");
        assertThat(FigureFormat.percentRange(20, null, true)).isEqualTo("20%+");
        assertThat(FigureFormat.percentIncrease(15, 30)).isEqualTo("+15–30%");
    }

    @Test
    void increasesAndApproximations() {
        assertThat(FigureFormat.moneyIncrease(5000, 10000L)).isEqualTo("+$5,000–$10,000");
        assertThat(FigureFormat.approx(48000)).isEqualTo("about $48,000");
        assertThat(FigureFormat.approx("$38,000")).isEqualTo("about $38,000");
    }

    @Test
    void monthsAndYearsAgreeInNumber() {
        assertThat(FigureFormat.monthsRange(6, 18)).isEqualTo("6–18 months");
        assertThat(FigureFormat.monthsRange(1, null)).isEqualTo("1 month");
        assertThat(FigureFormat.yearsRange(0, 2)).isEqualTo("0–2 years");
        assertThat(FigureFormat.yearsRange(3, 5)).isEqualTo("3–5 years");
        assertThat(FigureFormat.yearsRange(6, null, true)).isEqualTo("6+ years");
        assertThat(FigureFormat.yearsRange(5, null)).isEqualTo("5 years");
        assertThat(FigureFormat.yearsRange(1, null)).isEqualTo("1 year");
        assertThat(FigureFormat.yearsRange(1, null, true)).isEqualTo("1+ years");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "0; $0", "500; $500", "1000; $1k", "2500; $2.5k", "1250; $1.3k", "40000; $40k", "120000; $120k",
        "1500000; $1,500k"})
    void shortMoneyForAxisTicks(long dollars, String expected) {
        assertThat(FigureFormat.moneyShort(dollars)).isEqualTo(expected);
    }

    @Test
    void datesForPeopleAndForMachines() {
        LocalDate date = LocalDate.of(2026, 11, 1);

        assertThat(FigureFormat.humanDate(date)).isEqualTo("November 1, 2026");
        assertThat(FigureFormat.isoDate(date)).isEqualTo("2026-11-01");
        assertThat(FigureFormat.humanDate(LocalDate.of(2027, 2, 28))).isEqualTo("February 28, 2027");
    }

    /**
     * Every formatter gives the same characters whatever the JVM's default locale: German (which
     * swaps comma and point), Arabic with Arabic-Indic digits, Hindi, and the root locale.
     */
    @ParameterizedTest
    @ValueSource(strings = {"de-DE", "ar-EG-u-nu-arab", "hi-IN-u-nu-deva", "fr-CH", "und"})
    void outputDoesNotDependOnTheDefaultLocale(String languageTag) {
        Locale.setDefault(Locale.forLanguageTag(languageTag));

        List<Supplier<String>> formatters = List.of(
                () -> FigureFormat.money(1234567),
                () -> FigureFormat.moneyRange(60000, 80000L, true),
                () -> FigureFormat.hourlyRange(55000, 75000L, false),
                () -> FigureFormat.hourly(2080000),
                () -> FigureFormat.percentRange(20, 30),
                () -> FigureFormat.moneyShort(2500),
                () -> FigureFormat.humanDate(LocalDate.of(2026, 3, 9)),
                () -> FigureFormat.monthsRange(6, 18));

        assertThat(formatters.stream().map(Supplier::get).toList()).containsExactly(
                "$1,234,567", "$60,000–$80,000+", "$26.44–$36.06", "$1,000.00", "20–30%", "$2.5k",
                "March 9, 2026", "6–18 months");
    }
}
