package org.coderpay.markdown.directives;

import org.coderpay.figures.PointChart;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** A {@code salary-chart} of official statistics (percentiles, a time series), drawn by a template. */
public class PointChartBlock extends Block {
    private final PointChart chart;
    private final String datasetId;

    public PointChartBlock(BasedSequence chars, String datasetId, PointChart chart) {
        super(chars);
        this.datasetId = datasetId;
        this.chart = chart;
    }

    public PointChart chart() {
        return chart;
    }

    public String datasetId() {
        return datasetId;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
