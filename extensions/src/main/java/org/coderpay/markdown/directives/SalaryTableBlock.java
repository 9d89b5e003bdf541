package org.coderpay.markdown.directives;

import org.coderpay.figures.SalaryTable;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** A {@code salary-table} fenced block, resolved against its dataset while parsing. */
public class SalaryTableBlock extends Block {
    private final SalaryTable table;
    private final String datasetId;

    public SalaryTableBlock(BasedSequence chars, String datasetId, SalaryTable table) {
        super(chars);
        this.datasetId = datasetId;
        this.table = table;
    }

    public SalaryTable table() {
        return table;
    }

    public String datasetId() {
        return datasetId;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
