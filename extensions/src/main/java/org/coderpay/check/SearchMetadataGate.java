package org.coderpay.check;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.coderpay.bake.IndexablePages;
import org.coderpay.seo.MetadataRules;
import org.coderpay.seo.SearchEngineFiles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What search engines read, page by page on the published site: a unique title of at most 60
 * characters and description of 70 to 160, one {@code h1}, alternative text on every image, an
 * absolute canonical address equal to {@code og:url}, the sharing tags, JSON-LD that parses, a
 * visible last-reviewed day equal to the structured data's {@code dateModified}, and a sitemap that
 * lists exactly the indexable pages. Findings name the page's source, at the header line where the
 * value was written.
 */
public final class SearchMetadataGate implements Gate {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public String name() {
        return "seo";
    }

    @Override
    public GateResult check(PublishedSite site) {
        List<Finding> findings = new ArrayList<>();
        Set<String> inSitemap = sitemap(site, findings);
        Map<String, List<String>> titles = new LinkedHashMap<>();
        Map<String, List<String>> descriptions = new LinkedHashMap<>();
        Set<String> indexable = new TreeSet<>();
        int checked = 0;
        for (String page : site.pages()) {
            Document doc = site.document(page);
            for (Element img : doc.select("img:not([alt])")) {
                findings.add(at(site, page, img, "An image without alt text (" + img.attr("src") + ").",
                        "Describe the image in alt=\"...\" (or alt=\"\" when it only decorates).", img.attr("src")));
            }
            if (!IndexablePages.isIndexable(doc)) {
                continue;
            }
            checked++;
            String canonical = canonical(site, page, doc, findings);
            if (canonical != null) {
                indexable.add(canonical);
                if (!inSitemap.contains(canonical)) {
                    findings.add(Finding.onPage(site, page, "The page (" + canonical + ") is not in "
                            + SearchEngineFiles.SITEMAP + ".", "Bake again: the sitemap lists every indexable page."));
                }
            }
            String title = doc.title();
            titles.computeIfAbsent(title, k -> new ArrayList<>()).add(page);
            if (title.isBlank()) {
                findings.add(header(site, page, "title", "The page has no <title>.", MetadataRules.TITLE_HINT));
            } else if (MetadataRules.titleProblem(title) != null) {
                findings.add(header(site, page, "title", MetadataRules.titleProblem(title) + " (\"" + title + "\")",
                        MetadataRules.TITLE_HINT));
            }
            String description = doc.select("meta[name=description]").attr("content");
            descriptions.computeIfAbsent(description, k -> new ArrayList<>()).add(page);
            if (description.isBlank()) {
                findings.add(header(site, page, "description", "The page has no meta description.", MetadataRules.DESCRIPTION_HINT));
            } else if (MetadataRules.descriptionProblem(description) != null) {
                findings.add(header(site, page, "description", MetadataRules.descriptionProblem(description),
                        MetadataRules.DESCRIPTION_HINT));
            }
            int h1 = doc.select("h1").size();
            if (h1 != 1) {
                findings.add(Finding.onPage(site, page, "The page has " + h1 + " h1 headings; it needs exactly one.",
                        "The layout writes the title as the h1: use ## and lower for headings in the text."));
            }
            for (String tag : List.of("meta[property=og:title]", "meta[property=og:description]",
                    "meta[property=og:image]", "meta[name=twitter:card]")) {
                if (doc.selectFirst(tag) == null) {
                    findings.add(Finding.onPage(site, page, "No " + tag + " for link previews.",
                            "The layout (templates/layout.ftlh) writes it for every indexable page; bake again."));
                }
            }
            checkStructuredData(site, page, doc, canonical, findings);
        }
        duplicates(site, titles, "title", findings);
        duplicates(site, descriptions, "description", findings);
        for (String url : inSitemap) {
            if (!indexable.contains(url)) {
                findings.add(Finding.onPage(site, SearchEngineFiles.SITEMAP, "The sitemap lists " + url
                        + ", which is not an indexable published page.", "Bake again; drafts and noindex pages stay out."));
            }
        }
        return new GateResult(name(), checked, "indexable pages", findings, inSitemap.size() + " addresses in "
                + SearchEngineFiles.SITEMAP, null);
    }

