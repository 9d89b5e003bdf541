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
    public static final String PUBLISHED = "published";

    public static final String DEFAULT_TYPE = "article";
    public static final String STATUS_PUBLISHED = "published";
    public static final String STATUS_DRAFT = "draft";
    public static final List<String> STATUSES = List.of(STATUS_PUBLISHED, STATUS_DRAFT);

    /** Key to a one-line description used in error hints. */
    public static final Map<String, String> ALLOWED = new TreeMap<>(Map.of(
            TITLE, "the page title (required)",
            DESCRIPTION, "one or two sentences for search results and link previews (required)",
            TYPE, "which layout the page uses (default: article)",
            STATUS, "published (default) or draft",
            DATE, "when the page was last reviewed, as YYYY-MM-DD",
            PUBLISHED, "when the page was first published, as YYYY-MM-DD (default: its date)",
            NAV, "position in the header navigation, a whole number from 1",
            NAV_LABEL, "a short name for the header navigation (default: the title)",
            ALLOW_FIGURES, "exact text that looks like a figure but is not one, entries separated by |"));

    public static final List<String> REQUIRED = List.of(TITLE, DESCRIPTION);

    private HeaderKeys() {
    }
}
