package org.coderpay.markdown.directives;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** An inline {@code {{ dataset.id }}} or {@code {{ dataset.id.field }}}, holding the formatted text. */
public class SalaryFigure extends Node {
    private final String text;

    public SalaryFigure(BasedSequence chars, String text) {
        super(chars);
        this.text = text;
    }

    /** The figure as written, e.g. {@code $55,000–$75,000}; plain text, escaped on output. */
    public String text() {
        return text;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
