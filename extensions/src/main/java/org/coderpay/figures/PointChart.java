package org.coderpay.figures;

import java.util.ArrayList;
import java.util.List;

/**
 * A column chart of published figures, one column per point, drawn by {@code templates/figures/point-chart.ftlh}:
 * the percentiles of one distribution, or one measure at successive periods. Java works out every
 * position and every label here; the template only writes the SVG. One frame, scaled to its box: with
 * at most a handful of columns the labels stay readable at phone width.
 *
 * @param title       the caption
 * @param description the chart in words (every point and the source), for screen readers
 * @param axisLabel   what the axis counts (Annual wage, US dollars)
 * @param columns     the columns, left to right, with their geometry
 * @param ticks       the value axis's grid lines
 * @param footnote    the source line under the chart, with the review date
 */
public record PointChart(String title, String description, String axisLabel, List<Column> columns, List<Tick> ticks,
        SalaryTable.Footnote footnote, int width, int height, int plotLeft, int plotRight, int plotTop, int baseline) {

    /** Width and height of the drawing, in SVG units. */
    public static final int WIDTH = 320;
    public static final int HEIGHT = 220;
    private static final int LEFT = 44;
    private static final int RIGHT = 8;
    private static final int TOP = 24;
    private static final int BOTTOM = 44;

    /** A point to draw: its label under the column, its value, the value as written above it. */
    public record Point(String label, long value, String valueText, boolean highlighted) {
    }

    /**
     * A column as drawn: x of its left edge, its width, y of its top, and where its labels go. A label
     * longer than a column is wide goes on two lines, split at its last space ("May" over "2025").
     */
    public record Column(String label, List<String> labelLines, String valueText, boolean highlighted, int x,
            int barWidth, int y, int barHeight, int centre, int valueY, int labelY) {
        public Column {
            labelLines = List.copyOf(labelLines);
        }
    }

    /** Characters that fit under a column at the chart's type size (about 7 units a character, with a gap). */
    static List<String> lines(String label, int slot) {
        int fits = Math.max(4, slot / 7);
        int space = label.lastIndexOf(' ');
        if (label.length() <= fits || space < 0) {
            return List.of(label);
        }
        return List.of(label.substring(0, space), label.substring(space + 1));
    }

    /** A grid line at {@code y} and its label. */
    public record Tick(int y, String label) {
    }

    /** The review date as readers see it. */
    public String reviewedText() {
        return FigureFormat.humanDate(footnote.reviewed());
    }

    public String reviewedIso() {
        return FigureFormat.isoDate(footnote.reviewed());
    }

    public PointChart {
        columns = List.copyOf(columns);
        ticks = List.copyOf(ticks);
    }

    /** Lays the points out on an axis from zero to a round number above the largest value. */
    public static PointChart of(String title, String description, String axisLabel, List<Point> points,
            SalaryTable.Footnote footnote) {
        if (points.isEmpty()) {
            throw new IllegalArgumentException("chart \"" + title + "\" has no points");
        }
        long max = points.stream().mapToLong(Point::value).max().orElse(0);
        long step = niceStep(max);
        long top = ((max + step - 1) / step) * step;
        if (top == max) {
            top += step; // room above the tallest column for its value label
        }
        int baseline = HEIGHT - BOTTOM;
        int plotHeight = baseline - TOP;
        int plotWidth = WIDTH - LEFT - RIGHT;
        int slot = plotWidth / points.size();
        int barWidth = Math.max(8, slot * 3 / 5);
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            int barHeight = (int) Math.round((double) p.value() * plotHeight / top);
            int centre = LEFT + slot * i + slot / 2;
            int y = baseline - barHeight;
            columns.add(new Column(p.label(), lines(p.label(), slot), p.valueText(), p.highlighted(),
                    centre - barWidth / 2, barWidth, y, barHeight, centre, y - 5, baseline + 14));
        }
        List<Tick> ticks = new ArrayList<>();
        for (long v = 0; v <= top; v += step) {
            ticks.add(new Tick(baseline - (int) Math.round((double) v * plotHeight / top), FigureFormat.moneyShort(v)));
        }
        return new PointChart(title, description, axisLabel, columns, ticks, footnote, WIDTH, HEIGHT, LEFT,
                WIDTH - RIGHT, TOP, baseline);
    }

    /** A grid step of 1, 2 or 5 times a power of ten giving three to six lines. */
    static long niceStep(long max) {
        long step = 1;
        while (true) {
            for (long m : new long[] {1, 2, 5}) {
                if (max / (step * m) <= 5) {
                    return step * m;
                }
            }
            step *= 10;
        }
    }
}
