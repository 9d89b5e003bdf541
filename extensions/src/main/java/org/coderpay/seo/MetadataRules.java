package org.coderpay.seo;

/**
 * The limits search results put on a page's title and description: longer ones are cut off with an
 * ellipsis, shorter descriptions get replaced by text the search engine picks from the page.
 */
public final class MetadataRules {
    public static final int TITLE_MAX = 60;
    public static final int DESCRIPTION_MIN = 70;
    public static final int DESCRIPTION_MAX = 160;
    private static final String SEPARATOR = " | ";

    private MetadataRules() {
    }

    /**
     * The {@code <title>}: the site's name on the home page; elsewhere "page title | site name" when
     * that fits in {@link #TITLE_MAX} characters, else the page title alone (the page's own words
     * matter more in a result than the site's name, which the result shows beside it anyway).
     */
    public static String documentTitle(String pageTitle, String siteTitle, boolean home) {
        if (home) {
            return siteTitle;
        }
        String branded = pageTitle + SEPARATOR + siteTitle;
        return branded.codePointCount(0, branded.length()) <= TITLE_MAX ? branded : pageTitle;
    }

    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /** What is wrong with a title's length, or null. */
    public static String titleProblem(String title) {
        int n = length(title);
        return n > TITLE_MAX ? "The title is " + n + " characters long; search results cut titles after "
                + TITLE_MAX + "." : null;
    }

    /** What is wrong with a description's length, or null. */
    public static String descriptionProblem(String description) {
        int n = length(description);
        if (n < DESCRIPTION_MIN) {
            return "The description is " + n + " characters long; under " + DESCRIPTION_MIN
                    + ", search engines replace it with text of their own choosing.";
        }
        return n > DESCRIPTION_MAX ? "The description is " + n + " characters long; search results cut it after "
                + DESCRIPTION_MAX + "." : null;
    }

    public static final String TITLE_HINT = "Shorten the title to at most " + TITLE_MAX
            + " characters: say what the page answers, in the reader's words.";
    public static final String DESCRIPTION_HINT = "Write one or two sentences of " + DESCRIPTION_MIN + " to "
            + DESCRIPTION_MAX + " characters that say what the reader learns on the page.";
}
