package org.coderpay.seo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.coderpay.bake.BakeSession;

/** Every page rendered in one bake (a {@link BakeSession} component), for the sitemap, feed and checks. */
public final class RenderedPages {
    private final List<RenderedPage> pages = new ArrayList<>();

    public static RenderedPages of(BakeSession session) {
        return session.component(RenderedPages.class, s -> new RenderedPages());
    }

    public synchronized void add(RenderedPage page) {
        pages.removeIf(p -> p.outputPath().equals(page.outputPath())); // a rebake of one page replaces it
        pages.add(page);
    }

    /** In address order, so every file written from them is the same whatever order pages rendered in. */
    public synchronized List<RenderedPage> all() {
        List<RenderedPage> sorted = new ArrayList<>(pages);
        sorted.sort(Comparator.comparing(RenderedPage::url).thenComparing(RenderedPage::outputPath));
        return sorted;
    }
}
