package org.coderpay.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.coderpay.figures.RangeChart.Bar;
import org.coderpay.figures.RangeChart.ReferenceLine;
import org.coderpay.figures.RangeChartModel.Arrow;
import org.coderpay.figures.RangeChartModel.AxisModel;
import org.coderpay.figures.RangeChartModel.BarRow;
import org.coderpay.figures.RangeChartModel.Box;
import org.coderpay.figures.RangeChartModel.Drawing;
import org.coderpay.figures.RangeChartModel.Line;
import org.coderpay.figures.RangeChartModel.Text;
import org.coderpay.figures.RangeChartModel.Tick;

/**
 * Lays out a {@link RangeChart} as a range-bar chart: every position, line and label of the drawing,
 * which {@code templates/figures/range-chart.ftlh} then writes as inline SVG.
 *
 * <p>Layout, in viewBox units (the SVG is 320 wide, or 560 for wide screens and print, see {@link Frame},
 * and scales to its container; the CSS caps its width so text stays near body size): a title, the
 * reference line's label on a line of its own, then for each bar its label (with the range written
 * after it, or on its own line when it would not fit) above a 12-unit-high bar; vertical grid lines at
 * every tick and the reference line (the national median); the axis with rounded tick labels
 * ({@code $40k}); the unit label last. Text is 15 units (13 for axis and notes): on a 320 px wide phone
 * the chart is about 288 px wide, so text stays near 13.5 px (axis 11.7 px).
 *
 * <p>No label touches a line, a bar or another label: labels have lines of their own above their bars,
 * and the grid and reference lines are interrupted wherever a label's box (its estimated extent, see
 * {@link Text#box()}) lies across them, with {@link #CLEARANCE} to spare. The drawing scales as a whole,
 * so what holds in viewBox units holds at every screen width.
 *
 * <p>Open-ended ranges ({@code $60,000–$80,000+}) draw the known part solid and a dashed line with an
 * arrowhead on to the end of the axis; the axis is then one tick longer than the data so the arrow
 * has room. A bar with only a low end draws a short stub there (and the dashed arrow when
 * open-ended). A single value is a narrow marker. Coordinates are rounded to one decimal through
 * {@link BigDecimal}, so output is identical on every JVM and locale.
 */
public final class RangeChartLayout {
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
    /** The least space between a label's box and a line or bar. */
    public static final double CLEARANCE = 2;
    /**
     * Units per tick interval at the least: room for a six-character label centred on one tick next
     * to the last label, which is anchored at its end. Four intervals on a phone's 304 units.
     */
    static final int MIN_TICK_INTERVAL = 76;
    /** A generous average glyph width for the system sans-serif fonts, as a fraction of the font size. */
    static final double GLYPH_WIDTH = 0.6;

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

    private RangeChartLayout() {
    }

    /**
     * Both drawings of the chart, for narrow and for wide screens; the CSS shows one of them (the other
     * is {@code display: none}, so screen readers meet one chart).
     *
     * @param idPrefix a token unique on the page (see {@link FigureIds}); the narrow chart's title and
     *                 description get {@code <prefix>-title} and {@code <prefix>-desc}, the wide one's
     *                 {@code <prefix>-wide-title} and {@code <prefix>-wide-desc}
     */
    public static RangeChartModel of(RangeChart chart, String idPrefix) {
        ModelChecks.requireToken(idPrefix, "id prefix");
        return new RangeChartModel(chart.title(), chart.description(),
                List.of(drawing(chart, idPrefix, NARROW), drawing(chart, idPrefix + "-wide", WIDE)));
    }

    /** One drawing of the chart, in the given frame. */
    static Drawing drawing(RangeChart chart, String idPrefix, Frame frame) {
        ModelChecks.requireToken(idPrefix, "id prefix");
        Axis axis = Axis.of(chart, frame);
        double y = 0;

        List<Text> titleLines = new ArrayList<>();
        for (String line : wrap(chart.title(), TITLE_SIZE, frame)) {
            y += TITLE_LINE;
            titleLines.add(Text.at(LEFT, y - DESCENT, TITLE_SIZE, "start", line, null));
        }
        y += END_GAP;
        ReferenceLine reference = chart.reference();
        Text referenceLabel = null;
        if (reference != null) {
            y += SMALL_LINE;
            referenceLabel = referenceLabel(reference, axis, y - DESCENT);
        }
        double plotTop = y;

        List<BarRow> rows = new ArrayList<>();
        for (Bar bar : chart.bars()) {
            BarRow row = barRow(bar, axis, y);
            rows.add(row);
            y = row.bar().y() + BAR_HEIGHT;
        }
        y += AXIS_GAP;
        double axisY = y;

        List<Box> labelBoxes = new ArrayList<>();
        for (BarRow row : rows) {
            row.texts().forEach(t -> labelBoxes.add(t.box()));
        }
        List<Line> grid = new ArrayList<>();
        for (long tick : axis.ticks()) {
            grid.addAll(interrupted(axis.x(tick), plotTop, axisY, labelBoxes));
        }
        List<Line> referenceLines = reference == null ? List.of()
                : interrupted(axis.x(reference.value()), plotTop, axisY, labelBoxes);

        AxisModel axisModel = axis(axis, axisY);
        y = axisY + 22;
        List<Text> unitLines = new ArrayList<>();
        for (String line : wrap(chart.unitLabel(), SMALL_SIZE, frame)) {
            y += SMALL_LINE;
            unitLines.add(Text.at(LEFT, y - DESCENT, SMALL_SIZE, "start", line, null));
        }
        y += END_GAP;
        return new Drawing(frame.variant(), frame.width(), round(y), idPrefix + "-title", idPrefix + "-desc",
                TEXT_SIZE, titleLines, referenceLabel, grid, referenceLines, rows, axisModel, unitLines);
    }

