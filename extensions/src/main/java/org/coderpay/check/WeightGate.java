package org.coderpay.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The page-weight budget: every page small enough to load fast on a phone on a slow network, and
 * nothing fetched from another host (no tracking, no third-party outage can break a page).
 * <ul>
 * <li>HTML under 50 KB per page;</li>
 * <li>CSS under 20 KB in total, for the whole site and for the stylesheets each page loads;</li>
 * <li>JavaScript under 15 KB per page, 20 KB on the search page ({@link #SEARCH_JS_BUDGET});
 * inline code is the {@link InlineCodeGate}'s business;</li>
 * <li>no web fonts (system fonts read well and cost nothing);</li>
 * <li>zero requests to other hosts: src, srcset, poster, fetching {@code <link>}s and CSS url()/@import.</li>
 * </ul>
 * The report lists each page's bytes.
 */
public final class WeightGate implements Gate {
    public static final long HTML_BUDGET = 50 * 1024;
    public static final long CSS_BUDGET = 20 * 1024;
    public static final long JS_BUDGET = 15 * 1024;
    /**
     * The search page alone may load more: its scripts turn queries into the index's terms (stop words,
     * figures, the Porter stemmer, also run by the build) and rank pages from an index fetched in small
     * parts, so the page loads no index up front; that part is measured by SearchIndexScaleTest.
     */
    public static final long SEARCH_JS_BUDGET = 20 * 1024;
    static final String SEARCH_SCRIPT = "js/search.js";
    private static final List<String> FONT_EXTENSIONS = List.of(".woff2", ".woff", ".ttf", ".otf", ".eot");

    private final Path reportFile;

    /** @param reportFile where to write (and print) each page's bytes, or null for no report */
    public WeightGate(Path reportFile) {
        this.reportFile = reportFile;
    }

    @Override
    public String name() {
        return "weight";
    }

    @Override
    public GateResult check(PublishedSite site) throws IOException {
        List<Finding> findings = new ArrayList<>();
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT, "%-48s %9s %9s %9s %9s %9s%n",
                "page", "html", "css", "js", "images", "total"));
        int pagesWithJs = 0;
        long heaviest = 0;
        String heaviestPage = "";
        for (String page : site.pages()) {
            long html = site.size(page);
            Set<String> css = new LinkedHashSet<>();
            Set<String> js = new LinkedHashSet<>();
            Set<String> media = new LinkedHashSet<>();
            for (References.Ref ref : References.inPage(site, page)) {
                if (!ref.loadedWithPage()) {
                    continue;
                }
                LinkGate.Target t = LinkGate.resolve(page, ref.url());
                if (t.kind() == LinkGate.Kind.EXTERNAL) {
                    findings.add(Finding.at(site, page, ref.line(), ref.column(),
                            "The page loads " + LinkGate.quote(ref.url()) + " from another host (" + ref.where() + ").",
                            "Serve the file from the site itself (put it under assets/) or drop it: pages make no requests to other hosts.",
                            ref.url()));
                    continue;
                }
                if (t.kind() != LinkGate.Kind.INTERNAL || !site.exists(t.path())) {
                    continue; // Not a file here: the links gate reports it.
                }
                String path = t.path();
                if (path.endsWith(".css")) {
                    css.add(path);
                } else if (path.endsWith(".js") || path.endsWith(".mjs")) {
                    js.add(path);
                } else if (!PublishedSite.isPage(path)) {
                    media.add(path);
                }
            }
            long cssBytes = sum(site, css);
            long jsBytes = sum(site, js);
            if (!js.isEmpty()) {
                pagesWithJs++;
            }
            long mediaBytes = sum(site, media);
            for (String stylesheet : css) {
                for (References.Ref ref : References.inStylesheet(site, stylesheet)) {
                    if (LinkGate.resolve(stylesheet, ref.url()).kind() == LinkGate.Kind.EXTERNAL) {
                        findings.add(Finding.at(site, stylesheet, ref.line(), ref.column(),
                                "The stylesheet (used by " + page + ") loads " + LinkGate.quote(ref.url()) + " from another host.",
                                "Serve the file from the site itself or drop it: pages make no requests to other hosts."));
                    }
                }
            }
            if (html > HTML_BUDGET) {
                findings.add(Finding.onPage(site, page, "The page's HTML is " + kb(html) + ", over the budget of " + kb(HTML_BUDGET) + ".",
                        "Split the page into two, shorten it, or move repeated markup out (a big table can move to its own page)."));
            }
            if (cssBytes > CSS_BUDGET) {
                findings.add(Finding.onPage(site, page, "The page loads " + kb(cssBytes) + " of CSS " + css + ", over the budget of " + kb(CSS_BUDGET) + ".",
                        "Remove unused rules from assets/css/ or merge duplicates."));
            }
            long jsBudget = js.contains(SEARCH_SCRIPT) ? SEARCH_JS_BUDGET : JS_BUDGET;
            if (jsBytes > jsBudget) {
                findings.add(Finding.onPage(site, page, "The page loads " + kb(jsBytes) + " of JavaScript " + js + ", over the budget of " + kb(jsBudget) + ".",
                        "Load scripts only on pages that use them and keep them small; the site must work without JavaScript."));
            }
            long total = html + cssBytes + jsBytes + mediaBytes;
            if (total > heaviest) {
                heaviest = total;
                heaviestPage = page;
            }
            report.append(String.format(Locale.ROOT, "%-48s %9d %9d %9d %9d %9d%n", page, html, cssBytes, jsBytes, mediaBytes, total));
        }
        long siteCss = site.stylesheets().stream().mapToLong(site::size).sum();
        if (siteCss > CSS_BUDGET) {
            findings.add(Finding.onPage(site, site.stylesheets().get(0), "The site publishes " + kb(siteCss) + " of CSS in "
                    + site.stylesheets() + ", over the budget of " + kb(CSS_BUDGET) + " in total.",
                    "Remove unused rules from assets/css/ or merge duplicates."));
        }
        for (String file : site.files().keySet()) {
            String lower = file.toLowerCase(Locale.ROOT);
            if (FONT_EXTENSIONS.stream().anyMatch(lower::endsWith)) {
                findings.add(Finding.onPage(site, file, "Web font published (" + kb(site.size(file)) + ").",
                        "Use the system font stack in assets/css/; a web font costs weight and a flash of invisible text."));
            }
        }
        for (String css : site.stylesheets()) {
            List<String> lines = site.lines(css);
            for (int i = 0; i < lines.size(); i++) {
                int col = lines.get(i).toLowerCase(Locale.ROOT).indexOf("@font-face");
                if (col >= 0) {
                    findings.add(Finding.at(site, css, i + 1, col + 1, "@font-face declares a web font.",
                            "Use the system font stack; a web font costs weight and a flash of invisible text."));
                }
            }
        }
        if (reportFile != null) {
            Files.createDirectories(reportFile.getParent());
            Files.writeString(reportFile, report.toString(), StandardCharsets.UTF_8);
            System.out.print(report);
        }
        String note = site.pages().isEmpty() ? "" : "CSS " + kb(siteCss) + " in total; JavaScript on " + pagesWithJs
                + " of " + site.pages().size() + " pages; heaviest " + heaviestPage + " at " + kb(heaviest)
                + " (HTML+CSS+JS+images); budgets HTML " + kb(HTML_BUDGET) + ", CSS " + kb(CSS_BUDGET) + ", JS " + kb(JS_BUDGET);
        return new GateResult(name(), site.pages().size(), "pages", Finding.mergeRepeats(findings), note, null);
    }

    private static long sum(PublishedSite site, Set<String> files) {
        return files.stream().mapToLong(site::size).sum();
    }

    static String kb(long bytes) {
        return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
}
