package org.coderpay.figures;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@code templates/figures/range-chart.ftlh} needs to draw a {@link RangeChart}: both drawings
 * (phone and wide), every coordinate already computed by {@link RangeChartLayout} and rounded to one
 * decimal. Coordinates are viewBox units. The template places these; it computes nothing.
 *
 * @param title the chart's accessible name
 * @param description what it shows in words, for screen readers
 * @param drawings the 320-unit drawing for phones, then the 560-unit one for wide screens and print
 */
public record RangeChartModel(String title, String description, List<Drawing> drawings) {
    /** How far below its baseline and above it a line of text reaches, as fractions of its font size. */
    static final double DESCENT = 0.2;
    static final double ASCENT = 0.75;

    public RangeChartModel {
        drawings = List.copyOf(drawings);
    }

    /**
     * One drawing.
     *
     * @param variant {@code narrow} or {@code wide}, for the CSS that shows one of them
     * @param fontSize the chart's default text size (row labels)
     * @param referenceLabel the reference line's label, or null when there is no reference line
     * @param grid the grid lines at the ticks, interrupted where labels cross them
     * @param reference the reference line's pieces (empty when there is none)
     */
    public record Drawing(String variant, int width, double height, String titleId, String descId, int fontSize,
            List<Text> titleLines, Text referenceLabel, List<Line> grid, List<Line> reference, List<BarRow> rows,
            AxisModel axis, List<Text> unitLines) {
        public Drawing {
            titleLines = List.copyOf(titleLines);
            grid = List.copyOf(grid);
            reference = List.copyOf(reference);
            rows = List.copyOf(rows);
            unitLines = List.copyOf(unitLines);
        }

        /** Every piece of text in the drawing, for checks that labels stay clear of each other. */
        public List<Text> texts() {
            List<Text> all = new ArrayList<>(titleLines);
            if (referenceLabel != null) {
                all.add(referenceLabel);
            }
            rows.forEach(r -> all.addAll(r.texts()));
            axis.ticks().forEach(t -> all.add(t.label()));
            all.addAll(unitLines);
            return all;
        }
    }

    /**
     * A line of text at a baseline.
     *
     * @param anchor {@code start}, {@code middle} or {@code end} ({@code text-anchor})
     * @param value a figure written after the text in the same line (a bar's range), or null
     */
    public record Text(double x, double y, int fontSize, String anchor, String text, String value) {
        static Text at(double x, double y, int fontSize, String anchor, String text, String value) {
            return new Text(RangeChartLayout.round(x), RangeChartLayout.round(y), fontSize, anchor, text, value);
        }

        /** The whole line as a reader sees it. */
        public String shown() {
            return value == null ? text : text + " " + value;
        }

        /** The box the text may cover, from a generous glyph width and the font's ascent and descent. */
        public Box box() {
            double width = width(shown(), fontSize);
            double left = switch (anchor) {
                case "middle" -> x - width / 2;
                case "end" -> x - width;
                default -> x;
            };
            return new Box(left, y - ASCENT * fontSize, width, (ASCENT + DESCENT) * fontSize);
        }

        static double width(String text, int fontSize) {
            return text.length() * RangeChartLayout.GLYPH_WIDTH * fontSize;
        }
    }

    /** A straight line. */
    public record Line(double x1, double y1, double x2, double y2) {
    }

    /** A rectangle: left, top, width, height. */
    public record Box(double x, double y, double width, double height) {
        public double right() {
            return x + width;
        }

        public double bottom() {
            return y + height;
        }

        /** Whether the two boxes come closer than {@code gap} to each other. */
        public boolean within(Box other, double gap) {
            return x < other.right() + gap && other.x() < right() + gap
                    && y < other.bottom() + gap && other.y() < bottom() + gap;
        }

        /** Whether a line passes closer than {@code gap} to this box (lines here are vertical or horizontal). */
        public boolean within(Line line, double gap) {
            Box lineBox = new Box(Math.min(line.x1(), line.x2()), Math.min(line.y1(), line.y2()),
                    Math.abs(line.x2() - line.x1()), Math.abs(line.y2() - line.y1()));
            return within(lineBox, gap);
        }
    }

    /**
     * One bar with its label.
     *
     * @param label the row's name as given (for messages)
     * @param labelLines the label, wrapped; the last line carries the range when it fits
     * @param valueLine the range on a line of its own when it did not fit after the label, else null
     * @param extension the dashed line on from an open-ended bar, else null
     * @param arrow its arrowhead at the end of the axis, else null
     */
    public record BarRow(String label, boolean highlighted, List<Text> labelLines, Text valueLine, Box bar,
            Line extension, Arrow arrow) {
        public BarRow {
            labelLines = List.copyOf(labelLines);
        }

        /** The row's text lines: the label and, when on its own line, the value. */
        public List<Text> texts() {
            List<Text> all = new ArrayList<>(labelLines);
            if (valueLine != null) {
                all.add(valueLine);
            }
            return all;
        }
    }

    /** An arrowhead pointing right: its base at {@code baseX} from {@code top} to {@code bottom}, its tip at {@code (tipX, middle)}. */
    public record Arrow(double baseX, double tipX, double top, double middle, double bottom) {
    }

    /** The axis line, and a mark and a label at each tick. */
    public record AxisModel(Line line, int fontSize, List<Tick> ticks) {
        public AxisModel {
            ticks = List.copyOf(ticks);
        }
    }

    /** One tick: its mark under the axis and its label ({@code $40k}). */
    public record Tick(Line mark, Text label) {
    }
}
