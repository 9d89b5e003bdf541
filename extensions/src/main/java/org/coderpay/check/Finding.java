package org.coderpay.check;

import java.util.Comparator;
import java.util.List;

import org.coderpay.diagnostics.SourceFrame;

/**
 * One thing wrong with a published page: which page (path in the output folder), the source it was
 * baked from, the 1-based line and column in the page (0 when the whole page is meant), what is wrong
 * and how to fix it. {@code frame} holds the page's lines around the spot, when known.
 */
public record Finding(String page, String source, int line, int column, String message, String hint,
        String frame) {

    static final Comparator<Finding> READING_ORDER = Comparator.comparing(Finding::page)
            .thenComparingInt(Finding::line).thenComparingInt(Finding::column)
            .thenComparing(Finding::message);

    public Finding {
        hint = hint == null ? "" : hint;
        frame = frame == null ? "" : frame;
    }

    static Finding onPage(PublishedSite site, String page, String message, String hint) {
        return new Finding(page, site.sourceOf(page), 0, 0, message, hint, "");
    }

    static Finding at(PublishedSite site, String page, int line, int column, String message, String hint) {
        List<String> lines = site.lines(page);
        String frame = line > 0 && line <= lines.size() ? SourceFrame.render(lines, line, column, 1) : "";
        return new Finding(page, site.sourceOf(page), line, column, message, hint, frame);
    }

    /**
     * Like {@link #at}, and when the page's Markdown source contains {@code sourceText} (the address
     * of a link, say) the source is named with that line: {@code content/guide/pay.md:57}.
     */
    static Finding at(PublishedSite site, String page, int line, int column, String message, String hint,
            String sourceText) {
        Finding f = at(site, page, line, column, message, hint);
        int sourceLine = site.sourceLineContaining(page, sourceText);
        return sourceLine == 0 ? f
                : new Finding(page, f.source() + ":" + sourceLine, line, column, message, hint, f.frame());
    }

    /** {@code guide/pay/index.html:12:5 (from content/guide/pay.md)}. */
    public String location() {
        StringBuilder sb = new StringBuilder(page);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        if (!source.isEmpty()) {
            sb.append(" (from ").append(source).append(')');
        } else if (!page.startsWith("(")) {
            sb.append(" (source not recorded by the bake)");
        }
        return sb.toString();
    }

    String format() {
        StringBuilder sb = new StringBuilder();
        sb.append(location()).append(": ").append(message).append('\n');
        if (!frame.isEmpty()) {
            sb.append(frame.endsWith("\n") ? frame : frame + "\n");
        }
        if (!hint.isEmpty()) {
            sb.append("  fix: ").append(hint).append('\n');
        }
        return sb.toString();
    }
}
