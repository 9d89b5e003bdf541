package org.coderpay.bake;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the steps after rendering (link-preview images) need to know about each page, recorded while the
 * page renders and never read back from its HTML: its title, whether readers can find and share it, and
 * the headline figure its layout declares. Renaming a class in a template cannot break them.
 */
public final class PageFacts {
    /** The figure a page leads with, as its layout labels it ("Annual pay", "$55,000–$75,000"). */
    public record Headline(String label, String value) {
    }

    /** One rendered page; {@code headline} is null when its layout declares none. */
    public record Page(String outputPath, String title, boolean indexable, Headline headline) {
    }

    private final Map<String, Page> pages = new TreeMap<>();

    public static PageFacts of(BakeSession session) {
        return session.component(PageFacts.class, s -> new PageFacts());
    }

    /** Called as a page starts to render. */
    public synchronized void rendering(String outputPath, String title, boolean indexable) {
        pages.put(outputPath, new Page(outputPath, title, indexable, null));
    }

    /** What a layout calls, through {@link #declarations}, to name the page's headline figure. */
    synchronized Headline headline(String outputPath, String label, String value) {
        Headline headline = new Headline(label, value);
        pages.computeIfPresent(outputPath, (k, p) -> new Page(p.outputPath(), p.title(), p.indexable(), headline));
        return headline;
    }

    /** The pages readers can find and share, in path order. */
    public synchronized List<Page> indexable() {
        return pages.values().stream().filter(Page::indexable).toList();
    }

    /**
     * What a layout may declare about the page it renders, as the template sees it:
     * {@code <#assign headline = pageFacts.headline("Annual pay", row.pay.text)>} records the headline and
     * returns it for the markup to show, so the words are written once, in the template.
     */
    public Declarations declarations(String outputPath) {
        return new Declarations(this, outputPath);
    }

    public record Declarations(PageFacts facts, String outputPath) {
        public Headline headline(String label, String value) {
            return facts.headline(outputPath, label, value);
        }
    }
}
