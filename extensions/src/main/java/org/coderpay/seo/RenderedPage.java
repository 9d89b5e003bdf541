package org.coderpay.seo;

/**
 * A page as the sitemap, the feed and the metadata checks see it, recorded when its layout renders.
 *
 * @param outputPath  where it is written, relative to the site root ({@code guide/pay/index.html})
 * @param url         its address with the base path ({@code /guide/pay/})
 * @param documentTitle the {@code <title>} text
 * @param reviewed    the last-reviewed day as YYYY-MM-DD, or null
 * @param published   the first-published day as YYYY-MM-DD, or null
 * @param inFeed      whether guide-update readers want it (guide articles)
 * @param source      the file it was made from, as editors see it
 */
public record RenderedPage(String outputPath, String url, String title, String documentTitle, String description,
        boolean indexable, String reviewed, String published, boolean inFeed, String source) {
}
