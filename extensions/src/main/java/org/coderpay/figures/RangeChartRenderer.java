package org.coderpay.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.coderpay.figures.RangeChart.Bar;
import org.coderpay.figures.RangeChart.ReferenceLine;

/**
 * Writes a {@link RangeChart} as an inline SVG range-bar chart, made at build time.
 *
 * <p>Layout, in viewBox units (the SVG is 320 wide, or 560 for wide screens and print, see {@link Frame},
 * and scales to its container, {@code width="100%"}; the CSS caps its width so text stays near body
 * size): a title, an optional reference-line label, then
 * for each bar its label (with the range written after it, or on its own line when it would not fit)
 * above a 12-unit-high bar; vertical grid lines at every tick; the axis with rounded tick labels
 * ({@code $40k}); the unit label last. Text is 15 units (13 for axis and notes): on a 320 px wide
 * phone the chart is about 288 px wide, so text stays near 13.5 px (axis 11.7 px).
 *
 * <p>Open-ended ranges ({@code $60,000–$80,000+}) draw the known part solid and a dashed line with an
 * arrowhead on to the end of the axis; the axis is then one tick longer than the data so the arrow
 * has room. A bar with only a low end draws a short stub there (and the dashed arrow when
 * open-ended). A single value is a narrow marker.
 *
 * <p>Accessibility: the {@code <svg>} has {@code role="img"} and {@code aria-labelledby} naming its
 * {@code <title>} and {@code <desc>}, which screen readers support most widely; everything inside is
 * presentation. The description should point to the table with the same figures, which is the chart's
 * full text alternative.
 *
 * <p>No colours, style attributes, {@code <style>} or script: every colour comes from the
 * {@code range-chart__*} classes in {@code site.css} (custom properties and {@code currentColor}), so
 * the chart follows the light and dark schemes and prints in black and grey. Font sizes are
 * presentation attributes because the layout is computed for them; so is {@code paint-order="stroke"},
 * which lets the CSS give labels a halo in the page colour (as a CSS property it is valid but unknown
 * to the Nu HTML Checker's CSS validator, which the build runs). Coordinates are written with at
 * most one decimal through {@link BigDecimal}, so output is identical on every JVM and locale.
 */
public final class RangeChartRenderer {
    static final int LEFT = 8;
    static final int TEXT_SIZE = 15;
    static final int TITLE_SIZE = 16;
    static final int SMALL_SIZE = 13;
    static final int BAR_HEIGHT = 12;
    static final int ARROW_LENGTH = 8;
    /** Line heights for title, label and small text; a baseline sits {@link #DESCENT} above a line's bottom. */
    static final int TITLE_LINE = 22;
    static final int TEXT_LINE = 20;
    static final int SMALL_LINE = 18;
    static final int DESCENT = 5;
    /** Space above each bar's label, and between the last bar and the axis. */
    static final int ROW_GAP = 6;
    static final int AXIS_GAP = 8;
    /** Space under the title and under the last line of the unit label. */
    static final int END_GAP = 4;
    /**
     * Units per tick interval at the least: room for a six-character label centred on one tick next
     * to the last label, which is anchored at its end. Four intervals on a phone's 304 units.
     */
    static final int MIN_TICK_INTERVAL = 76;

    /**
     * One drawing of the chart: the phone one is 320 units wide, the wide one 560 (shown on wider
     * screens and in print, where the narrow one would be small or stretched). Same rules, same text
     * sizes; a wide chart fits longer labels on one line and more ticks on its axis.
     */
    record Frame(String variant, int width) {
        int right() {
            return width - LEFT;
        }

        int maxTickIntervals() {
            return (right() - LEFT) / MIN_TICK_INTERVAL;
        }
    }

    static final Frame NARROW = new Frame("narrow", 320);
    static final Frame WIDE = new Frame("wide", 560);
    /** A generous average glyph width for the system sans-serif fonts, as a fraction of the font size. */
    static final double GLYPH_WIDTH = 0.6;

    private RangeChartRenderer() {
    }

