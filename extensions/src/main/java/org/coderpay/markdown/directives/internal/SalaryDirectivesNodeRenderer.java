package org.coderpay.markdown.directives.internal;

import java.util.Set;

import org.coderpay.figures.FigureIds;
import org.coderpay.figures.RangeChartRenderer;
import org.coderpay.figures.SalaryTableRenderer;
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
 * Writes the directive nodes. One renderer is made per rendered document, so its {@link FigureIds}
 * keeps ids unique within the page: a table and a chart of one dataset get {@code fig-specialties}
 * and {@code fig-specialties-2}.
 */
public class SalaryDirectivesNodeRenderer implements NodeRenderer {
    private final FigureIds ids = new FigureIds();

    SalaryDirectivesNodeRenderer(DataHolder options) {
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
        html.line();
        html.raw(SalaryTableRenderer.render(node.table(), ids.next(node.datasetId())));
        html.line();
    }

    private void renderChart(SalaryChartBlock node, NodeRendererContext context, HtmlWriter html) {
        html.line();
        html.raw(RangeChartRenderer.render(node.chart(), ids.next(node.datasetId())));
        html.line();
    }

    private void renderPointChart(PointChartBlock node, NodeRendererContext context, HtmlWriter html) {
        html.line();
        html.raw(FigureTemplates.render(context.getDocument(), "figures/point-chart.ftlh",
                java.util.Map.of("chart", node.chart(), "id", ids.next(node.datasetId()))));
        html.line();
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
