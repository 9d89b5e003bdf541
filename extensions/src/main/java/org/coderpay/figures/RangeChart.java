package org.coderpay.figures;

import java.util.List;

/**
 * A range-bar chart of dollar amounts: one horizontal bar per row from its low to its high end, all on
 * one shared axis. Laid out by {@link RangeChartLayout}, drawn by {@code templates/figures/range-chart.ftlh}.
 *
 * @param title the chart's accessible name and visible heading, e.g. "Pay by specialty"
 * @param description what the chart shows in words, for screen readers; say where the same figures
 *                    are as a table, e.g. "Annual pay ranges by specialty; the table above lists them."
 * @param unitLabel what the axis measures, shown under it, e.g. "Annual pay, US dollars"
 * @param bars the bars in display order, top to bottom
 * @param reference an optional vertical line across all bars (e.g. the national median), or null
 */
public record RangeChart(String title, String description, String unitLabel, List<Bar> bars,
                         ReferenceLine reference) {

    public RangeChart {
        ModelChecks.requireText(title, "chart title");
        ModelChecks.requireText(description, "chart description");
        ModelChecks.requireText(unitLabel, "chart unit label");
        bars = List.copyOf(bars);
        if (bars.isEmpty()) {
            throw new IllegalArgumentException("chart \"" + title + "\" has no bars");
        }
    }

    /** A chart without a reference line. */
    public RangeChart(String title, String description, String unitLabel, List<Bar> bars) {
        this(title, description, unitLabel, bars, null);
    }

    /**
     * One bar.
     *
     * @param label the row's name, shown above its bar
     * @param low the low end in dollars
     * @param high the high end in dollars, or null when the row has only a low end (then the bar is
     *             open-ended to the end of the axis, or a single point when not open-ended)
     * @param openEnded whether the range continues past its top ("$80,000+"): drawn as a dashed
     *                  extension with an arrow to the end of the axis
     * @param highlighted whether this bar is the one the page is about: drawn in the accent colour with
     *                    a bold label
     */
    public record Bar(String label, long low, Long high, boolean openEnded, boolean highlighted) {
        public Bar {
            ModelChecks.requireText(label, "bar label");
            if (high != null && high < low) {
                throw new IllegalArgumentException("bar \"" + label + "\" has its high end " + high
                        + " below its low end " + low);
            }
        }

        /** The largest value the bar itself reaches (its high end, or its low end when it has none). */
        public long top() {
            return high == null ? low : high;
        }

        /** The bar's figures as written everywhere else: {@code $55,000–$75,000}, {@code $80,000+}. */
        public String rangeText() {
            return FigureFormat.moneyRange(low, high, openEnded);
        }
    }

    /**
     * A vertical marker line, e.g. the national median.
     *
     * @param label what the line is, e.g. "National median"; the value is appended after a colon
     * @param value where the line is, in dollars
     * @param approximate whether the value is approximate ("about $48,000")
     */
    public record ReferenceLine(String label, long value, boolean approximate) {
        public ReferenceLine {
            ModelChecks.requireText(label, "reference line label");
        }

        /** The label and value as shown: {@code National median: about $48,000}. */
        public String text() {
            String figure = approximate ? FigureFormat.approx(value) : FigureFormat.money(value);
            return label + ": " + figure;
        }
    }
}
