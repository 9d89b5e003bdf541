package org.coderpay.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

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
        List<SalaryTable.Column> header = new ArrayList<>();
        header.add(SalaryTable.Column.label(d.label() != null ? d.label() : d.kind() == DatasetKind.FACTS ? "Measure" : "Item"));
        for (String c : columns) {
            header.add(column(c));
        }
        List<SalaryTable.Row> rows = new ArrayList<>();
        if (d.kind() == DatasetKind.FACTS) {
            for (Fact f : d.facts()) {
                List<String> cells = new ArrayList<>();
                for (String c : columns) {
                    cells.add(c.equals("source") ? f.source().text() : f.text());
                }
                rows.add(new SalaryTable.Row(f.id(), f.label(), cells, f.id().equals(highlight)));
            }
        } else {
            for (Row r : sorted(d.rows(), sort)) {
                List<String> cells = new ArrayList<>();
                List<Long> keys = new ArrayList<>();
                for (String c : columns) {
                    cells.add(cell(r, c));
                    keys.add(sortKey(r, c));
                }
                rows.add(new SalaryTable.Row(r.id(), r.label(), cells, keys, r.id().equals(highlight)));
            }
        }
        return new SalaryTable(caption != null ? caption : d.title(), header, rows,
                new SalaryTable.Footnote(sourceLine(d), d.reviewed(), methodologyUrl), null, order(sort, rows));
    }

    /** The dataset's source, naming any fact whose source differs (the BLS median among compiled figures). */
    public static String sourceLine(Dataset d) {
        StringBuilder sb = new StringBuilder(d.source().text());
        for (Fact f : d.facts()) {
            if (f.source() != d.source()) {
                sb.append("; ").append(lowerFirst(f.label())).append(": ").append(f.source().text());
            }
        }
        return sb.toString();
    }

    public static RangeChart chart(Dataset d, String highlight, String title, DatasetCatalog catalog) {
        List<RangeChart.Bar> bars = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (Row r : d.rows()) {
            Range range = chartRange(r);
            if (range == null) {
                continue;
            }
            String label = r.years() != null ? r.label() + " (" + r.years().text() + ")" : r.label();
            bars.add(new RangeChart.Bar(label, range.low(), range.high(), range.open(), r.id().equals(highlight)));
            words.add(label + ": " + range.text());
        }
        boolean pay = d.kind() != DatasetKind.EDUCATION;
        RangeChart.ReferenceLine reference = null;
        if (pay) {
            Optional<ChartReference> line = catalog.chartReference();
            if (line.isPresent()) {
                reference = new RangeChart.ReferenceLine(line.get().label(), line.get().fact().figure().low(),
                        line.get().fact().figure().approximate());
            }
        }
        String description = (pay ? "Annual pay ranges" : "Cost ranges") + " in US dollars. " + String.join("; ", words)
                + ". Source: " + sourceLine(d) + ".";
        return new RangeChart(title != null ? title : d.title(), description,
                pay ? "Annual pay, US dollars" : "Cost, US dollars", bars, reference);
    }

    /** The dollar range a chart draws for a row: its pay, else its cost. */
    public static Range chartRange(Row r) {
        return r.pay() != null ? r.pay() : r.cost();
    }

    private static SalaryTable.Column column(String c) {
        return switch (c) {
            case "pay" -> SalaryTable.Column.numeric("Annual pay", "pay");
            case "hourly" -> SalaryTable.Column.numeric("Hourly equivalent", "hourly");
            case "years" -> SalaryTable.Column.numeric("Years of experience", "years");
            case "cost" -> SalaryTable.Column.numeric("Cost", "cost");
            case "step" -> SalaryTable.Column.numeric("Step", "step");
            case "figure" -> SalaryTable.Column.numeric("Figure", "figure");
            case "premium" -> new SalaryTable.Column("Pay effect", false, "premium");
            case "level" -> new SalaryTable.Column("Career level", false, "level");
            case "name" -> new SalaryTable.Column("Full name", false, "name");
            case "signals" -> new SalaryTable.Column("What it signals", false, "signals");
            case "note" -> new SalaryTable.Column("Note", false, "note");
            case "description" -> new SalaryTable.Column("About", false, "description");
            case "source" -> new SalaryTable.Column("Source", false, "source");
            default -> throw new IllegalArgumentException("unknown column " + c);
        };
    }

    private static String cell(Row r, String c) {
        return switch (c) {
            case "pay" -> r.pay() == null ? "" : r.pay().text();
            case "hourly" -> r.pay() == null ? "" : r.pay().hourlyText();
            case "years" -> r.years() == null ? "" : r.years().text();
            case "cost" -> r.cost() == null ? "" : r.cost().text();
            case "step" -> Integer.toString(r.position());
            case "premium" -> r.premium() != null ? r.premium().text() : r.payNote() != null ? r.payNote()
                    : "No published figure";
            case "level" -> nz(r.levelLabel());
            case "name" -> nz(r.name());
            case "signals" -> nz(r.signals());
            case "note" -> nz(r.note());
            case "description" -> nz(r.description());
            default -> throw new IllegalArgumentException("unknown column " + c);
        };
    }

    private static Long sortKey(Row r, String c) {
        return switch (c) {
            case "pay", "hourly" -> r.pay() == null ? null : r.pay().low();
            case "years" -> r.years() == null ? null : r.years().low();
            case "cost" -> r.cost() == null ? null : r.cost().low();
            case "step" -> (long) r.position();
            case "premium" -> r.premium() == null ? null : r.premium().low();
            default -> null;
        };
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

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
