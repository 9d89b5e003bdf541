package org.coderpay.navigation;

import java.util.Map;
import java.util.TreeMap;

/** The published guide pages of one bake (content/guide/*.md), by slug, as the Markdown engine reads them. */
public final class GuidePages {
    /** One guide page: its slug (file name without .md), title, address and source file. */
    public record Page(String slug, String title, String url, String source) {
    }

    private static final String PREFIX = "guide/";

    private final Map<String, Page> pages = new TreeMap<>();

    /** The slug of a guide page's output path ({@code guide/pay/index.html} gives {@code pay}), or null. */
    public static String slugFor(String outputPath) {
        return outputPath.startsWith(PREFIX)
                ? outputPath.substring(PREFIX.length()).replaceFirst("/index\\.html$", "") : null;
    }

    public synchronized void add(Page page) {
        pages.put(page.slug(), page);
    }

    public synchronized Map<String, Page> bySlug() {
        return Map.copyOf(pages);
    }
}