    /**
     * A vertical line from {@code top} to {@code bottom}, left out wherever a label's box (widened by
     * {@link #CLEARANCE}) lies across it.
     */
    static List<Line> interrupted(double x, double top, double bottom, List<Box> labels) {
        List<double[]> gaps = new ArrayList<>();
        for (Box box : labels) {
            if (x >= box.x() - CLEARANCE && x <= box.right() + CLEARANCE) {
                gaps.add(new double[] {box.y() - CLEARANCE, box.bottom() + CLEARANCE});
            }
        }
        gaps.sort(Comparator.comparingDouble(g -> g[0]));
        List<Line> lines = new ArrayList<>();
        double from = top;
        for (double[] gap : gaps) {
            if (gap[0] > from) {
                addLine(lines, x, from, Math.min(gap[0], bottom));
            }
            from = Math.max(from, gap[1]);
        }
        addLine(lines, x, from, bottom);
        return lines;
    }

    private static void addLine(List<Line> lines, double x, double from, double to) {
        // Round inwards so the rounding never brings a line closer to a label.
        double y1 = Math.ceil(from * 10) / 10;
        double y2 = Math.floor(to * 10) / 10;
        if (y2 - y1 >= 1) {
            lines.add(new Line(round(x), y1, round(x), y2));
        }
    }

    /** One bar's label lines and bar, starting at {@code top}. */
    private static BarRow barRow(Bar bar, Axis axis, double top) {
        double y = top + ROW_GAP;
        List<String> lines = wrap(bar.label(), TEXT_SIZE, axis.frame());
        String value = bar.rangeText();
        int capacity = capacity(TEXT_SIZE, axis.frame());
        boolean valueOnLastLine = lines.get(lines.size() - 1).length() + 1 + value.length() <= capacity;
        List<Text> labelLines = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            y += TEXT_LINE;
            boolean last = i == lines.size() - 1;
            labelLines.add(Text.at(LEFT, y - DESCENT, TEXT_SIZE, "start", lines.get(i),
                    last && valueOnLastLine ? value : null));
        }
        Text valueLine = null;
        if (!valueOnLastLine) {
            y += TEXT_LINE;
            valueLine = Text.at(LEFT, y - DESCENT, TEXT_SIZE, "start", value, null);
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
        Box barBox = new Box(round(start), round(barTop), round(end - start), BAR_HEIGHT);
        Line extension = null;
        Arrow arrow = null;
        if (bar.openEnded()) {
            double tip = axis.x(axis.max());
            extension = new Line(round(end), round(middle), round(tip - ARROW_LENGTH), round(middle));
            arrow = new Arrow(round(tip - ARROW_LENGTH), round(tip), round(middle - 6), round(middle), round(middle + 6));
        }
        return new BarRow(bar.label(), bar.highlighted(), labelLines, valueLine, barBox, extension, arrow);
    }

    /** The reference line's label, on its own line above the plot: right of the line when it fits, else left. */
    private static Text referenceLabel(ReferenceLine reference, Axis axis, double baseline) {
        double x = axis.x(reference.value());
        int right = axis.frame().right();
        String text = reference.text();
        double width = Text.width(text, SMALL_SIZE);
        if (x + 4 + width <= right) {
            return Text.at(x + 4, baseline, SMALL_SIZE, "start", text, null);
        }
        if (x - 4 - width >= LEFT) {
            return Text.at(x - 4, baseline, SMALL_SIZE, "end", text, null);
        }
        return Text.at(Math.max(LEFT, right - width), baseline, SMALL_SIZE, "start", text, null);
    }

    /** The axis line, tick marks and tick labels at {@code axisY}. */
    private static AxisModel axis(Axis axis, double axisY) {
        List<Tick> ticks = new ArrayList<>();
        List<Long> values = axis.ticks();
        for (int i = 0; i < values.size(); i++) {
            double x = round(axis.x(values.get(i)));
            // The end labels are anchored inwards so they never poke out of the viewBox.
            String anchor = i == 0 ? "start" : i == values.size() - 1 ? "end" : "middle";
            ticks.add(new Tick(new Line(x, round(axisY), x, round(axisY + 4)),
                    Text.at(x, axisY + 17, SMALL_SIZE, anchor, FigureFormat.moneyShort(values.get(i)), null)));
        }
        return new AxisModel(new Line(LEFT, round(axisY), axis.frame().right(), round(axisY)), SMALL_SIZE, ticks);
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

    /** A coordinate with at most one decimal, rounded half-up independent of locale: 94, 94.5. */
    static double round(double value) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
        return rounded.signum() == 0 ? 0 : rounded.doubleValue();
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
