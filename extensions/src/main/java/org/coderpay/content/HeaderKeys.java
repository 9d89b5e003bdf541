package org.coderpay.content;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The header keys an editor may write, each with what it is for. Kept in one place so that the
 * validator, its "did you mean" hints and the editor's guide agree.
 */
public final class HeaderKeys {
    public static final String TITLE = "title";
    public static final String DESCRIPTION = "description";
    public static final String TYPE = "type";
    public static final String STATUS = "status";
    public static final String DATE = "date";
    public static final String NAV = "nav";
    public static final String ALLOW_FIGURES = "allow-figures";
    public static final String NAV_LABEL = "nav-label";

    /** A page of type records: the dataset that gets a page per row, and how those pages are made. */
    public static final String RECORDS_DATASET = "records.dataset";
    public static final String RECORDS_PERMALINK = "records.permalink";
    public static final String RECORDS_TITLE = "records.title";
    public static final String RECORDS_DESCRIPTION = "records.description";
    public static final String RECORDS_TEMPLATE = "records.template";
    public static final String RECORDS_PARENT = "records.parent";
    public static final String RECORDS_RELATED = "records.related";
    public static final String RECORDS_COMPARE = "records.compare";
    public static final String RECORDS_COLUMNS = "records.columns";
    public static final String RECORDS_SORT = "records.sort";

    /** A page of type estimator: {@code estimator.<question>=dataset | wording | "none" choice}, in header order. */
    public static final String ESTIMATOR_PREFIX = "estimator.";

    public static final String DEFAULT_TYPE = "article";
    public static final String STATUS_PUBLISHED = "published";
    public static final String STATUS_DRAFT = "draft";
    public static final List<String> STATUSES = List.of(STATUS_PUBLISHED, STATUS_DRAFT);

    /** Key to a one-line description used in error hints. */
    public static final Map<String, String> ALLOWED = new TreeMap<>(Map.ofEntries(Map.entry(
            TITLE, "the page title (required)"),
            Map.entry(DESCRIPTION, "one or two sentences for search results and link previews (required)"),
            Map.entry(TYPE, "which layout the page uses (default: article)"),
            Map.entry(STATUS, "published (default) or draft"),
            Map.entry(DATE, "when the page was last reviewed, as YYYY-MM-DD"),
            Map.entry(NAV, "position in the header navigation, a whole number from 1"),
            Map.entry(NAV_LABEL, "a short name for the header navigation (default: the title)"),
            Map.entry(ALLOW_FIGURES, "exact text that looks like a figure but is not one, entries separated by |"),
            Map.entry(RECORDS_DATASET, "type=records: the dataset that gets a page per row"),
            Map.entry(RECORDS_PERMALINK, "type=records: the address of a row's page, with ${row.id} in it"),
            Map.entry(RECORDS_TITLE, "type=records: the title of a row's page, with values such as ${row.label}"),
            Map.entry(RECORDS_DESCRIPTION, "type=records: the description of a row's page"),
            Map.entry(RECORDS_TEMPLATE, "type=records: the layout of a row's page (default: record.ftlh)"),
            Map.entry(RECORDS_PARENT, "type=records: the guide page above the list in breadcrumbs"),
            Map.entry(RECORDS_RELATED, "type=records: addresses of pages every row's page links to, separated by |"),
            Map.entry(RECORDS_COMPARE, "type=records: a fact each row's pay is compared with, as dataset.fact"),
            Map.entry(RECORDS_COLUMNS, "type=records: the table's columns, as in a salary-table"),
            Map.entry(RECORDS_SORT, "type=records: the table's order, as in a salary-table")));

    /** Families of keys whose second part the page chooses ({@code estimator.location}), with what they are for. */
    public static final Map<String, String> FAMILIES = Map.of(
            ESTIMATOR_PREFIX, "type=estimator: estimator.<question>=dataset | question | choice for none (optional)");

    /** Whether an editor may write this key: a fixed key, or a family prefix followed by an id. */
    public static boolean isAllowed(String key) {
        return ALLOWED.containsKey(key) || FAMILIES.keySet().stream()
                .anyMatch(prefix -> key.startsWith(prefix) && key.substring(prefix.length()).matches("[a-z0-9]+(-[a-z0-9]+)*"));
    }

    public static final List<String> REQUIRED = List.of(TITLE, DESCRIPTION);

    private HeaderKeys() {
    }
}