    /**
     * Renders the chart twice, for narrow and for wide screens; the CSS shows one of them (the other is
     * {@code display: none}, so screen readers meet one chart).
     *
     * @param idPrefix a token unique on the page (see {@link FigureIds}); the narrow chart's title and
     *                 description get {@code <prefix>-title} and {@code <prefix>-desc}, the wide one's
     *                 {@code <prefix>-wide-title} and {@code <prefix>-wide-desc}
     */
    public static String render(RangeChart chart, String idPrefix) {
        Html.requireToken(idPrefix, "id prefix");
        return "<div class=\"range-chart\">\n" + svg(chart, idPrefix, NARROW) + svg(chart, idPrefix + "-wide", WIDE)
                + "</div>\n";
    }

    /** One drawing of the chart, in the given frame. */
    static String svg(RangeChart chart, String idPrefix, Frame frame) {
        Html.requireToken(idPrefix, "id prefix");
        Axis axis = Axis.of(chart, frame);
        StringBuilder body = new StringBuilder(2048);
        double y = 0;

        for (String line : wrap(chart.title(), TITLE_SIZE, frame)) {
            y += TITLE_LINE;
            appendSizedText(body, "range-chart__title", y - DESCENT, TITLE_SIZE, line);
        }
        y += END_GAP;
        ReferenceLine reference = chart.reference();
        if (reference != null) {
            y += SMALL_LINE;
            appendReferenceLabel(body, reference, axis, y - DESCENT);
        }
        double plotTop = y;

        StringBuilder bars = new StringBuilder(1024);
        for (Bar bar : chart.bars()) {
            y = appendBar(bars, bar, axis, y);
        }
        y += AXIS_GAP;
        double axisY = y;

        body.append("<g class=\"range-chart__grid\">\n");
        for (long tick : axis.ticks()) {
            String x = num(axis.x(tick));
            body.append("<line x1=\"").append(x).append("\" y1=\"").append(num(plotTop)).append("\" x2=\"").append(x)
                    .append("\" y2=\"").append(num(axisY)).append("\"/>\n");
        }
        body.append("</g>\n");
        // The median line goes under the rows: bars hide it where they cross and the labels' halo
        // keeps their text clear of it; it still shows in every gap between rows.
        if (reference != null) {
            String x = num(axis.x(reference.value()));
            body.append("<line class=\"range-chart__reference\" x1=\"").append(x).append("\" y1=\"")
                    .append(num(plotTop)).append("\" x2=\"").append(x).append("\" y2=\"").append(num(axisY))
                    .append("\"/>\n");
        }
        body.append(bars);
        y = appendAxis(body, axis, axisY);
        for (String line : wrap(chart.unitLabel(), SMALL_SIZE, frame)) {
            y += SMALL_LINE;
            appendSizedText(body, "range-chart__unit", y - DESCENT, SMALL_SIZE, line);
        }
        y += END_GAP;

        StringBuilder out = new StringBuilder(body.length() + 512);
        out.append("<svg class=\"range-chart__svg range-chart__svg--").append(frame.variant()).append("\" viewBox=\"0 0 ")
                .append(frame.width()).append(' ').append(num(y))
                .append("\" width=\"100%\" role=\"img\" aria-labelledby=\"").append(idPrefix).append("-title ")
                .append(idPrefix).append("-desc\" font-size=\"").append(TEXT_SIZE).append("\" paint-order=\"stroke\">\n");
        out.append("<title id=\"").append(idPrefix).append("-title\">").append(Html.escape(chart.title()))
                .append("</title>\n");
        out.append("<desc id=\"").append(idPrefix).append("-desc\">").append(Html.escape(chart.description()))
                .append("</desc>\n");
        out.append(body);
        out.append("</svg>\n");
        return out.toString();
    }

    /** Appends a left-aligned line of text in a size other than the chart's default. */
    private static void appendSizedText(StringBuilder out, String cssClass, double baseline, int fontSize, String text) {
        out.append("<text class=\"").append(cssClass).append("\" x=\"").append(LEFT).append("\" y=\"")
                .append(num(baseline)).append("\" font-size=\"").append(fontSize).append("\">")
                .append(Html.escape(text)).append("</text>\n");
    }

