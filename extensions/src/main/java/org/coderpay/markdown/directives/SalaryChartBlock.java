package org.coderpay.markdown.directives;

import org.coderpay.figures.RangeChart;

import com.vladsch.flexmark.util.sequence.BasedSequence;

/** A {@code salary-chart} fenced block, resolved against its dataset while parsing. */
public class SalaryChartBlock extends FigureBlock<RangeChart> {

    public SalaryChartBlock(BasedSequence chars, String datasetId, RangeChart chart) {
        super(chars, datasetId, chart);
    }

    public RangeChart chart() {
        return figure();
    }

    @Override
    public String directive() {
        return SalaryDirectivesExtension.CHART;
    }
}
