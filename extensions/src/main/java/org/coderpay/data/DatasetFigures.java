package org.coderpay.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.coderpay.figures.FigureFormat;
import org.coderpay.figures.PointChart;
import org.coderpay.figures.RangeChart;
import org.coderpay.figures.SalaryTable;

/**
 * Maps datasets onto the renderers' models: which columns a kind has and what each cell says, row
 * order, the source line, the chart's bars. Shared by the Markdown directives and anything else that
 * shows a dataset as a table or chart (generated pages), so all of them say the same thing.
 */
public final class DatasetFigures {
    /** Row orders a table may use. */
    public static final List<String> SORTS = List.of("listed", "low-asc", "high-desc", "label");

    private DatasetFigures() {
    }

    public static SalaryTable table(Dataset d, List<String> columns, String sort, String highlight, String caption,
            String methodologyUrl) {
        DatasetFields fields = DatasetFields.of(d);
        List<SalaryTable.Column> header = new ArrayList<>();
        header.add(SalaryTable.Column.label(fields.label().heading()));
        List<DatasetFields.Field> shown = new ArrayList<>();
        for (String c : columns) {
            DatasetFields.Field field = fields.field(c)
                    .orElseThrow(() -> new IllegalArgumentException("unknown column " + c));
            shown.add(field);
            header.add(new SalaryTable.Column(field.heading(), field.numeric(), field.cssName()));
        }
        List<SalaryTable.Row> rows = new ArrayList<>();
        if (d.kind() == DatasetKind.FACTS) {
            for (Fact f : d.facts()) {
                List<String> cells = new ArrayList<>();
                for (DatasetFields.Field field : shown) {
                    cells.add(field == DatasetFields.FACT_SOURCE ? f.source().text() : f.text());
                }
                rows.add(new SalaryTable.Row(f.id(), f.label(), cells, f.id().equals(highlight)));
            }
        } else {
            for (Row r : sorted(d.rows(), sort)) {
                List<String> cells = new ArrayList<>();
                List<Long> keys = new ArrayList<>();
                for (DatasetFields.Field field : shown) {
                    cells.add(field.cell(r));
                    keys.add(field.sortKeyOf(r));
                }
                rows.add(new SalaryTable.Row(r.id(), r.label(), cells, keys, r.id().equals(highlight)));
            }
        }
        return new SalaryTable(caption != null ? caption : d.title(), header, rows,
                new SalaryTable.Footnote(sourceLine(d), d.reviewed(), methodologyUrl), null, order(sort, rows));
    }

    /**
     * The dataset's source (with the programme and period of official figures), naming any fact whose
     * source differs.
     */
    public static String sourceLine(Dataset d) {
        StringBuilder sb = new StringBuilder(d.sourceText());
        for (Fact f : d.facts()) {
            if (f.source() != d.source()) {
                sb.append("; ").append(lowerFirst(f.label())).append(": ").append(f.source().text());
            }
        }
        return sb.toString();
    }

    /** A chart with the rows in the dataset's order. */
    public static RangeChart chart(Dataset d, String highlight, String title, DatasetCatalog catalog) {
        return chart(d, highlight, title, "listed", catalog);
    }

    /**
     * A chart with its bars in the order {@code sort} (one of {@link #SORTS}), so it can list its rows
     * the way the table beside it does.
     */
    public static RangeChart chart(Dataset d, String highlight, String title, String sort, DatasetCatalog catalog) {
        List<RangeChart.Bar> bars = new ArrayList<>();
        List<String> words = new ArrayList<>();
        DatasetFields.Field drawn = null;
        for (Row r : sorted(d.rows(), sort)) {
            Range range = chartRange(r);
            if (range == null) {
                continue;
            }
            drawn = drawn != null ? drawn : DatasetFields.chartField(r);
            String label = r.years() != null ? r.label() + " (" + r.years().text() + ")" : r.label();
            bars.add(new RangeChart.Bar(label, range.low(), range.high(), range.open(), r.id().equals(highlight)));
            words.add(label + ": " + range.text());
        }
        // The national median is a wage: it goes on charts of pay, not of costs.
        boolean pay = drawn != null && drawn.name().equals("pay");
        String heading = drawn != null ? drawn.heading() : "Annual pay";
        RangeChart.ReferenceLine reference = null;
        if (pay) {
            Optional<ChartReference> line = catalog.chartReference();
            if (line.isPresent()) {
                reference = new RangeChart.ReferenceLine(line.get().label(), line.get().fact().figure().low(),
                        line.get().fact().figure().approximate());
            }
        }
        String description = heading + " ranges in US dollars. " + String.join("; ", words)
                + ". Source: " + sourceLine(d) + ".";
        return new RangeChart(title != null ? title : d.title(), description, heading + ", US dollars", bars,
                reference);
    }

