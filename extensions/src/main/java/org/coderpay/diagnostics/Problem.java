package org.coderpay.diagnostics;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;

/**
 * One thing wrong with the site's sources, located as precisely as we can: the file, and where known
 * the 1-based line and column. {@code hint} tells the editor how to fix it.
 */
public record Problem(Path file, int line, int column, String message, String hint) {

    /** Sorts problems the way an editor reads them: by file, then position. */
    public static final Comparator<Problem> READING_ORDER = Comparator
            .comparing((Problem p) -> p.file == null ? "" : p.file.toString())
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column)
            .thenComparing(Problem::message);

    public Problem {
        Objects.requireNonNull(message, "message");
        hint = hint == null ? "" : hint;
    }

    public static Problem at(Path file, int line, int column, String message, String hint) {
        return new Problem(file, line, column, message, hint);
    }

    /** A problem with a whole file rather than a spot in it. */
    public static Problem inFile(Path file, String message, String hint) {
        return new Problem(file, 0, 0, message, hint);
    }

    /** {@code content/a.md:3:7}, the form editors and IDEs turn into a link. */
    public String location() {
        StringBuilder sb = new StringBuilder(file == null ? "(site)" : file.toString().replace('\\', '/'));
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        return sb.toString();
    }
}