    private static String canonical(PublishedSite site, String page, Document doc, List<Finding> findings) {
        Element link = doc.selectFirst("link[rel=canonical]");
        String href = link == null ? "" : link.attr("href");
        URI uri = null;
        try {
            uri = new URI(href);
        } catch (URISyntaxException e) {
            // reported below
        }
        if (uri == null || !uri.isAbsolute() || uri.getRawAuthority() == null) {
            findings.add(Finding.onPage(site, page, "The canonical address \"" + href + "\" is not absolute.",
                    "The layout writes it from site.origin; publish with -Dsite.origin=https://your.host."));
            return null;
        }
        String own = PublishedSite.urlOf(page);
        if (!uri.getRawPath().endsWith(own)) {
            findings.add(at(site, page, link, "The canonical address " + href + " is not this page's (" + own + ").",
                    "The layout writes it from the page's own address; bake again.", ""));
        }
        return href;
    }

    /** The nodes that describe the page itself (their @id is its canonical address and a #part) must show its date. */
    private static void checkStructuredData(PublishedSite site, String page, Document doc, String canonical,
            List<Finding> findings) {
        List<String> modified = new ArrayList<>();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode root = JSON.readTree(script.data());
                for (JsonNode node : root.path("@graph")) {
                    String d = node.path("dateModified").asString("");
                    boolean thisPage = canonical != null && node.path("@id").asString("").startsWith(canonical + "#");
                    if (thisPage && !d.isEmpty()) {
                        modified.add(d);
                    }
                }
            } catch (JacksonException e) {
                findings.add(at(site, page, script, "The JSON-LD block does not parse: " + e.getOriginalMessage(),
                        "It is written by org.coderpay.seo.JsonLd; a value must have broken it, so report the page.", ""));
            }
        }
        Element shown = doc.selectFirst("main .meta time[datetime]");
        String visible = shown == null ? null : shown.attr("datetime");
        for (String d : modified) {
            if (!d.equals(visible)) {
                findings.add(Finding.onPage(site, page, "The structured data says the page was last modified on " + d
                        + ", but the page " + (visible == null ? "shows no last-reviewed date" : "shows " + visible) + ".",
                        "Both come from the page's date (or its dataset's reviewed day); the layout must show it."));
            }
        }
    }

    private static void duplicates(PublishedSite site, Map<String, List<String>> groups, String what, List<Finding> findings) {
        groups.forEach((text, pages) -> {
            if (pages.size() > 1 && !text.isBlank()) {
                for (String page : pages) {
                    findings.add(header(site, page, what, "The " + what + " \"" + text + "\" is also used by "
                            + String.join(", ", pages.stream().filter(p -> !p.equals(page)).toList()) + ".",
                            "Give each page a " + what + " of its own."));
                }
            }
        });
    }

    /** The sitemap's addresses; a missing or unreadable sitemap is a finding. */
    private static Set<String> sitemap(PublishedSite site, List<Finding> findings) {
        Set<String> urls = new TreeSet<>();
        if (!site.exists(SearchEngineFiles.SITEMAP)) {
            findings.add(new Finding(SearchEngineFiles.SITEMAP, "", 0, 0, "There is no sitemap.",
                    "SearchEngineFiles writes it at every bake; bake again.", ""));
            return urls;
        }
        Document xml = Jsoup.parse(site.text(SearchEngineFiles.SITEMAP), "", Parser.xmlParser());
        xml.select("url > loc").forEach(loc -> urls.add(loc.text()));
        return urls;
    }

    /** A finding about a header value: at the {@code key=} line of the page's Markdown when it has one. */
    private static Finding header(PublishedSite site, String page, String key, String message, String hint) {
        Finding f = Finding.onPage(site, page, message, hint);
        int line = site.sourceLineContaining(page, key + "=");
        return line > 0 ? new Finding(f.page(), f.source() + ":" + line, 0, 0, message, hint, "") : f;
    }

    private static Finding at(PublishedSite site, String page, Element e, String message, String hint, String sourceText) {
        return sourceText.isEmpty() ? Finding.at(site, page, References.line(e), References.column(e), message, hint)
                : Finding.at(site, page, References.line(e), References.column(e), message, hint, sourceText);
    }
}
