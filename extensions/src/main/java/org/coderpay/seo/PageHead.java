package org.coderpay.seo;

/**
 * What the layout's {@code <head>} writes for search engines and link previews, worked out in Java
 * ({@link PageHeads}) so the template only places values.
 *
 * @param documentTitle  the {@code <title>} text
 * @param canonical      the page's absolute address
 * @param image          its link-preview image's absolute address
 * @param feed           the Atom feed's address (with base path) and {@link #feedTitle} its title
 * @param structuredData the JSON-LD graph, already escaped for a script element ({@link JsonLd})
 */
public record PageHead(String documentTitle, String canonical, String image, String feed, String feedTitle,
        String structuredData) {
}
