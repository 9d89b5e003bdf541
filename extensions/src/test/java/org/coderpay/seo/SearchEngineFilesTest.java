package org.coderpay.seo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.coderpay.bake.SiteSettings;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** The sitemap and feed are XML written by a StAX writer: hostile titles and addresses stay data. */
class SearchEngineFilesTest {
    static final String HOSTILE = "Pay & <b>\"levels\"</b> ]]> <!-- x --> 'q'";
    static final SiteSettings SITE = new SiteSettings("Guide & <Co>", "Tag & line", "en-US", "/pay-guide/", "https://x.example");
    static final SeoSettings SEO = new SeoSettings("Org & <Co>", "", "", "", HOSTILE);

    static final List<RenderedPage> PAGES = List.of(
            new RenderedPage("guide/a/index.html", "/pay-guide/guide/a/?q=1&r=<2>", HOSTILE, HOSTILE, HOSTILE, true,
                    "2026-11-24", "2026-01-02", true, "content/guide/a.md"),
            new RenderedPage("guide/b/index.html", "/pay-guide/guide/b/", "B", "B", "b", true, "2026-12-01", null, true,
                    "content/guide/b.md"),
            new RenderedPage("search.html", "/pay-guide/search.html", "S", "S", "s", false, null, null, false,
                    "content/search.md"));

    @Test
    void theSitemapListsIndexablePagesOnlyWithTheirAddressesAsWritten() throws Exception {
        String xml = SearchEngineFiles.sitemap(PAGES, SITE.publicOrigin());
        Document doc = Jsoup.parse(xml, "", Parser.xmlParser());

        assertThat(doc.select("url > loc").eachText()).containsExactly(
                "https://x.example/pay-guide/guide/a/?q=1&r=<2>", "https://x.example/pay-guide/guide/b/");
        assertThat(doc.select("url > lastmod").eachText()).containsExactly("2026-11-24", "2026-12-01");
        assertThat(xml).doesNotContain("<2>").doesNotContain("search.html");
        assertThat(SearchEngineFiles.sitemap(PAGES, SITE.publicOrigin())).isEqualTo(xml);
    }

    @Test
    void theFeedKeepsHostileTitlesAsTextAndListsNewestFirst() throws Exception {
        String xml = SearchEngineFiles.feed(PAGES, SITE, SEO);
        Document doc = Jsoup.parse(xml, "", Parser.xmlParser());

        assertThat(doc.select("feed > title").text()).isEqualTo(HOSTILE);
        assertThat(doc.select("feed > entry > title").eachText()).containsExactly("B", HOSTILE);
        assertThat(doc.select("feed > updated").text()).isEqualTo("2026-12-01T00:00:00Z");
        assertThat(doc.select("feed > entry > published").eachText()).containsExactly("2026-01-02T00:00:00Z");
        assertThat(doc.select("feed > entry b")).isEmpty();
        assertThat(doc.select("feed > link[rel=self]").attr("href")).isEqualTo("https://x.example/pay-guide/feed.xml");
    }

    @Test
    void robotsPointsAtTheSitemap() {
        assertThat(SearchEngineFiles.robots("https://x.example/pay-guide/"))
                .isEqualTo("User-agent: *\nAllow: /\n\nSitemap: https://x.example/pay-guide/sitemap.xml\n");
    }
}
