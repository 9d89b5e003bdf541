package org.coderpay.markdown.directives;

import org.coderpay.figures.SalaryTable;

import com.vladsch.flexmark.util.sequence.BasedSequence;

/** A {@code salary-table} fenced block, resolved against its dataset while parsing. */
public class SalaryTableBlock extends FigureBlock<SalaryTable> {

    public SalaryTableBlock(BasedSequence chars, String datasetId, SalaryTable table) {
        super(chars, datasetId, table);
    }

    public SalaryTable table() {
        return figure();
    }

    @Override
    public String directive() {
        return SalaryDirectivesExtension.TABLE;
    }
}
