package org.coderpay.figures;

import java.util.ArrayList;
import java.util.List;

import org.coderpay.figures.SalaryTable.Column;
import org.coderpay.figures.SalaryTable.Row;

/**
 * What {@code templates/figures/salary-table.ftlh} needs to write one {@link SalaryTable}: ids, class
 * names, {@code aria-sort}, sort keys, each cell's column heading (the label a phone shows beside the
 * figure) and whether the table folds into labelled blocks on a phone. Everything is worked out here;
 * the template only places it, so a designer can change the markup without a Java build.
 *
 * @param stacks whether the table is too wide for a 320 px screen (see {@link #PHONE_WIDTH_PX}) and
 *               shows each row as a labelled block up to 30rem instead of scrolling sideways
 */
public record SalaryTableModel(String captionId, String caption, List<HeaderCell> headers, List<BodyRow> rows,
        boolean stacks, Footnote footnote) {

    /** The narrowest screen we design for, less the page's 1rem margins: 320 − 2 × 16 px. */
    static final double PHONE_WIDTH_PX = 288;
    /** Body text size, and a generous average glyph width as a fraction of it (tabular digits included). */
    private static final double FONT_PX = 16;
    private static final double GLYPH_WIDTH = 0.55;
    /** The space between columns (the cells' 1rem right padding). */
    private static final double COLUMN_GAP_PX = 16;

    public SalaryTableModel {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    /**
     * The model of {@code table}, with element ids under {@code idPrefix} (see {@link FigureIds}): the
     * caption gets {@code <prefix>-caption} and each row {@code <prefix>-<row id>}.
     */
    public static SalaryTableModel of(SalaryTable table, String idPrefix) {
        ModelChecks.requireToken(idPrefix, "id prefix");
        List<Column> columns = table.columns();
        List<HeaderCell> headers = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            String sort = null;
            if (table.order() != null && table.order().column() == i) {
                sort = table.order().ascending() ? "ascending" : "descending";
            }
            headers.add(new HeaderCell(columns.get(i).header(), cssClass(columns.get(i)), sort));
        }
        List<BodyRow> rows = new ArrayList<>();
        for (Row row : table.rows()) {
            List<Cell> cells = new ArrayList<>();
            for (int i = 0; i < row.cells().size(); i++) {
                Column column = columns.get(i + 1);
                Long key = row.sortKeys().isEmpty() ? null : row.sortKeys().get(i);
                cells.add(new Cell(row.cells().get(i), cssClass(column), column.header(), key));
            }
            rows.add(new BodyRow(idPrefix + "-" + row.id(), row.header(), cssClass(columns.get(0)), row.highlighted(),
                    row.highlighted() ? table.highlightNote() : null, cells));
        }
        SalaryTable.Footnote note = table.footnote();
        String source = note.source().strip();
        if (source.endsWith(".")) {
            source = source.substring(0, source.length() - 1);
        }
        Footnote footnote = new Footnote(source, FigureFormat.isoDate(note.reviewed()),
                FigureFormat.humanDate(note.reviewed()), note.methodologyUrl());
        return new SalaryTableModel(idPrefix + "-caption", table.caption(), headers, rows, tooWideForPhone(table),
                footnote);
    }

    /**
     * Whether the table's narrowest layout is wider than a phone: each column is at least as wide as
     * its longest unbreakable run (a whole figure in numeric columns, which never wrap; the longest word
     * elsewhere), plus the gap between columns. Estimated with a generous glyph width, so a table that
     * might not fit folds rather than scrolls. A table of three or more columns always folds: with sort
     * buttons and wrapped labels the estimate proved too tight (the career ladder measured 301 px in a
     * 288 px phone column), and three columns side by side are cramped at 320 px anyway.
     */
    static boolean tooWideForPhone(SalaryTable table) {
        if (table.columns().size() > 2) {
            return true;
        }
        double width = 0;
        for (int c = 0; c < table.columns().size(); c++) {
            Column column = table.columns().get(c);
            int longest = longestRun(column.header(), column.numeric());
            for (Row row : table.rows()) {
                String text = c == 0 ? row.header() : row.cells().get(c - 1);
                longest = Math.max(longest, longestRun(text, column.numeric()));
            }
            width += longest * GLYPH_WIDTH * FONT_PX + (c == table.columns().size() - 1 ? 0 : COLUMN_GAP_PX);
        }
        return width > PHONE_WIDTH_PX;
    }

    private static int longestRun(String text, boolean whole) {
        if (whole) {
            return text.length();
        }
        int longest = 0;
        for (String word : text.split("\\s+")) {
            longest = Math.max(longest, word.length());
        }
        return longest;
    }

    static String cssClass(Column column) {
        List<String> classes = new ArrayList<>();
        if (column.numeric()) {
            classes.add("salary-table__num");
        }
        if (column.modifier() != null) {
            classes.add("salary-table__col--" + column.modifier());
        }
        return classes.isEmpty() ? null : String.join(" ", classes);
    }

    /**
     * A column heading.
     *
     * @param cssClass the classes of the column's cells, or null
     * @param ariaSort {@code ascending} or {@code descending} for the column the rows are sorted by, else null
     */
    public record HeaderCell(String text, String cssClass, String ariaSort) {
    }

    /**
     * A row: its element id, its label (the row header) and figure cells.
     *
     * @param highlightNote the visually hidden words after the label of a highlighted row, else null
     */
    public record BodyRow(String id, String header, String headerClass, boolean highlighted, String highlightNote,
            List<Cell> cells) {
        public BodyRow {
            cells = List.copyOf(cells);
        }
    }

    /**
     * A figure cell.
     *
     * @param label the column heading, which a phone shows beside the figure
     * @param sortKey the number a sorting script orders by ({@code data-sort}), or null
     */
    public record Cell(String text, String cssClass, String label, Long sortKey) {
    }

    /** The line under the table: the source without a closing full stop, and the review date both ways. */
    public record Footnote(String source, String reviewedIso, String reviewedText, String methodologyUrl) {
    }
}
