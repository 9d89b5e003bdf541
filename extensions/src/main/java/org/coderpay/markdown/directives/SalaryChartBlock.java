package org.coderpay.markdown.directives;

import org.coderpay.figures.RangeChart;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** A {@code salary-chart} fenced block, resolved against its dataset while parsing. */
public class SalaryChartBlock extends Block {
    private final RangeChart chart;
    private final String datasetId;

    public SalaryChartBlock(BasedSequence chars, String datasetId, RangeChart chart) {
        super(chars);
        this.datasetId = datasetId;
        this.chart = chart;
    }

    public RangeChart chart() {
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