    /** Appends one bar's label and bar; returns the y below it. */
    private static double appendBar(StringBuilder out, Bar bar, Axis axis, double top) {
        double y = top + ROW_GAP;
        out.append("<g class=\"range-chart__row").append(bar.highlighted() ? " range-chart__row--highlight" : "")
                .append("\">\n");
        List<String> lines = wrap(bar.label(), TEXT_SIZE, axis.frame());
        String value = bar.rangeText();
        int capacity = capacity(TEXT_SIZE, axis.frame());
        boolean valueOnLastLine = lines.get(lines.size() - 1).length() + 1 + value.length() <= capacity;
        for (int i = 0; i < lines.size(); i++) {
            y += TEXT_LINE;
            out.append("<text class=\"range-chart__label\" x=\"").append(LEFT).append("\" y=\"").append(num(y - DESCENT))
                    .append("\">").append(Html.escape(lines.get(i)));
            if (i == lines.size() - 1 && valueOnLastLine) {
                out.append(" <tspan class=\"range-chart__value\">").append(Html.escape(value)).append("</tspan>");
            }
            out.append("</text>\n");
        }
        if (!valueOnLastLine) {
            y += TEXT_LINE;
            out.append("<text class=\"range-chart__value\" x=\"").append(LEFT).append("\" y=\"").append(num(y - DESCENT))
                    .append("\">").append(Html.escape(value)).append("</text>\n");
        }
        double barTop = y + 2;
        double middle = barTop + BAR_HEIGHT / 2.0;
        double start = axis.x(bar.low());
        double end;
        if (bar.high() != null && bar.high() > bar.low()) {
            end = axis.x(bar.high());
        } else if (bar.openEnded()) {
            end = start + 4; // a stub marking where the open range starts
        } else {
            start -= 2; // a single value: a narrow marker centred on it
            end = start + 4;
        }
        out.append("<rect class=\"range-chart__bar\" x=\"").append(num(start)).append("\" y=\"").append(num(barTop))
                .append("\" width=\"").append(num(end - start)).append("\" height=\"").append(BAR_HEIGHT)
                .append("\"/>\n");
        if (bar.openEnded()) {
            double tip = axis.x(axis.max());
            out.append("<line class=\"range-chart__extension\" x1=\"").append(num(end)).append("\" y1=\"")
                    .append(num(middle)).append("\" x2=\"").append(num(tip - ARROW_LENGTH)).append("\" y2=\"")
                    .append(num(middle)).append("\"/>\n");
            out.append("<path class=\"range-chart__arrow\" d=\"M").append(num(tip - ARROW_LENGTH)).append(' ')
                    .append(num(middle - 6)).append("L").append(num(tip)).append(' ').append(num(middle)).append("L")
                    .append(num(tip - ARROW_LENGTH)).append(' ').append(num(middle + 6)).append("Z\"/>\n");
        }
        out.append("</g>\n");
        return barTop + BAR_HEIGHT;
    }

    private static void appendReferenceLabel(StringBuilder out, ReferenceLine reference, Axis axis, double baseline) {
        double x = axis.x(reference.value());
        int right = axis.frame().right();
        String text = reference.text();
        double width = text.length() * GLYPH_WIDTH * SMALL_SIZE;
        String anchor;
        double textX;
        if (x + 4 + width <= right) {
            anchor = "start";
            textX = x + 4;
        } else if (x - 4 - width >= LEFT) {
            anchor = "end";
            textX = x - 4;
        } else {
            anchor = "start";
            textX = Math.max(LEFT, right - width);
        }
        out.append("<text class=\"range-chart__reference-label\" x=\"").append(num(textX)).append("\" y=\"")
                .append(num(baseline)).append("\" font-size=\"").append(SMALL_SIZE).append("\" text-anchor=\"")
                .append(anchor).append("\">").append(Html.escape(text)).append("</text>\n");
    }

