package org.coderpay.template;

import org.coderpay.build.OutputPaths;
import org.jbake.app.configuration.JBakeConfiguration;

/**
 * Site-wide values from jbake.properties ({@code site.*}), read once per bake.
 *
 * @param basePath where the site is served from, always starting and ending with a slash
 * @param origin   the public address without a path (https://example.org), or empty while there is none;
 *                 link previews need it, because their image address must be absolute
 */
public record SiteSettings(String title, String tagline, String lang, String basePath, String origin) {

    public static SiteSettings from(JBakeConfiguration config) {
        String base = text(config, "site.basePath", "/");
        if (!base.startsWith("/")) {
            base = "/" + base;
        }
        if (!base.endsWith("/")) {
            base = base + "/";
        }
        String origin = text(config, "site.origin", "");
        return new SiteSettings(text(config, "site.title", "Site"), text(config, "site.tagline", ""),
                text(config, "site.lang", "en"), base, origin.endsWith("/") ? origin.substring(0, origin.length() - 1) : origin);
    }

    /** The address of an output file, e.g. {@code guide/pay/index.html} becomes {@code /guide/pay/}. */
    public String url(String outputPath) {
        return basePath + OutputPaths.toUrlPath(outputPath);
    }

    private static String text(JBakeConfiguration config, String key, String fallback) {
        Object value = config.get(key);
        if (value == null) {
            return fallback;
        }
        // commons-configuration splits values on commas into lists; a title may contain commas.
        String s = value instanceof Iterable<?> parts ? String.join(", ", toStrings(parts)) : value.toString();
        return s.isBlank() ? fallback : s.strip();
    }

    private static Iterable<String> toStrings(Iterable<?> parts) {
        java.util.List<String> out = new java.util.ArrayList<>();
        parts.forEach(p -> out.add(String.valueOf(p)));
        return out;
    }
}
