package org.coderpay.data;

/**
 * A single figure of a dataset that is not a row: a premium, a growth rate, a count of jobs; or, for
 * an official classification such as a typical entry-level education, a value in words.
 *
 * @param figure the figure, or null when the fact's value is {@link #words}
 * @param source the fact's own source (it may differ from its dataset's)
 * @param words  the value in words, exactly as the source publishes it, or null for a figure
 */
public record Fact(String id, String label, Range figure, Source source, int line, String words) {

    public Fact(String id, String label, Range figure, Source source, int line) {
        this(id, label, figure, source, line, null);
    }

    /** The figure (or the words) as written in prose and tables. */
    public String text() {
        return figure == null ? words : figure.text();
    }
}
