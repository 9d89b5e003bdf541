package org.coderpay.figures;

import java.util.Map;
import java.util.Objects;

/**
 * Writes tables and charts through their templates: {@code templates/figures/salary-table.ftlh} gets
 * a {@link SalaryTableModel} as {@code table}, {@code templates/figures/range-chart.ftlh} a
 * {@link RangeChartModel} as {@code chart}. The one place the Markdown directives and generated pages
 * turn a figure into HTML, so both write the same markup.
 */
public final class FigureTemplates {
    public static final String TABLE_TEMPLATE = "figures/salary-table.ftlh";
    public static final String CHART_TEMPLATE = "figures/range-chart.ftlh";

    private final TemplateRenderer templates;

    public FigureTemplates(TemplateRenderer templates) {
        this.templates = Objects.requireNonNull(templates, "templates");
    }

    /**
     * The table as HTML.
     *
     * @param idPrefix a token unique on the page (see {@link FigureIds})
     * @throws TemplateRenderer.FailedException when the template fails (already reported)
     */
    public String renderTable(SalaryTable table, String idPrefix) {
        return templates.render(TABLE_TEMPLATE, Map.of("table", SalaryTableModel.of(table, idPrefix)));
    }

    /**
     * The chart as HTML with inline SVG, both drawings.
     *
     * @param idPrefix a token unique on the page (see {@link FigureIds})
     * @throws TemplateRenderer.FailedException when the template fails (already reported)
     */
    public String renderChart(RangeChart chart, String idPrefix) {
        return templates.render(CHART_TEMPLATE, Map.of("chart", RangeChartLayout.of(chart, idPrefix)));
    }
}
