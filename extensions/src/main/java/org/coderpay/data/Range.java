package org.coderpay.data;

import org.coderpay.figures.FigureFormat;

/**
 * One figure of a dataset: a single value ({@code high == null}, not open), a range, or an open-ended
 * range ({@code 80,000+}). Formatting goes through {@link FigureFormat}, so it never depends on the
 * JVM's locale.
 *
 * @param high the high end, or null for a single value or an open range with no stated top
 * @param open whether the range continues past its top ("and more")
 * @param approximate whether the figure is approximate ("about $48,000")
 */
public record Range(Unit unit, long low, Long high, boolean open, boolean approximate) {

    public Range {
        if (high != null && high < low) {
            throw new IllegalArgumentException("high end " + high + " is below low end " + low);
        }
    }

    /** The figure as readers see it everywhere: {@code $55,000–$75,000}, {@code 20–30%}, {@code about $48,000}. */
    public String text() {
        String text = switch (unit) {
            case USD -> FigureFormat.moneyRange(low, high, open);
            case USD_INCREASE -> "+" + FigureFormat.moneyRange(low, high, open);
            case PERCENT -> FigureFormat.percentRange((int) low, high == null ? null : high.intValue(), open);
            case MONTHS -> FigureFormat.monthsRange((int) low, high == null ? null : high.intValue(), open);
            case YEARS -> FigureFormat.yearsRange((int) low, high == null ? null : high.intValue(), open);
            case HOURS -> FigureFormat.number(low) + (open ? "+" : "") + " hours";
            case CALENDAR_YEAR -> Long.toString(low);
            case COUNT -> FigureFormat.number(low) + (high == null ? "" : FigureFormat.RANGE_DASH
                    + FigureFormat.number(high)) + (open ? "+" : "");
            case USD_HOURLY -> cents(low) + (high == null ? "" : FigureFormat.RANGE_DASH + cents(high))
                    + (open ? "+" : "");
            case WORDS -> throw new IllegalStateException("a fact in words has no figure");
            case PERCENT_DECIMAL -> tenths(low) + (high == null ? "" : FigureFormat.RANGE_DASH + tenths(high))
                    + "%" + (open ? "+" : "");
        };
        return approximate ? FigureFormat.approx(text) : text;
    }

    private static String cents(long cents) {
        return "$" + FigureFormat.number(cents / 100) + "." + String.format(java.util.Locale.ROOT, "%02d", cents % 100);
    }

    private static String tenths(long tenths) {
        return FigureFormat.number(tenths / 10) + "." + (tenths % 10);
    }

    /** The low end alone, in the same unit: {@code $55,000}. */
    public String lowText() {
        return new Range(unit, low, null, false, approximate).text();
    }

    /** The high end alone ({@code $75,000}, {@code $80,000+} when open), or null when there is none. */
    public String highText() {
        return high == null ? null : new Range(unit, high, null, open, approximate).text();
    }

    /** Annual dollars as dollars per hour (annual / 2,080): {@code $26.44–$36.06}; null for other units. */
    public String hourlyText() {
        if (unit != Unit.USD) {
            return null;
        }
        String text = FigureFormat.hourlyRange(low, high, open);
        return approximate ? FigureFormat.approx(text) : text;
    }

    /** The top the figure reaches (for sorting): its high end, or its low end when it has none. */
    public long top() {
        return high == null ? low : high;
    }
}
