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
        if (sourceLine > 0) {
            return new Finding(page, f.source() + ":" + sourceLine, line, column, message, hint, f.frame());
        }
        if (site.hasReadableMarkdown(page)) {
            return new Finding(page, f.source(), line, column, message, hint + " The address is not written in "
                    + f.source() + ": a layout or a directive writes it, so either the page it points at is still"
                    + " to be written or that code has the wrong address.", f.frame());
        }
        return f;
    }

    /**
     * One finding per page and message: the same broken address written eleven times by a directive is
     * one thing to fix, so it is reported once, at its first place, listing the other lines.
     */
    static List<Finding> mergeRepeats(List<Finding> findings) {
        java.util.Map<String, List<Finding>> groups = new java.util.LinkedHashMap<>();
        for (Finding f : findings) {
            groups.computeIfAbsent(f.page() + "\n" + f.message(), k -> new java.util.ArrayList<>()).add(f);
        }
        List<Finding> merged = new java.util.ArrayList<>();
        for (List<Finding> group : groups.values()) {
            List<Finding> sorted = new java.util.ArrayList<>(group);
            sorted.sort(READING_ORDER);
            Finding first = sorted.get(0);
            if (sorted.size() == 1) {
                merged.add(first);
                continue;
            }
            String lines = String.join(", ", sorted.subList(1, sorted.size()).stream()
                    .map(f -> String.valueOf(f.line())).distinct().toList());
            merged.add(new Finding(first.page(), first.source(), first.line(), first.column(), first.message()
                    + " The same on line" + (sorted.size() > 2 ? "s " : " ") + lines + " (" + sorted.size() + " times on this page).",
                    first.hint(), first.frame()));
        }
        return merged;
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
