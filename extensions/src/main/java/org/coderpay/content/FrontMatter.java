package org.coderpay.content;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * A page's validated header.
 *
 * @param values         every header value, keyed by header key, as written, in the order written
 * @param lines          the 1-based line of each key, for messages about its value
 * @param separatorLine  1-based line of the {@code ~~~~~~} line; the body starts on the next line
 */
public record FrontMatter(Map<String, String> values, Map<String, Integer> lines, int separatorLine) {

    public FrontMatter(Map<String, String> values, int separatorLine) {
        this(values, Map.of(), separatorLine);
    }

    public String title() {
        return values.get(HeaderKeys.TITLE);
    }

    public String type() {
        return values.getOrDefault(HeaderKeys.TYPE, HeaderKeys.DEFAULT_TYPE);
    }

    public boolean isDraft() {
        return HeaderKeys.STATUS_DRAFT.equals(values.get(HeaderKeys.STATUS));
    }

    /** The name in the header navigation: the short label if given, else the title. */
    public String navLabel() {
        String label = values.get(HeaderKeys.NAV_LABEL);
        return label == null || label.isBlank() ? title() : label;
    }

    public Optional<Integer> nav() {
        return Optional.ofNullable(values.get(HeaderKeys.NAV)).map(Integer::valueOf);
    }

    public Optional<LocalDate> date() {
        return Optional.ofNullable(values.get(HeaderKeys.DATE)).map(LocalDate::parse);
    }
}
