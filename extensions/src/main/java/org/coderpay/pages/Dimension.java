package org.coderpay.pages;

/**
 * A dataset that gets a page per row, and the words its pages use. Adding a row to the dataset adds
 * a page; adding a dimension here is a developer's change.
 *
 * @param dataset    dataset id (file name in data/)
 * @param slug       folder under /guide/ for its pages
 * @param plural     "states", for sentences and the list page
 * @param listTitle  title of the page that lists every record
 * @param guideUrl   the guide page that discusses this dimension
 * @param guideTitle that page's title
 */
record Dimension(String dataset, String slug, String plural, String listTitle, String guideUrl, String guideTitle) {

    /** The page title for one record, e.g. "Medical coder pay in California". */
    String titleFor(String label, boolean remote) {
        return switch (dataset) {
            case "states" -> remote ? "Remote medical coder pay" : "Medical coder pay in " + label;
            case "specialties" -> label + " coder pay";
            case "settings" -> "Medical coder pay in " + lowerFirst(label);
            case "credentials" -> "The " + label + " credential and coder pay";
            default -> label;
        };
    }

    /** How a sentence names the record's coders, e.g. "Medical coders in California". */
    String whoFor(String label, boolean remote) {
        return switch (dataset) {
            case "states" -> remote ? "Remote medical coders" : "Medical coders in " + label;
            case "specialties" -> label + " coders";
            case "settings" -> "Medical coders in " + lowerFirst(label);
            default -> "Coders with the " + label;
        };
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
