package org.coderpay.figures;

import java.util.List;
import java.util.StringJoiner;

import org.coderpay.figures.SalaryTable.Column;
import org.coderpay.figures.SalaryTable.Footnote;
import org.coderpay.figures.SalaryTable.Row;

/**
 * Writes a {@link SalaryTable} as an accessible HTML table in the GOV.UK style:
 *
 * <pre>{@code
 * <div class="salary-table">
 * <div class="salary-table__scroll" role="region" aria-labelledby="P-caption" tabindex="0">
 * <table class="salary-table__table">
 * <caption id="P-caption" class="salary-table__caption"><span class="salary-table__caption-text">Pay by specialty</span></caption>
 * <thead>
 * <tr><th scope="col">Specialty</th><th scope="col" class="salary-table__num salary-table__col--pay">Annual pay</th></tr>
 * </thead>
 * <tbody>
 * <tr id="P-anesthesia"><th scope="row">Anesthesia</th><td class="salary-table__num salary-table__col--pay" data-sort="55000">$55,000–$75,000</td></tr>
 * </tbody>
 * </table>
 * </div>
 * <p class="salary-table__source">Source: …. Last reviewed <time datetime="2026-11-01">November 1, 2026</time>. <a href="/methodology/">How we compiled these figures</a></p>
 * </div>
 * }</pre>
 *
 * <p>Why this shape:
 * <ul>
 *   <li>The scroll wrapper is a labelled region with {@code tabindex="0"}: a wide table scrolls inside
 *       it on a phone instead of widening the page, keyboard users can focus it and scroll with the
 *       arrow keys, and screen readers announce it by the table's caption (the pattern Adrian Roselli
 *       and GOV.UK use).</li>
 *   <li>The source line sits outside the scroll region so it is never cut off.</li>
 *   <li>A highlighted row gets a class (visible bold type and a left bar, not colour alone) and, inside
 *       its row header, visually hidden text such as "(this state)". We do not use {@code <mark>}:
 *       screen readers mostly ignore it, and it marks text runs, not a row. Hidden text in the row
 *       header is read with every cell of the row, so the meaning reaches every reader.</li>
 *   <li>Numeric cells carry {@code data-sort} (the low end of the range), so a sorting script can
 *       order rows without parsing formatted money.</li>
 * </ul>
 * Output is one element per line with no indentation, so it is byte-stable and easy to compare.
 */
public final class SalaryTableRenderer {
    /** The text of the link to the methodology page. */
    public static final String METHODOLOGY_LINK_TEXT = "How we compiled these figures";

    private SalaryTableRenderer() {
    }

    /**
     * Renders the table.
     *
     * @param idPrefix a token unique on the page (see {@link FigureIds}); the caption gets
     *                 {@code <prefix>-caption} and each row {@code <prefix>-<row id>}
     */
    public static String render(SalaryTable table, String idPrefix) {
        Html.requireToken(idPrefix, "id prefix");
        String captionId = idPrefix + "-caption";
        StringBuilder out = new StringBuilder(512 + table.rows().size() * 200);
        out.append("<div class=\"salary-table\">\n");
        out.append("<div class=\"salary-table__scroll\" role=\"region\" aria-labelledby=\"").append(captionId)
                .append("\" tabindex=\"0\">\n");
        out.append("<table class=\"salary-table__table\">\n");
        // The inner span can stick to the left edge while a wide table scrolls; a caption box cannot.
        out.append("<caption id=\"").append(captionId).append("\" class=\"salary-table__caption\">")
                .append("<span class=\"salary-table__caption-text\">").append(Html.escape(table.caption()))
                .append("</span></caption>\n");
        out.append("<thead>\n<tr>");
        for (int i = 0; i < table.columns().size(); i++) {
            Column column = table.columns().get(i);
            out.append("<th scope=\"col\"").append(classAttribute(column));
            if (table.order() != null && table.order().column() == i) {
                out.append(" aria-sort=\"").append(table.order().ascending() ? "ascending" : "descending").append('"');
            }
            out.append('>').append(Html.escape(column.header())).append("</th>");
        }
        out.append("</tr>\n</thead>\n<tbody>\n");
        for (Row row : table.rows()) {
            appendRow(out, table, row, idPrefix);
        }
        out.append("</tbody>\n</table>\n</div>\n");
        appendFootnote(out, table.footnote());
        out.append("</div>\n");
        return out.toString();
    }

    private static void appendRow(StringBuilder out, SalaryTable table, Row row, String idPrefix) {
        List<Column> columns = table.columns();
        out.append("<tr id=\"").append(idPrefix).append('-').append(row.id()).append('"');
        if (row.highlighted()) {
            out.append(" class=\"salary-table__row--highlight\"");
        }
        out.append("><th scope=\"row\"").append(classAttribute(columns.get(0))).append('>')
                .append(Html.escape(row.header()));
        if (row.highlighted()) {
            out.append("<span class=\"figures-visually-hidden\"> (")
                    .append(Html.escape(table.highlightNote())).append(")</span>");
        }
        out.append("</th>");
        for (int i = 0; i < row.cells().size(); i++) {
            out.append("<td").append(classAttribute(columns.get(i + 1)));
            Long sortKey = row.sortKeys().isEmpty() ? null : row.sortKeys().get(i);
            if (sortKey != null) {
                out.append(" data-sort=\"").append(sortKey).append('"');
            }
            out.append('>').append(Html.escape(row.cells().get(i))).append("</td>");
        }
        out.append("</tr>\n");
    }

    private static void appendFootnote(StringBuilder out, Footnote footnote) {
        String source = footnote.source().strip();
        if (source.endsWith(".")) {
            source = source.substring(0, source.length() - 1);
        }
        out.append("<p class=\"salary-table__source\">Source: ").append(Html.escape(source))
                .append(". Last reviewed <time datetime=\"").append(FigureFormat.isoDate(footnote.reviewed()))
                .append("\">").append(FigureFormat.humanDate(footnote.reviewed())).append("</time>. <a href=\"")
                .append(Html.escape(footnote.methodologyUrl())).append("\">").append(METHODOLOGY_LINK_TEXT)
                .append("</a></p>\n");
    }

    private static String classAttribute(Column column) {
        StringJoiner classes = new StringJoiner(" ", " class=\"", "\"");
        classes.setEmptyValue("");
        if (column.numeric()) {
            classes.add("salary-table__num");
        }
        if (column.modifier() != null) {
            classes.add("salary-table__col--" + column.modifier());
        }
        return classes.toString();
    }
}
