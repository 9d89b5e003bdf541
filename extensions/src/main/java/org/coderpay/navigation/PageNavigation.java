package org.coderpay.navigation;

import java.util.List;

/**
 * The way around a guide page: breadcrumbs, a table of contents of its sections (on long pages), and
 * its neighbours in the guide sequence. Built in Java; article.ftlh only places it.
 */
public record PageNavigation(List<Link> breadcrumbs, List<Link> contents, Link previous, Link next) {
    /** A table of contents appears from this many sections on. */
    static final int CONTENTS_FROM = 3;

    /** A link; {@code url} null marks the current page. */
    public record Link(String title, String url) {
    }

    /** @param sections the page's second-level headings, linked by their ids ({@code #pay-by-state}) */
    public static PageNavigation forArticle(String title, String slug, List<Link> sections, Link home,
            GuideSequence sequence) {
        List<Link> crumbs = List.of(home, new Link(title, null));
        return new PageNavigation(crumbs, sections.size() >= CONTENTS_FROM ? List.copyOf(sections) : List.of(),
                sequence.previous(slug).map(p -> new Link(p.title(), p.url())).orElse(null),
                sequence.next(slug).map(p -> new Link(p.title(), p.url())).orElse(null));
    }
}
