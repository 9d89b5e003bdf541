package org.coderpay.navigation;

import java.util.Map;
import java.util.TreeMap;

/** The published guide pages of one bake (content/guide/*.md), by slug, as the Markdown engine reads them. */
public final class GuidePages {
    /** One guide page: its slug (file name without .md), title, address and source file. */
    public record Page(String slug, String title, String url, String source) {
    }

    private final Map<String, Page> pages = new TreeMap<>();

    /**
     * The slug of a guide page's output path, or null: guide pages are those under the folder that
     * jbake.properties gives clean addresses ({@code uri.noExtension.prefix=/guide/}), so
     * {@code guide/pay/index.html} gives {@code pay}.
     */
    public static String slugFor(org.jbake.app.configuration.JBakeConfiguration config, String outputPath) {
        String prefix = config.getPrefixForUriWithoutExtension();
        if (prefix == null || prefix.isBlank() || prefix.strip().equals("/")) {
            return null;
        }
        String folder = prefix.strip().replaceFirst("^/", "").replaceFirst("/?$", "/");
        return outputPath.startsWith(folder)
                ? outputPath.substring(folder.length()).replaceFirst("/index\\.html$", "") : null;
    }

    public synchronized void add(Page page) {
        pages.put(page.slug(), page);
    }

    public synchronized Map<String, Page> bySlug() {
        return Map.copyOf(pages);
    }
}
