package org.coderpay.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A table of figures ready to render: every cell is already formatted text (see {@link FigureFormat}).
 * The first column holds each row's label and becomes the row header; the other columns hold figures.
 *
 * @param caption what the table shows, e.g. "Pay by specialty"; also names the scroll region
 * @param columns every column, the label column first; {@code columns.size() == cells + 1} for each row
 * @param rows the rows in display order
 * @param footnote the source and review date shown under the table
 * @param highlightNote words read out by screen readers after a highlighted row's label, e.g.
 *                      "this state"; shown in parentheses; see {@link SalaryTableModel}
 * @param order the column the rows are sorted by, as {@code aria-sort} tells screen readers, or
 *              {@code null} when the rows are in no column's order
 */
public record SalaryTable(String caption, List<Column> columns, List<Row> rows, Footnote footnote,
                          String highlightNote, Order order) {

    /** The {@link #highlightNote} when the caller gives none. */
    public static final String DEFAULT_HIGHLIGHT_NOTE = "highlighted";

    public SalaryTable {
        ModelChecks.requireText(caption, "table caption");
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        Objects.requireNonNull(footnote, "footnote");
        highlightNote = highlightNote == null || highlightNote.isBlank() ? DEFAULT_HIGHLIGHT_NOTE : highlightNote;
        if (columns.size() < 2) {
            throw new IllegalArgumentException("table \"" + caption + "\" needs a label column and at least one"
                    + " figure column, but has " + columns.size() + " column(s)");
        }
        if (rows.isEmpty()) {
            // A dataset always has rows; an empty table would tell the reader nothing, silently.
            throw new IllegalArgumentException("table \"" + caption + "\" has no rows");
        }
        for (Row row : rows) {
            if (row.cells().size() != columns.size() - 1) {
                throw new IllegalArgumentException("row \"" + row.id() + "\" of table \"" + caption + "\" has "
                        + row.cells().size() + " figure cell(s) but the table has " + (columns.size() - 1)
                        + " figure column(s)");
            }
        }
        if (order != null && order.column() >= columns.size()) {
            throw new IllegalArgumentException("table \"" + caption + "\" is sorted by column " + order.column()
                    + " but has " + columns.size() + " columns");
        }
        Set<String> ids = new HashSet<>();
        for (Row row : rows) {
            if (!ids.add(row.id())) {
                throw new IllegalArgumentException("table \"" + caption + "\" has two rows with the same id \""
                        + row.id() + "\"");
            }
        }
    }

    /** A table whose highlighted row (if any) is announced as "highlighted". */
    public SalaryTable(String caption, List<Column> columns, List<Row> rows, Footnote footnote) {
        this(caption, columns, rows, footnote, null, null);
    }

    /** A table in no column's order. */
    public SalaryTable(String caption, List<Column> columns, List<Row> rows, Footnote footnote, String highlightNote) {
        this(caption, columns, rows, footnote, highlightNote, null);
    }

    /** The rows are sorted by this column (0 is the label column), lowest or A first when ascending. */
    public record Order(int column, boolean ascending) {
        public Order {
            if (column < 0) {
                throw new IllegalArgumentException("sort column " + column + " is negative");
            }
        }
    }

    /**
     * One column.
     *
     * @param header the column heading
     * @param numeric whether the column holds figures: right-aligned, tabular digits, no wrapping
     * @param modifier a token naming the column's kind for CSS ({@code pay}, {@code hourly}, ...), or
     *                 {@code null}; becomes the class {@code salary-table__col--<modifier>}
     */
    public record Column(String header, boolean numeric, String modifier) {
        public Column {
            ModelChecks.requireText(header, "column header");
            if (modifier != null) {
                ModelChecks.requireToken(modifier, "column modifier");
            }
        }

        /** The label column (row headers). */
        public static Column label(String header) {
            return new Column(header, false, null);
        }

        /** A numeric column with a CSS modifier. */
        public static Column numeric(String header, String modifier) {
            return new Column(header, true, modifier);
        }
    }

    /**
     * One row.
     *
     * @param id the row's id in its dataset (a token such as {@code risk-adjustment}); the rendered
     *           {@code <tr>} gets the id {@code <prefix>-<id>} so pages can link to a row
     * @param header the row label, shown in the first column as the row header
     * @param cells the formatted figures, one per figure column
     * @param sortKeys for each cell a number a sorting script can order by (for a range, its low end),
     *                 or {@code null} entries where there is none; the whole list may be empty. Rendered
     *                 as {@code data-sort} so a progressive-enhancement script need not parse "$55,000".
     * @param highlighted whether this row is the one the page is about
     */
    public record Row(String id, String header, List<String> cells, List<Long> sortKeys, boolean highlighted) {
        public Row {
            ModelChecks.requireToken(id, "row id");
            ModelChecks.requireText(header, "row header");
            cells = List.copyOf(cells);
            for (String cell : cells) {
                Objects.requireNonNull(cell, () -> "a cell of row \"" + id + "\" is null; use \"\" for an empty cell");
            }
            // List.copyOf rejects nulls, and a missing key is legitimately null.
            sortKeys = sortKeys == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(sortKeys));
            if (!sortKeys.isEmpty() && sortKeys.size() != cells.size()) {
                throw new IllegalArgumentException("row \"" + id + "\" has " + cells.size() + " cells but "
                        + sortKeys.size() + " sort keys");
            }
        }

        /** A row without sort keys. */
        public Row(String id, String header, List<String> cells, boolean highlighted) {
            this(id, header, cells, List.of(), highlighted);
        }
    }

    /**
     * The line under the table.
     *
     * @param source where the figures come from, as the reader should see it, e.g. "U.S. Bureau of
     *               Labor Statistics"
     * @param reviewed when the figures were last checked; written as "November 1, 2026" with an ISO
     *                 {@code datetime}
     * @param methodologyUrl the URL of the methodology page: site-relative ({@code /methodology/}), a
     *                       fragment, or {@code https://}
     */
    public record Footnote(String source, LocalDate reviewed, String methodologyUrl) {
        public Footnote {
            ModelChecks.requireText(source, "footnote source");
            Objects.requireNonNull(reviewed, "reviewed");
            ModelChecks.requireText(methodologyUrl, "methodology URL");
            // Only plain links: a "javascript:" or "data:" URL from configuration must not reach a page.
            if (!(methodologyUrl.startsWith("/") || methodologyUrl.startsWith("https://")
                    || methodologyUrl.startsWith("#"))) {
                throw new IllegalArgumentException("methodology URL must start with \"/\", \"#\" or"
                        + " \"https://\", but was \"" + methodologyUrl + "\"");
            }
        }
    }
}