    /**
     * A column chart of official statistics: one column per row, its published annual wage; the
     * highlighted row, else a percentiles dataset's median, stands out.
     */
    public static PointChart pointChart(Dataset d, String highlight, String title, String methodologyUrl) {
        List<PointChart.Point> points = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (Row r : d.rows()) {
            boolean marked = highlight != null ? r.id().equals(highlight)
                    : r.percentile() != null && r.percentile() == 50;
            // A percentile's column is labelled by its number alone (10th, Median): the axis says the rest.
            String label = r.percentile() == null ? r.label() : r.percentile() == 50 ? "Median"
                    : FigureFormat.ordinal(r.percentile());
            points.add(new PointChart.Point(label, r.annual().low(), r.annual().text(), marked));
            words.add(r.label() + ": " + r.annual().text() + " a year (" + r.hourly().text() + " an hour)");
        }
        String measure = d.kind() == DatasetKind.PERCENTILES ? "Annual wage by percentile"
                : d.measure() == null ? "Annual wage" : d.measure() + " annual wage";
        String description = String.join("; ", words) + ". Source: " + sourceLine(d) + ".";
        return PointChart.of(title != null ? title : d.title(), description, measure + ", US dollars", points,
                new SalaryTable.Footnote(sourceLine(d), d.reviewed(), methodologyUrl));
    }

    /** The dollar range a chart draws for a row: its pay, else its cost. */
    public static Range chartRange(Row r) {
        return r.pay() != null ? r.pay() : r.cost();
    }

    /**
     * Which column the sorted rows follow, for aria-sort: the label column for {@code label}, else the
     * first figure column whose sort keys (what js/sortable-tables.js sorts by) run the same way as the
     * rows; none when no column does (a high-desc order whose low ends do not fall with the tops).
     */
    private static SalaryTable.Order order(String sort, List<SalaryTable.Row> rows) {
        boolean ascending = sort.equals("low-asc");
        if (sort.equals("label")) {
            return new SalaryTable.Order(0, true);
        }
        if (!ascending && !sort.equals("high-desc") || rows.isEmpty() || rows.get(0).sortKeys().isEmpty()) {
            return null;
        }
        for (int column = 0; column < rows.get(0).sortKeys().size(); column++) {
            if (monotonic(rows, column, ascending)) {
                return new SalaryTable.Order(column + 1, ascending);
            }
        }
        return null;
    }

    private static boolean monotonic(List<SalaryTable.Row> rows, int column, boolean ascending) {
        Long previous = null;
        for (SalaryTable.Row row : rows) {
            Long key = row.sortKeys().get(column);
            if (key == null || previous != null && (ascending ? key < previous : key > previous)) {
                return false;
            }
            previous = key;
        }
        return true;
    }

    private static List<Row> sorted(List<Row> rows, String sort) {
        Comparator<Row> order = switch (sort) {
            case "low-asc" -> Comparator.comparing((Row r) -> r.main() == null ? Long.MAX_VALUE : r.main().low());
            case "high-desc" -> Comparator.comparing((Row r) -> r.main() == null ? Long.MIN_VALUE : r.main().top())
                    .reversed();
            case "label" -> Comparator.comparing(Row::label, String.CASE_INSENSITIVE_ORDER).thenComparing(Row::label);
            default -> null;
        };
        // Stable sort: rows that tie keep the dataset's order.
        return order == null ? rows : rows.stream().sorted(order).toList();
    }

    public static boolean hasFigures(Dataset d) {
        return d.kind() == DatasetKind.FACTS || d.rows().stream().anyMatch(r -> r.main() != null);
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