    /** Appends the axis line, tick marks and tick labels; returns the y below them. */
    private static double appendAxis(StringBuilder out, Axis axis, double axisY) {
        out.append("<g class=\"range-chart__axis\" font-size=\"").append(SMALL_SIZE).append("\">\n");
        out.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(num(axisY)).append("\" x2=\"").append(axis.frame().right())
                .append("\" y2=\"").append(num(axisY)).append("\"/>\n");
        List<Long> ticks = axis.ticks();
        for (int i = 0; i < ticks.size(); i++) {
            long tick = ticks.get(i);
            String x = num(axis.x(tick));
            // The end labels are anchored inwards so they never poke out of the viewBox.
            String anchor = i == 0 ? "start" : i == ticks.size() - 1 ? "end" : "middle";
            out.append("<line x1=\"").append(x).append("\" y1=\"").append(num(axisY)).append("\" x2=\"").append(x)
                    .append("\" y2=\"").append(num(axisY + 4)).append("\"/>\n");
            out.append("<text x=\"").append(x).append("\" y=\"").append(num(axisY + 17)).append("\" text-anchor=\"")
                    .append(anchor).append("\">").append(Html.escape(FigureFormat.moneyShort(tick))).append("</text>\n");
        }
        out.append("</g>\n");
        return axisY + 22;
    }

    /** Breaks text into lines at spaces so each fits the chart width at the given font size. */
    static List<String> wrap(String text, int fontSize, Frame frame) {
        int capacity = capacity(fontSize, frame);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > capacity) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private static int capacity(int fontSize, Frame frame) {
        return (int) Math.floor((frame.right() - LEFT) / (GLYPH_WIDTH * fontSize));
    }

    /** A coordinate with at most one decimal, independent of locale: 94, 94.5. */
    static String num(double value) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
        if (rounded.signum() == 0) {
            return "0";
        }
        return rounded.stripTrailingZeros().toPlainString();
    }

    /**
     * The shared axis: from a round number at or below the smallest value to one at or above the
     * largest, in steps of 1, 2, 2.5 or 5 times a power of ten, at most the frame's
     * {@link Frame#maxTickIntervals()} intervals, counting the extra step added when a bar is open-ended.
     */
    record Axis(long min, long max, long step, Frame frame) {
        static Axis of(RangeChart chart, Frame frame) {
            long lowest = Long.MAX_VALUE;
            long highest = Long.MIN_VALUE;
            boolean openEnded = false;
            for (Bar bar : chart.bars()) {
                lowest = Math.min(lowest, bar.low());
                highest = Math.max(highest, bar.top());
                openEnded |= bar.openEnded();
            }
            if (chart.reference() != null) {
                lowest = Math.min(lowest, chart.reference().value());
                highest = Math.max(highest, chart.reference().value());
            }
            if (lowest == highest) {
                lowest = Math.min(0, lowest); // one value only: show it against zero
                if (lowest == highest) {
                    highest = lowest + 1;
                }
            }
            long step = niceStep(lowest, highest, openEnded ? 1 : 0, frame.maxTickIntervals());
            long min = Math.floorDiv(lowest, step) * step;
            long max = -Math.floorDiv(-highest, step) * step;
            if (openEnded) {
                max += step;
            }
            return new Axis(min, max, step, frame);
        }

        static long niceStep(long lowest, long highest, int extraSteps, int maxIntervals) {
            for (long magnitude = 1; ; magnitude *= 10) {
                long[] candidates = magnitude >= 10
                        ? new long[] {magnitude, 2 * magnitude, 25 * magnitude / 10, 5 * magnitude}
                        : new long[] {magnitude, 2 * magnitude, 5 * magnitude};
                for (long step : candidates) {
                    long intervals = -Math.floorDiv(-highest, step) - Math.floorDiv(lowest, step) + extraSteps;
                    if (intervals <= maxIntervals) {
                        return step;
                    }
                }
            }
        }

        List<Long> ticks() {
            List<Long> ticks = new ArrayList<>();
            for (long tick = min; tick <= max; tick += step) {
                ticks.add(tick);
            }
            return ticks;
        }

        double x(long value) {
            return LEFT + (double) (value - min) * (frame.right() - LEFT) / (max - min);
        }
    }
}
