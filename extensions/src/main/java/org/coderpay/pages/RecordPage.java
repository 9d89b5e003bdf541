package org.coderpay.pages;

import java.util.List;

import org.coderpay.data.Dataset;
import org.coderpay.data.Fact;
import org.coderpay.data.Row;

/**
 * What a layout of a generated page places: for a row's page, the row itself (its figures already
 * formatted, its text fields such as {@code about} in {@code row.text}), how it compares and ranks, as
 * values the template words; for a list page, the links to every row's page. The table and chart come
 * already rendered to HTML by org.coderpay.figures; everything else is escaped by the layout.
 *
 * @param row     the row of this page, or null on a list page
 * @param compare how the row's pay stands against the fact named by records.compare, or null
 * @param rank    the row's place among the dataset's rows by the top of their ranges, or null without a figure
 * @param items   a list page's links to every row's page (empty on a row's page)
 * @param others  a row's page: the other rows' pages (empty on a list page)
 * @param related the pages named by records.related
 */
public record RecordPage(List<Link> breadcrumbs, Dataset dataset, Row row, Comparison compare, Rank rank,
        List<Link> items, List<Link> others, String table, String chart, List<Link> related) {

    /** A link, with an optional figure shown after it; a null url marks the current page. */
    public record Link(String title, String url, String figure) {
        public Link(String title, String url) {
            this(title, url, null);
        }
    }

    /**
     * The row's pay against a fact: {@code position} is {@code above} (the whole range above it),
     * {@code below} or {@code within}, and {@code difference} the gap between the fact and the nearer end
     * of the range, formatted (null when within). Both are null when the fact is not a dollar figure; the
     * layout then shows the fact beside the row's figures.
     */
    public record Comparison(Fact fact, String position, String difference) {
    }

    /**
     * The row's place by the top of its range: {@code position} 1 is the highest; rows with the same top
     * share a place, and {@code tiedWith} names the others at that place.
     */
    public record Rank(int position, String ordinal, int of, List<String> tiedWith) {
    }
}
