package org.coderpay.markdown.directives.internal;

import java.util.Set;

import org.coderpay.figures.FigureIds;
import org.coderpay.figures.FigureTemplates;
import org.coderpay.figures.TemplateRenderer;
import org.coderpay.markdown.directives.PointChartBlock;
import org.coderpay.markdown.directives.SalaryChartBlock;
import org.coderpay.markdown.directives.SalaryFigure;
import org.coderpay.markdown.directives.SalaryTableBlock;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;

/**
 * Writes the directive nodes by handing their models to the figure templates
 * ({@code templates/figures/}). One renderer is made per rendered document, so its {@link FigureIds}
 * keeps ids unique within the page: a table and a chart of one dataset get {@code fig-specialties}
 * and {@code fig-specialties-2}. A template that fails has already been reported as a problem of the
 * bake at its file:line:column; the figure is then left out and the bake stops.
 */
public class SalaryDirectivesNodeRenderer implements NodeRenderer {
    private final FigureIds ids = new FigureIds();
    private final DataHolder options;
    private FigureTemplates figures;

    SalaryDirectivesNodeRenderer(DataHolder options) {
        this.options = options;
    }

    private FigureTemplates figures() {
        if (figures == null) {
            figures = new FigureTemplates(Directives.templates(options));
        }
        return figures;
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(SalaryTableBlock.class, this::renderTable),
                new NodeRenderingHandler<>(SalaryChartBlock.class, this::renderChart),
                new NodeRenderingHandler<>(SalaryFigure.class, this::renderFigure),
                new NodeRenderingHandler<>(PointChartBlock.class, this::renderPointChart));
    }

    private void renderTable(SalaryTableBlock node, NodeRendererContext context, HtmlWriter html) {
        String prefix = ids.next(node.datasetId());
        try {
            html.line();
            html.raw(figures().renderTable(node.table(), prefix));
            html.line();
        } catch (TemplateRenderer.FailedException reported) {
            // Reported where the template failed; the bake fails on it.
        }
    }

    private void renderChart(SalaryChartBlock node, NodeRendererContext context, HtmlWriter html) {
        String prefix = ids.next(node.datasetId());
        try {
            html.line();
            html.raw(figures().renderChart(node.chart(), prefix));
            html.line();
        } catch (TemplateRenderer.FailedException reported) {
            // Reported where the template failed; the bake fails on it.
        }
    }

    private void renderPointChart(PointChartBlock node, NodeRendererContext context, HtmlWriter html) {
        String id = ids.next(node.datasetId());
        try {
            html.line();
            html.raw(Directives.templates(options).render("figures/point-chart.ftlh",
                    java.util.Map.of("chart", node.chart(), "id", id)));
            html.line();
        } catch (TemplateRenderer.FailedException reported) {
            // Reported where the template failed; the bake fails on it.
        }
    }

    private void renderFigure(SalaryFigure node, NodeRendererContext context, HtmlWriter html) {
        html.text(node.text());
    }

    public static class Factory implements NodeRendererFactory {
        @Override
        public NodeRenderer apply(DataHolder options) {
            return new SalaryDirectivesNodeRenderer(options);
        }
    }
}
