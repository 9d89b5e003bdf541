package org.coderpay.search;

import java.util.List;

/**
 * One page as the search index sees it.
 *
 * @param url         the page's address as readers follow it
 * @param title       its {@code h1}
 * @param description its meta description
 * @param headings    its {@code h2} and {@code h3} texts
 * @param text        all of its text, indexed in full
 * @param snippet     the text results quote from, kept short ({@link SearchIndexWriter#MAX_TEXT})
 * @param names       what readers call the page's subject, from {@link PageSubjects}; may be empty
 * @param figure      the page's headline figure with its label, or null
 */
public record SearchDocument(String url, String title, String description, List<String> headings, String text,
        String snippet, List<String> names, String figure) {
    public SearchDocument {
        headings = List.copyOf(headings);
        names = List.copyOf(names);
    }
}
