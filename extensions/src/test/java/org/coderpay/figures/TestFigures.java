package org.coderpay.figures;

import java.nio.file.Files;
import java.nio.file.Path;

import org.coderpay.jbake.HtmlTemplateEngine;

/** The site's own figure templates ({@code templates/figures/}), rendered as in a bake, for tests. */
final class TestFigures {
    static final TemplateRenderer TEMPLATES = HtmlTemplateEngine.standaloneFragments(templatesFolder());
    static final FigureTemplates FIGURES = new FigureTemplates(TEMPLATES);

    private TestFigures() {
    }

    static String table(SalaryTable table, String idPrefix) {
        return FIGURES.renderTable(table, idPrefix);
    }

    static String chart(RangeChart chart, String idPrefix) {
        return FIGURES.renderChart(chart, idPrefix);
    }

    /** The phone drawing alone, as the chart template writes it. */
    static String narrowSvg(RangeChart chart, String idPrefix) {
        return svg(chart, idPrefix, RangeChartLayout.NARROW);
    }

    /** One drawing alone, its ids under {@code idPrefix}, as the chart template writes it. */
    static String svg(RangeChart chart, String idPrefix, RangeChartLayout.Frame frame) {
        RangeChartModel model = new RangeChartModel(chart.title(), chart.description(),
                java.util.List.of(RangeChartLayout.drawing(chart, idPrefix, frame)));
        String html = TEMPLATES.render(FigureTemplates.CHART_TEMPLATE, java.util.Map.of("chart", model));
        int start = html.indexOf("<svg ");
        int end = html.indexOf("</svg>\n", start) + "</svg>\n".length();
        return html.substring(start, end);
    }

    /** {@code templates/} of this repository, found from the working directory (the module or the root). */
    static Path templatesFolder() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("templates/figures"))) {
                return dir.resolve("templates");
            }
        }
        throw new IllegalStateException("templates/figures not found above " + Path.of("").toAbsolutePath());
    }
}
