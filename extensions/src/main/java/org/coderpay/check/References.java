package org.coderpay.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Every address a published page or stylesheet points at, with where it sits (line, column) and
 * whether a browser fetches it while loading the page (a stylesheet, an image) or only when the
 * reader follows it (a link).
 */
final class References {
    /** What refers: the element and attribute, or {@code url()} in a stylesheet. */
    record Ref(String page, String url, String where, int line, int column, boolean loadedWithPage) {
    }

    private static final Pattern CSS_URL = Pattern.compile(
            "url\\(\\s*(?:\"([^\"]*)\"|'([^']*)'|([^)\"'\\s]*))\\s*\\)|@import\\s+(?:\"([^\"]*)\"|'([^']*)')");
    /** rel values of {@code <link>} that make the browser fetch the target as the page loads. */
    private static final List<String> FETCHING_RELS = List.of("stylesheet", "icon", "preload", "modulepreload",
            "prefetch", "manifest", "apple-touch-icon", "mask-icon", "preconnect", "dns-prefetch");

    private References() {
    }

    static List<Ref> inPage(PublishedSite site, String page) {
        Document doc = site.document(page);
        List<Ref> refs = new ArrayList<>();
        for (Element e : doc.select("[href]")) {
            boolean fetched = e.normalName().equals("link") && fetchingRel(e.attr("rel"));
            refs.add(ref(page, e, "href", e.attr("href"), fetched));
        }
        for (Element e : doc.select("[src]")) {
            refs.add(ref(page, e, "src", e.attr("src"), true));
        }
        for (Element e : doc.select("[poster]")) {
            refs.add(ref(page, e, "poster", e.attr("poster"), true));
        }
        for (Element e : doc.select("object[data]")) {
            refs.add(ref(page, e, "data", e.attr("data"), true));
        }
        for (Element e : doc.select("[srcset]")) {
            for (String candidate : e.attr("srcset").split(",")) {
                String url = candidate.trim().split("\\s+")[0];
                if (!url.isEmpty()) {
                    refs.add(ref(page, e, "srcset", url, true));
                }
            }
        }
        // Styles written into the page itself (the site forbids them, but a request is a request).
        for (Element e : doc.select("style")) {
            refs.addAll(inCss(page, e.data(), e.sourceRange().start().lineNumber() - 1));
        }
        for (Element e : doc.select("[style]")) {
            for (Ref r : inCss(page, e.attr("style"), 0)) {
                refs.add(new Ref(page, r.url(), "style attribute", line(e), column(e), true));
            }
        }
        return refs;
    }

    static List<Ref> inStylesheet(PublishedSite site, String css) {
        return inCss(css, site.text(css), 0);
    }

    private static List<Ref> inCss(String file, String css, int lineOffset) {
        List<Ref> refs = new ArrayList<>();
        Matcher m = CSS_URL.matcher(css);
        while (m.find()) {
            String url = null;
            for (int g = 1; g <= 5 && url == null; g++) {
                url = m.group(g);
            }
            if (url == null || url.isEmpty()) {
                continue;
            }
            int line = 1 + lineOffset;
            int lineStart = 0;
            for (int i = 0; i < m.start(); i++) {
                if (css.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            refs.add(new Ref(file, url, m.group().startsWith("@") ? "@import" : "url()", line,
                    m.start() - lineStart + 1, true));
        }
        return refs;
    }

    private static boolean fetchingRel(String rel) {
        for (String r : rel.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (FETCHING_RELS.contains(r)) {
                return true;
            }
        }
        return false;
    }

    private static Ref ref(String page, Element e, String attr, String url, boolean fetched) {
        return new Ref(page, url.trim(), "<" + e.normalName() + " " + attr + ">", line(e), column(e), fetched);
    }

    static int line(Element e) {
        return Math.max(0, e.sourceRange().start().lineNumber());
    }

    static int column(Element e) {
        return Math.max(0, e.sourceRange().start().columnNumber());
    }
}
