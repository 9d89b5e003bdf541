package org.coderpay.markdown.directives;

import org.coderpay.figures.PointChart;

import com.vladsch.flexmark.util.sequence.BasedSequence;

/** A {@code salary-chart} of official statistics (percentiles, a time series), drawn by a template. */
public class PointChartBlock extends FigureBlock<PointChart> {

    public PointChartBlock(BasedSequence chars, String datasetId, PointChart chart) {
        super(chars, datasetId, chart);
    }

    public PointChart chart() {
        return figure();
    }

    @Override
    public String directive() {
        return SalaryDirectivesExtension.CHART;
    }
}
