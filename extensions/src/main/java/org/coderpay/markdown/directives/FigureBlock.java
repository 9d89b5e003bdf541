package org.coderpay.markdown.directives;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * A fenced block of ours, resolved against its dataset while parsing: it carries the figure's model
 * (which the node renderer hands to a template), not text of its own.
 *
 * @param <F> the figure's model
 */
public abstract class FigureBlock<F> extends Block {
    private final String datasetId;
    private final F figure;

    protected FigureBlock(BasedSequence chars, String datasetId, F figure) {
        super(chars);
        this.datasetId = datasetId;
        this.figure = figure;
    }

    public String datasetId() {
        return datasetId;
    }

    /** The directive as editors write it after the fence ({@code salary-table}, {@code salary-chart}). */
    public abstract String directive();

    protected F figure() {
        return figure;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
