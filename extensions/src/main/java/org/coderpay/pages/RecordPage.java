package org.coderpay.pages;

import java.util.List;

/**
 * What templates/record.ftlh places on a page generated from a dataset: the page's own prose
 * (sentences built from figures), its key figures, a table and chart already rendered to HTML by
 * org.coderpay.figures, and links onwards. Everything but {@code table} and {@code chart} is escaped.
 */
public record RecordPage(List<Link> breadcrumbs, List<String> summary, List<Figure> figures, List<Link> items,
        String table, String chart, List<Link> related) {

    /**
     * A labelled value in the page's key figures; the {@code headline} one (at most one a page) is what
     * the page's link-preview image shows.
     */
    public record Figure(String label, String value, boolean headline) {
        public Figure(String label, String value) {
            this(label, value, false);
        }
    }

    /** A link, with an optional figure shown after it; a null url marks the current page. */
    public record Link(String title, String url, String figure) {
        public Link(String title, String url) {
            this(title, url, null);
        }
    }
}
