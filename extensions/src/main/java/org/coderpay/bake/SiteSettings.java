package org.coderpay.bake;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.jbake.app.configuration.JBakeConfiguration;

/**
 * Site-wide values from jbake.properties ({@code site.*}), read once per bake.
 *
 * @param basePath where the site is served from, always starting and ending with a slash
 * @param origin   the public address without a path (https://example.org), or empty while there is none;
 *                 link previews need it, because their image address must be absolute
 */
public record SiteSettings(String title, String tagline, String lang, String basePath, String origin, String home) {
    public static final String ORIGIN = "site.origin";

    /** Settings whose home page is named by the site's title in breadcrumbs. */
    public SiteSettings(String title, String tagline, String lang, String basePath, String origin) {
        this(title, tagline, lang, basePath, origin, title);
    }
    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]");

    public static SiteSettings from(JBakeConfiguration config) {
        String base = text(config, "site.basePath", "/");
        if (!base.startsWith("/")) {
            base = "/" + base;
        }
        if (!base.endsWith("/")) {
            base = base + "/";
        }
        String origin = text(config, ORIGIN, "");
        String title = text(config, "site.title", "Site");
        return new SiteSettings(title, text(config, "site.tagline", ""), text(config, "site.lang", "en"), base,
                origin.endsWith("/") ? origin.substring(0, origin.length() - 1) : origin, text(config, "site.home", title));
    }

    /** A setting that cannot be used: what is wrong, and how to fix it. */
    public record Invalid(String message, String hint) {
    }

    /**
     * What is wrong with {@code origin} as the site's public address, as a message and a fix, or empty
     * when it is fine or not set. Link previews and canonical addresses are built from it, so it must be
     * scheme and host only (the path belongs in site.basePath) and https, except on this machine.
     */
    public static Optional<Invalid> originProblem(String origin) {
        if (origin.isBlank()) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(origin.strip());
        } catch (URISyntaxException e) {
            uri = null;
        }
        String example = "Write the scheme and host only, for example " + ORIGIN + "=https://coderpay.example";
        if (uri == null || uri.getScheme() == null || uri.getHost() == null || uri.getRawUserInfo() != null) {
            return Optional.of(new Invalid(ORIGIN + " \"" + origin + "\" is not a web address.", example + "."));
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (!path.isEmpty() && !path.equals("/") || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            return Optional.of(new Invalid(ORIGIN + " \"" + origin + "\" has more than a scheme and host.",
                    "Keep " + ORIGIN + "=" + uri.getScheme() + "://" + uri.getRawAuthority() + " and, if the site lives in a folder,"
                            + " set site.basePath=" + (path.endsWith("/") ? path : path + "/") + " instead."));
        }
        boolean https = uri.getScheme().equalsIgnoreCase("https");
        boolean local = uri.getScheme().equalsIgnoreCase("http") && LOOPBACK.contains(uri.getHost().toLowerCase(Locale.ROOT));
        if (!https && !local) {
            return Optional.of(new Invalid(ORIGIN + " \"" + origin + "\" is not an https address.",
                    "Publish over https (GitHub Pages and every current host do): " + ORIGIN + "=https://"
                            + uri.getRawAuthority() + "; plain http is only for http://127.0.0.1 on this machine."));
        }
        return Optional.empty();
    }

    /**
     * Where the preview serves the site by default; the bake's addresses use it when no site.origin is
     * given, so that every build has absolute canonical, sitemap and feed addresses and the gates
     * check them. Publishing builds must give the real origin (README, "Building for publishing").
     */
    public static final String LOCAL_ORIGIN = "http://127.0.0.1:8820";

    /** The origin absolute addresses are built on: site.origin, or {@link #LOCAL_ORIGIN} when unset. */
    public String publicOrigin() {
        return origin.isEmpty() ? LOCAL_ORIGIN : origin;
    }

    /** The address of an output file, e.g. {@code guide/pay/index.html} becomes {@code /guide/pay/}. */
    public String url(String outputPath) {
        return basePath + OutputPaths.toUrlPath(outputPath);
    }

    /**
     * An address written from the site's root, as editors write links ({@code /guide/pay/}), with the
     * site's base path in front.
     */
    public String link(String rootAddress) {
        return basePath + (rootAddress.startsWith("/") ? rootAddress.substring(1) : rootAddress);
    }

    /** The jbake.properties key naming the page the line under every table links to. */
    public static final String METHODOLOGY = "figures.methodology";

    /** The methodology page's address ({@value #METHODOLOGY}), with the base path; the home page when unset. */
    public static String methodologyUrl(JBakeConfiguration config) {
        SiteSettings site = from(config);
        return site.link(text(config, METHODOLOGY, "/"));
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
        List<String> out = new ArrayList<>();
        parts.forEach(p -> out.add(String.valueOf(p)));
        return out;
    }
}
