package org.coderpay.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seo gate on small published sites: each rule fails on its own, naming the page and its header line. */
class SearchMetadataGateTest {
    static final String ORIGIN = "https://x.example";
    static final String DESCRIPTION = "A description long enough for search results, which want seventy characters or more.";

    @TempDir
    Path dir;

    /** A page with everything the gate wants; {@code extraHead} and {@code body} vary it. */
    static String page(String url, String title, String description, String extraHead, String body) {
        return "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + title + "</title>\n"
                + "<meta name=\"description\" content=\"" + description + "\">\n"
                + (extraHead.contains("canonical") ? "" : "<link rel=\"canonical\" href=\"" + ORIGIN + url + "\">\n")
                + "<meta property=\"og:title\" content=\"t\">\n<meta property=\"og:description\" content=\"d\">\n"
                + "<meta property=\"og:image\" content=\"" + ORIGIN + "/i.png\">\n<meta name=\"twitter:card\" content=\"summary_large_image\">\n"
                + extraHead + "</head>\n<body>\n<main>\n" + body + "\n</main>\n</body>\n</html>\n";
    }

    static String sitemap(String... urls) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String u : urls) {
            sb.append("<url><loc>").append(ORIGIN).append(u).append("</loc></url>\n");
        }
        return sb.append("</urlset>\n").toString();
    }

    @Test
    void aSiteThatKeepsEveryRulePasses() throws Exception {
        Fixture f = new Fixture(dir);
        f.file("index.html", page("/", "Home", DESCRIPTION, "", "<h1>Home</h1><p class=\"meta\"><time datetime=\"2026-11-24\">x</time></p>"
                + "<img src=\"/i.png\" alt=\"\">"));
        f.file("404.html", "<!doctype html><html><head><meta name=\"robots\" content=\"noindex\"><title>x</title></head><body></body></html>");
        f.file("sitemap.xml", sitemap("/"));

        assertThat(new SearchMetadataGate().check(f.site()).findings()).isEmpty();
    }

    @Test
    void eachBrokenRuleIsAFindingOnItsPageWithTheHeaderLine() throws Exception {
        Fixture f = new Fixture(dir);
        f.file("index.html", page("/", "Home", DESCRIPTION, "", "<h1>Home</h1>"));
        f.file("guide/long/index.html", page("/guide/long/", "A title that goes on and on well past the sixty characters a result shows",
                "Too short.", "", "<h1>One</h1><h1>Two</h1><img src=\"/i.png\">"));
        f.file("guide/same/index.html", page("/guide/same/", "Same", DESCRIPTION, "<link rel=\"canonical\" href=\"/guide/same/\">\n",
                "<p>No heading.</p><script type=\"application/ld+json\">{\"@graph\":[{\"@id\":\"" + ORIGIN
                        + "/guide/same/#page\",\"dateModified\":\"2026-01-01\"}]}</script>"));
        f.file("guide/dated/index.html", page("/guide/dated/", "Dated", "Another description long enough for search results, seventy characters or more.",
                "<script type=\"application/ld+json\">{\"@graph\":[{\"@id\":\"" + ORIGIN
                        + "/guide/dated/#page\",\"dateModified\":\"2026-01-01\"}]}</script>\n",
                "<h1>Dated</h1><p class=\"meta\">Last reviewed <time datetime=\"2026-11-24\">November 24, 2026</time></p>"));
        f.file("sitemap.xml", sitemap("/", "/guide/dated/", "/gone/"));
        f.file("src/content/guide/long.md", "title=A title that goes on and on\ndescription=Too short.\n~~~~~~\nText.\n");
        PublishedSite site = PublishedSite.load(dir, null, dir.resolve("src"));

        List<String> found = new SearchMetadataGate().check(site).findings().stream()
                .map(x -> x.location() + ": " + x.message()).toList();

        assertThat(found).anySatisfy(s -> assertThat(s).startsWith("guide/long/index.html (from content/guide/long.md:1)")
                .contains("title is 73 characters"));
        assertThat(found).anySatisfy(s -> assertThat(s).startsWith("guide/long/index.html (from content/guide/long.md:2)")
                .contains("description is 10 characters"));
        assertThat(found).anySatisfy(s -> assertThat(s).startsWith("guide/long/index.html").contains("2 h1 headings"));
        assertThat(found).anySatisfy(s -> assertThat(s).startsWith("guide/long/index.html").contains("without alt"));
        assertThat(found).anySatisfy(s -> assertThat(s).startsWith("guide/same/index.html").contains("0 h1 headings"));
        assertThat(found).anySatisfy(s -> assertThat(s).startsWith("guide/same/index.html")
                .contains("canonical address \"/guide/same/\" is not absolute"));
        assertThat(found).anySatisfy(s -> assertThat(s).startsWith("index.html").contains("is also used by guide/same/index.html"));
        assertThat(found).anySatisfy(s -> assertThat(s).contains("sitemap lists " + ORIGIN + "/gone/"));
        assertThat(found).anySatisfy(s -> assertThat(s).startsWith("guide/dated/index.html")
                .contains("last modified on 2026-01-01, but the page shows 2026-11-24"));
        assertThat(found).noneSatisfy(s -> assertThat(s).startsWith("guide/dated/index.html").contains("sitemap"));
        assertThat(found).anySatisfy(s -> assertThat(s).startsWith("guide/long/index.html").contains("is not in sitemap.xml")
                .doesNotContain("same"));
    }
}
