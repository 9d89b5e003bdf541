package org.coderpay.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The site's security policy, defined once: the layout writes it into every page as
 * {@code <meta http-equiv>} tags and {@link HeadersFileWriter} into {@code _headers} for hosts that read
 * one (Netlify, Cloudflare Pages), so the two cannot disagree.
 *
 * <p>The policy allows only the site's own scripts, styles, images, fetches (the estimator's and the
 * search's JSON) and manifest; no inline script or style (JSON-LD data blocks are never executed, so
 * they need no hash), no plugins, no other host. Nothing in it is specific to one site.
 */
public final class SecurityHeaders {
    /** Directives that work in a {@code <meta>} tag, in the order they are written. */
    private static final List<String> META_DIRECTIVES = List.of(
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self'",
            "connect-src 'self'",
            "manifest-src 'self'",
            "form-action 'self'",
            "base-uri 'none'");
    /**
     * Directives browsers ignore in a {@code <meta>} tag (CSP 3, section 3.3), so only the headers file
     * carries them: no other site may frame these pages.
     */
    private static final List<String> HEADER_ONLY_DIRECTIVES = List.of("frame-ancestors 'none'");

    public static final String REFERRER_POLICY = "strict-origin-when-cross-origin";
    public static final SecurityHeaders SITE = new SecurityHeaders();

    private SecurityHeaders() {
    }

    /** The Content-Security-Policy for {@code <meta http-equiv="Content-Security-Policy">}. */
    public String getContentSecurityPolicy() {
        return String.join("; ", META_DIRECTIVES);
    }

    /** The value for {@code <meta name="referrer">}. */
    public String getReferrerPolicy() {
        return REFERRER_POLICY;
    }

    /** Every header a host should send with every file, in a fixed order. */
    public Map<String, String> httpHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        List<String> all = new java.util.ArrayList<>(META_DIRECTIVES);
        all.addAll(HEADER_ONLY_DIRECTIVES);
        headers.put("Content-Security-Policy", String.join("; ", all));
        headers.put("Referrer-Policy", REFERRER_POLICY);
        headers.put("X-Content-Type-Options", "nosniff");
        // For browsers that predate frame-ancestors.
        headers.put("X-Frame-Options", "DENY");
        return headers;
    }

    /** The {@code _headers} file: every header for every path ({@code /*}). */
    public String headersFile() {
        StringBuilder out = new StringBuilder("/*\n");
        httpHeaders().forEach((name, value) -> out.append("  ").append(name).append(": ").append(value).append('\n'));
        return out.toString();
    }
}
