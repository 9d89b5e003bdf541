package org.coderpay.markdown.directives;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.TextContainer;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.builder.ISequenceBuilder;

/** An inline {@code {{ dataset.id }}} or {@code {{ dataset.id.field }}}, holding the formatted text. */
public class SalaryFigure extends Node implements TextContainer {
    private final String text;

    public SalaryFigure(BasedSequence chars, String text) {
        super(chars);
        this.text = text;
    }

    /** The figure as written, e.g. {@code $55,000–$75,000}; plain text, escaped on output. */
    public String text() {
        return text;
    }

    /** Heading ids and other text collectors see the figure, not the {{ }} source. */
    @Override
    public boolean collectText(ISequenceBuilder<? extends ISequenceBuilder<?, BasedSequence>, BasedSequence> out,
            int flags, NodeVisitor nodeVisitor) {
        out.append(text);
        return false;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
