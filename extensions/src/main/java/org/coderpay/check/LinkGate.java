package org.coderpay.check;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

import org.jsoup.nodes.Document;

/**
 * Every internal {@code href}, {@code src}, {@code srcset} and stylesheet {@code url()} must lead to a
 * published file (a folder address to its index.html) and every {@code #fragment} to an {@code id} on
 * the target page. External links are not fetched (the build must not depend on other sites); they
 * are listed in a report and must use https.
 */
public final class LinkGate implements Gate {
    /** Stands in for the site's own host while resolving relative addresses. */
    static final String OWN_ORIGIN = "https://site.invalid";

    private final Path reportFile;

    /** @param reportFile where to list the external links, or null for no report */
    public LinkGate(Path reportFile) {
        this.reportFile = reportFile;
    }

    @Override
    public String name() {
        return "links";
    }

    @Override
    public GateResult check(PublishedSite site) throws IOException {
        List<Finding> findings = new ArrayList<>();
        SortedSet<String> external = new TreeSet<>();
        int internal = 0;
        List<References.Ref> refs = new ArrayList<>();
        for (String page : site.pages()) {
            refs.addAll(References.inPage(site, page));
        }
        for (String css : site.stylesheets()) {
            refs.addAll(References.inStylesheet(site, css));
        }
        Map<String, String> origins = new HashMap<>();
        for (References.Ref ref : refs) {
            String origin = origins.computeIfAbsent(ref.page(), page -> ownOrigin(site, page));
            boolean onSite = !origin.isEmpty() && ref.url().startsWith(origin + "/");
            Target t = resolve(ref.page(), onSite ? ref.url().substring(origin.length()) : ref.url(), site.basePath());
            switch (t.kind) {
                case EXTERNAL -> {
                    external.add(ref.url() + "\t" + ref.page() + ":" + ref.line());
                    if (!t.https) {
                        findings.add(at(site, ref, "Insecure external address " + quote(ref.url()) + ".",
                                "Use https:// (every link off the site must be https; check that the other site serves it)."));
                    }
                }
                case IGNORED -> { }
                case BAD -> findings.add(at(site, ref, t.problem, t.hint));
                case INTERNAL -> {
                    internal++;
                    check(site, ref, t, findings);
                }
            }
        }
        if (reportFile != null) {
            Files.createDirectories(reportFile.getParent());
            StringBuilder sb = new StringBuilder("# External addresses on the published site (not fetched by the build): address<TAB>page:line\n");
            external.forEach(line -> sb.append(line).append('\n'));
            Files.writeString(reportFile, sb.toString(), StandardCharsets.UTF_8);
        }
        String note = internal + " internal and " + external.size() + " external links"
                + (reportFile == null ? "" : " (external listed in " + reportFile.getFileName() + ")");
        return new GateResult(name(), site.pages().size() + site.stylesheets().size(), "pages and stylesheets",
                Finding.mergeRepeats(findings), note, null);
    }

    private static void check(PublishedSite site, References.Ref ref, Target t, List<Finding> findings) {
        String file = t.path;
        if (file.isEmpty() || file.endsWith("/")) {
            file = file + "index.html";
        }
        if (!site.exists(file)) {
            if (site.exists(file + "/index.html")) {
                findings.add(at(site, ref, "Link " + quote(ref.url()) + " points at a folder without the closing slash.",
                        "Write " + quote("/" + file + "/") + ": many static hosts answer the form without the slash with a redirect or a 404."));
            } else {
                findings.add(at(site, ref, "Dead link " + quote(ref.url()) + ": nothing is published at /" + file + ".",
                        "Point it at an existing page (guide pages live at /guide/<file name without .md>/) or add the missing page or file."));
            }
            return;
        }
        if (t.fragment != null && !t.fragment.isEmpty() && !t.fragment.equalsIgnoreCase("top")) {
            if (!PublishedSite.isPage(file)) {
                return;
            }
            Document target = site.document(file);
            boolean found = target.getElementById(t.fragment) != null
                    || !target.select("a[name]").stream().filter(a -> a.attr("name").equals(t.fragment)).toList().isEmpty();
            if (!found) {
                findings.add(at(site, ref, "Link " + quote(ref.url()) + " points at #" + t.fragment + ", but /" + file
                        + " has no element with id=\"" + t.fragment + "\".",
                        "Use an id that exists on that page (headings get one from their text) or remove the #fragment."));
            }
        }
    }

    private static Finding at(PublishedSite site, References.Ref ref, String message, String hint) {
        return Finding.at(site, ref.page(), ref.line(), ref.column(), message + " (" + ref.where() + ")", hint, ref.url());
    }

    static String quote(String s) {
        return "\"" + s + "\"";
    }

    enum Kind { INTERNAL, EXTERNAL, IGNORED, BAD }

    /**
     * The origin a page says it is published at (its og:url), or "". A link to that origin (the canonical
     * link, say) is a link inside the site, checked as the path it names.
     */
    private static String ownOrigin(PublishedSite site, String page) {
        if (!PublishedSite.isPage(page)) {
            return "";
        }
        try {
            URI self = new URI(site.document(page).select("meta[property=og:url]").attr("content"));
            return self.getScheme() != null && self.getRawAuthority() != null
                    ? self.getScheme() + "://" + self.getRawAuthority() : "";
        } catch (URISyntaxException e) {
            return ""; // no usable og:url: every absolute address counts as external
        }
    }

    /** Where an address leads: a published path (no leading slash) and fragment, or elsewhere. */
    record Target(Kind kind, String path, String fragment, boolean https, String problem, String hint) {
    }

    static Target resolve(String fromFile, String url) {
        return resolve(fromFile, url, "/");
    }

    /** @param basePath the folder the site is served from; internal addresses must lie inside it */
    static Target resolve(String fromFile, String url, String basePath) {
        if (url.isEmpty()) {
            return bad("Empty address.", "Give the link or source an address, or remove the element.");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return bad("Malformed address " + quote(url) + ": " + e.getReason() + ".",
                    "Escape spaces and special characters (a space is %20) or correct the address.");
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme == null && url.startsWith("//")) {
            return new Target(Kind.EXTERNAL, null, null, false, null, null);
        }
        if (scheme != null) {
            return switch (scheme) {
                case "https" -> new Target(Kind.EXTERNAL, null, null, true, null, null);
                case "http" -> new Target(Kind.EXTERNAL, null, null, false, null, null);
                case "mailto", "tel", "data" -> new Target(Kind.IGNORED, null, null, true, null, null);
                default -> bad("Address with scheme " + quote(scheme + ":") + " in " + quote(url) + ".",
                        "Link to a page of the site or to an https:// address; scripts in links (javascript:) are not allowed.");
            };
        }
        URI resolved = URI.create(OWN_ORIGIN + basePath + PublishedSite.urlOf(fromFile).substring(1)).resolve(uri);
        String path = resolved.getPath() == null ? "/" : resolved.getPath();
        if (!(path + "/").startsWith(basePath)) {
            return bad("Address " + quote(url) + " is outside the site's folder " + basePath + ".",
                    "Links written from the root (/guide/...) get the folder added at bake time; a layout or generator"
                            + " must build addresses with site.basePath (SiteSettings.url).");
        }
        path = path.length() < basePath.length() ? "" : path.substring(basePath.length());
        return new Target(Kind.INTERNAL, path, resolved.getFragment(), true, null, null);
    }

    private static Target bad(String problem, String hint) {
        return new Target(Kind.BAD, null, null, false, problem, hint);
    }
}
