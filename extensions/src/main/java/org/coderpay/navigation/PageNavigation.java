package org.coderpay.navigation;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

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

    public static PageNavigation forArticle(String title, String slug, String bodyHtml, String homeUrl,
            GuideSequence sequence) {
        List<Link> crumbs = List.of(new Link("Home", homeUrl), new Link(title, null));
        return new PageNavigation(crumbs, contents(bodyHtml),
                sequence.previous(slug).map(p -> new Link(p.title(), p.url())).orElse(null),
                sequence.next(slug).map(p -> new Link(p.title(), p.url())).orElse(null));
    }

    /** The page's second-level headings, which the Markdown renderer gives ids. */
    static List<Link> contents(String bodyHtml) {
        List<Link> links = new ArrayList<>();
        for (Element h2 : Jsoup.parseBodyFragment(bodyHtml).select("h2[id]")) {
            links.add(new Link(h2.text(), "#" + h2.id()));
        }
        return links.size() >= CONTENTS_FROM ? links : List.of();
    }
}
