package org.coderpay.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

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
        List<SalaryTable.Column> header = new ArrayList<>();
        header.add(SalaryTable.Column.label(d.label() != null ? d.label() : d.kind() == DatasetKind.FACTS ? "Measure" : "Item"));
        for (String c : columns) {
            header.add(d.kind().official() ? officialColumn(d, c) : column(c));
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
                    : Ordinals.ordinal(r.percentile());
            points.add(new PointChart.Point(label, r.annual().low(), r.annual().text(), marked));
            words.add(r.label() + ": " + r.annual().text() + " a year (" + r.hourly().text() + " an hour)");
        }
        String measure = d.kind() == DatasetKind.PERCENTILES ? "Annual wage by percentile"
                : d.measure() == null ? "Annual wage" : d.measure() + " annual wage";
        String description = String.join("; ", words) + ". Source: " + sourceLine(d) + ".";
        return PointChart.of(title != null ? title : d.title(), description, measure + ", US dollars", points,
                new SalaryTable.Footnote(sourceLine(d), d.reviewed(), methodologyUrl));
    }

    /** Ordinal numbers for percentile labels. */
    private static final class Ordinals {
        static String ordinal(int n) {
            int mod100 = n % 100;
            String suffix = mod100 >= 11 && mod100 <= 13 ? "th" : switch (n % 10) {
                case 1 -> "st";
                case 2 -> "nd";
                case 3 -> "rd";
                default -> "th";
            };
            return n + suffix;
        }
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

    /** Headers of official statistics name what they measure: "Median annual wage" in a series of medians. */
    private static SalaryTable.Column officialColumn(Dataset d, String c) {
        String measure = d.measure() == null ? "" : d.measure() + " ";
        return switch (c) {
            case "annual" -> SalaryTable.Column.numeric(capitalized(measure + "annual wage"), "pay");
            case "hourly" -> SalaryTable.Column.numeric(capitalized(measure + "hourly wage"), "hourly");
            case "employment" -> SalaryTable.Column.numeric("Employment", "employment");
            case "spread" -> SalaryTable.Column.numeric("10th to 90th percentile, annual", "spread");
            case "code" -> new SalaryTable.Column("Code", false, "code");
            default -> throw new IllegalArgumentException("unknown column " + c);
        };
    }

    private static String capitalized(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    private static String cell(Row r, String c) {
        return switch (c) {
            case "annual" -> r.annual() == null ? "" : r.annual().text();
            case "hourly" -> r.hourly() != null ? r.hourly().text() : r.pay() == null ? "" : r.pay().hourlyText();
            case "employment" -> r.employment() == null ? "" : r.employment().text();
            case "spread" -> r.spread() == null ? "" : r.spread().text();
            case "code" -> nz(r.code());
            case "pay" -> r.pay() == null ? "" : r.pay().text();
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
            case "annual" -> r.annual() == null ? null : r.annual().low();
            case "hourly" -> r.hourly() != null ? r.hourly().low() : r.pay() == null ? null : r.pay().low();
            case "employment" -> r.employment() == null ? null : r.employment().low();
            case "spread" -> r.spread() == null ? null : r.spread().low();
            case "pay" -> r.pay() == null ? null : r.pay().low();
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
