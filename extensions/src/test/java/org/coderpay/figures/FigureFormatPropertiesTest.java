package org.coderpay.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * Properties of the figure formats over any input, with jqwik (which also tries the edges: 0, ±1,
 * Long.MIN_VALUE and MAX_VALUE): every format reads back to the number it was given, and the only
 * failure is a clear IllegalArgumentException for a range whose high end is below its low end.
 */
class FigureFormatPropertiesTest {

    /** Reads a formatted figure back: drops $, commas and a trailing k/%, turns the minus sign into '-'. */
    static BigDecimal readBack(String text) {
        String plain = text.replace(MINUS, "-").replace("$", "").replace(",", "");
        assertThat(plain).as("\"" + text + "\" is a plain number once the marks are removed").matches("-?\\d+(\\.\\d+)?[k%]?");
        boolean thousands = plain.endsWith("k");
        BigDecimal value = new BigDecimal(plain.replaceAll("[k%]$", ""));
        return thousands ? value.movePointRight(3) : value;
    }

    private static final String MINUS = "\u2212";

    @Property
    void numbersReadBackExactlyAndGroupDigitsInThrees(@ForAll long value) {
        String text = FigureFormat.number(value);
        assertThat(text).matches("\u2212?\\d{1,3}(,\\d{3})*");
        assertThat(readBack(text)).isEqualByComparingTo(BigDecimal.valueOf(value));
    }

    @Property
    void moneyReadsBackExactly(@ForAll long dollars) {
        String text = FigureFormat.money(dollars);
        assertThat(text).matches("\u2212?\\$\\d{1,3}(,\\d{3})*");
        assertThat(readBack(text)).isEqualByComparingTo(BigDecimal.valueOf(dollars));
    }

    /** Chart labels round to the nearest hundred dollars above $1,000. */
    @Property
    void shortMoneyIsWithinFiftyDollars(@ForAll long dollars) {
        String text = FigureFormat.moneyShort(dollars);
        BigDecimal error = readBack(text).subtract(BigDecimal.valueOf(dollars)).abs();
        assertThat(error).isLessThanOrEqualTo(BigDecimal.valueOf(50));
    }

    /** The hourly figure times 2,080 hours is the annual figure, to within half a cent an hour. */
    @Property
    void hourlyTimesHoursIsTheAnnualFigure(@ForAll long annual) {
        BigDecimal hourly = readBack(FigureFormat.hourly(annual));
        BigDecimal error = hourly.multiply(BigDecimal.valueOf(FigureFormat.HOURS_PER_YEAR)).subtract(BigDecimal.valueOf(annual)).abs();
        assertThat(error).isLessThanOrEqualTo(BigDecimal.valueOf(FigureFormat.HOURS_PER_YEAR).movePointLeft(2).divide(BigDecimal.valueOf(2)));
    }

    @Property
    void moneyRangesShowBothEndsOrRefuseAnUpsideDownRange(@ForAll @LongRange(min = -10_000_000, max = 10_000_000) long low,
            @ForAll @LongRange(min = -10_000_000, max = 10_000_000) long high, @ForAll boolean open) {
        if (high < low) {
            assertThatThrownBy(() -> FigureFormat.moneyRange(low, high, open)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(Long.toString(low)).hasMessageContaining(Long.toString(high));
            return;
        }
        String text = FigureFormat.moneyRange(low, high, open);
        String[] ends = text.replaceAll("\\+$", "").split(FigureFormat.RANGE_DASH);
        assertThat(readBack(ends[0])).isEqualByComparingTo(BigDecimal.valueOf(low));
        assertThat(readBack(ends[ends.length - 1])).isEqualByComparingTo(BigDecimal.valueOf(high));
        assertThat(ends).hasSize(low == high ? 1 : 2);
        assertThat(text.endsWith("+")).isEqualTo(open);
    }

    @Property
    void percentRangesReadBack(@ForAll @IntRange(min = 0, max = 100) int low, @ForAll @IntRange(min = 0, max = 100) int high) {
        Assume.that(low <= high);
        String[] ends = FigureFormat.percentRange(low, high).split(FigureFormat.RANGE_DASH);
        assertThat(readBack(ends[0].endsWith("%") ? ends[0] : ends[0] + "%")).isEqualByComparingTo(BigDecimal.valueOf(low));
        assertThat(readBack(ends[ends.length - 1])).isEqualByComparingTo(BigDecimal.valueOf(high));
    }

    @Property
    void spansOfYearsAndMonthsNeverFailForOrderedEnds(@ForAll int low, @ForAll int high, @ForAll boolean open) {
        if (high < low) {
            assertThatThrownBy(() -> FigureFormat.yearsRange(low, high, open)).isInstanceOf(IllegalArgumentException.class);
        } else {
            assertThat(FigureFormat.yearsRange(low, high, open)).endsWith(low == 1 && high == 1 && !open ? " year" : " years");
            assertThat(FigureFormat.monthsRange(low, high, open)).contains(FigureFormat.number(low));
        }
    }
}
