package org.coderpay.seo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.coderpay.build.SiteBaker;
import org.coderpay.build.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A page whose header holds markup, a script end tag and quotes: after a real bake, the title, meta
 * tags, JSON-LD, sitemap and feed all carry it as text, and nothing of it becomes markup.
 */
class HostileMetadataBakeTest {
    static final String TITLE = "</script><b>Pay</b> & \"levels\" 'q'";
    static final String DESCRIPTION = "Pay & <i>levels</i> \"quoted\" </script><script>alert(x)</script>, \u2028 and more words.";

    @TempDir
    Path dir;

    @Test
    void hostileHeaderValuesStayTextEverywhere() throws IOException {
        Path site = TestSites.fixtureSite(dir.resolve("site"));
        TestSites.write(site, "content/guide/pay.md", "title=" + TITLE + "\ndescription=" + DESCRIPTION
                + "\ndate=2026-11-24\n~~~~~~\nText.\n");
        SiteBaker.Result result = SiteBaker.bake(site, dir.resolve("out/website"), Map.of("site.origin", "https://x.example"));
        assertThat(result.succeeded()).as(result.report()).isTrue();
        Path out = result.published();
        Document page = Jsoup.parse(Files.readString(out.resolve("guide/pay/index.html")));

        assertThat(page.title()).startsWith(TITLE);
        assertThat(page.select("meta[name=description]").attr("content")).isEqualTo(DESCRIPTION);
        assertThat(page.select("meta[property=og:title]").attr("content")).isEqualTo(TITLE);
        assertThat(page.select("head b, head i, body script:not([src])")).isEmpty();
        assertThat(page.select("script[type=application/ld+json]")).hasSize(1);
        JsonNode graph = JsonMapper.builder().build().readTree(page.selectFirst("script[type=application/ld+json]").data())
                .path("@graph");
        assertThat(graph.get(0).path("headline").asString()).isEqualTo(TITLE);
        assertThat(graph.get(0).path("description").asString()).isEqualTo(DESCRIPTION);

        Document feed = Jsoup.parse(Files.readString(out.resolve("feed.xml")), "", Parser.xmlParser());
        assertThat(feed.select("entry > title").text()).isEqualTo(TITLE);
        assertThat(feed.selectFirst("entry > summary").wholeText()).isEqualTo(DESCRIPTION);
        assertThat(feed.select("entry b, entry i, entry script")).isEmpty();
        Document sitemap = Jsoup.parse(Files.readString(out.resolve("sitemap.xml")), "", Parser.xmlParser());
        assertThat(sitemap.select("loc").eachText()).contains("https://x.example/guide/pay/");
    }
}
