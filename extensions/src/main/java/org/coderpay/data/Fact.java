package org.coderpay.data;

/**
 * A single figure of a dataset that is not a row: the national median, a premium, a growth rate.
 *
 * @param source the fact's own source (it may differ from its dataset's, as the BLS median does)
 */
public record Fact(String id, String label, Range figure, Source source, int line) {

    /** The figure as written in prose and tables. */
    public String text() {
        return figure.text();
    }
}
