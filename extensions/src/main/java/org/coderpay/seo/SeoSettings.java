package org.coderpay.seo;

import java.util.Objects;

import org.jbake.app.configuration.JBakeConfiguration;

/**
 * What the search-engine files and structured data say about the site that is not in the pages
 * themselves, from jbake.properties ({@code seo.*}); nothing site-specific lives in the Java.
 *
 * @param organization   who publishes the site (schema.org Organization name); the site title when unset
 * @param occupation     the job the pay figures are about (Occupation name), or empty for no Occupation blocks
 * @param occupationCode its code in a standard classification (occupationalCategory), or empty
 * @param datasetsPage   the address (without base path) of the page that describes every dataset, or empty
 * @param feedTitle      the Atom feed's title
 */
public record SeoSettings(String organization, String occupation, String occupationCode, String datasetsPage,
        String feedTitle) {

    public static SeoSettings from(JBakeConfiguration config, String siteTitle) {
        return new SeoSettings(text(config, "seo.organization", siteTitle), text(config, "seo.occupation", ""),
                text(config, "seo.occupationCode", ""), text(config, "seo.datasetsPage", ""),
                text(config, "seo.feedTitle", siteTitle));
    }

    private static String text(JBakeConfiguration config, String key, String fallback) {
        Object value = config.get(key);
        // commons-configuration splits values on commas into lists; put the commas back.
        String s = value instanceof Iterable<?> parts ? String.join(", ",
                java.util.stream.StreamSupport.stream(parts.spliterator(), false).map(Objects::toString).toList())
                : Objects.toString(value, "");
        return s.isBlank() ? fallback : s.strip();
    }
}
