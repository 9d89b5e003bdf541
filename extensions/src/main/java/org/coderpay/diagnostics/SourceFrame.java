package org.coderpay.diagnostics;

import java.util.List;

/**
 * Prints the lines around a problem with the offending line marked and a caret under the column,
 * the way Eleventy and Babel show template errors:
 *
 * <pre>
 *   2 | date=2026-01-01
 * > 3 | titel=What coders do
 *     | ^^^^^
 *   4 | ~~~~~~
 * </pre>
 */
public final class SourceFrame {
    private static final int CONTEXT = 2;

    private SourceFrame() {
    }

    /**
     * @param lines  the file's lines
     * @param line   1-based line to mark
     * @param column 1-based column of the caret, or 0 for none
     * @param width  how many carets to draw (at least one)
     */
    public static String render(List<String> lines, int line, int column, int width) {
        if (line < 1 || line > lines.size()) {
            return "";
        }
        int first = Math.max(1, line - CONTEXT);
        int last = Math.min(lines.size(), line + CONTEXT);
        int gutter = String.valueOf(last).length();
        StringBuilder out = new StringBuilder();
        for (int n = first; n <= last; n++) {
            String text = visible(lines.get(n - 1));
            out.append(n == line ? "> " : "  ")
                    .append(pad(String.valueOf(n), gutter))
                    .append(" | ")
                    .append(text)
                    .append('\n');
            if (n == line && column > 0) {
                out.append("  ").append(" ".repeat(gutter)).append(" | ")
                        .append(" ".repeat(Math.max(0, column - 1)))
                        .append("^".repeat(Math.max(1, width)))
                        .append('\n');
            }
        }
        return out.toString();
    }

    /** Tabs would misplace the caret; control characters would garble a terminal. */
    private static String visible(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp == '\t') {
                sb.append(' ');
            } else if (Character.isISOControl(cp)) {
                sb.append('\uFFFD');
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }

    private static String pad(String s, int width) {
        return " ".repeat(Math.max(0, width - s.length())) + s;
    }
}
