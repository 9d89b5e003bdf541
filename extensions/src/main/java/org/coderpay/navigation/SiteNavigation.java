package org.coderpay.navigation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The header navigation of one bake, collected from pages that set {@code nav=} in their header. */
public final class SiteNavigation {
    private final List<Entry> entries = new ArrayList<>();

    public record Entry(int order, String title, String url) {
    }

    /** One link as a template places it. */
    public record Link(String title, String url, boolean current) {
    }

    public synchronized void add(int order, String title, String url) {
        entries.add(new Entry(order, title, url));
    }

    /** Links in nav order (ties broken by title), marking the one for {@code currentUrl}. */
    public synchronized List<Link> links(String currentUrl) {
        return entries.stream()
                .sorted(Comparator.comparingInt(Entry::order).thenComparing(Entry::title))
                .map(e -> new Link(e.title(), e.url(), e.url().equals(currentUrl)))
                .toList();
    }
}
