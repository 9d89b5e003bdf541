package org.coderpay.social;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.coderpay.build.SiteBaker;
import org.coderpay.build.TestSites;
import org.coderpay.check.Gate;
import org.coderpay.check.GateResult;
import org.coderpay.check.HtmlValidityGate;
import org.coderpay.check.InlineCodeGate;
import org.coderpay.check.LinkGate;
import org.coderpay.check.LinkPreviewGate;
import org.coderpay.check.PublishedSite;
import org.coderpay.check.WeightGate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sharing tags as a bake writes them: absolute addresses built from site.origin (and site.basePath),
 * each naming the page's own preview image, on every indexable page and on no other; checked on bakes
 * of a fixture and of the real site, and by the site checks' own gate over those bakes.
 */
class LinkPreviewTagsTest {
    private static final String ORIGIN = "https://coderpay.example";
    private static final String PAGE = "title=Pay & \"levels\"\ndescription=What coders earn.\n~~~~~~\nText.\n";

    @TempDir
    Path dir;

    private Path fixture() {
        Path site = TestSites.fixtureSite(dir.resolve("site"));
        TestSites.write(site, "content/guide/pay.md", PAGE);
        TestSites.write(site, "content/404.md", "title=Not found\ndescription=No such page.\ntype=notfound\n~~~~~~\nGone.\n");
        return site;
    }

    private static Document page(Path published, String path) throws IOException {
        return Jsoup.parse(Files.readString(published.resolve(path)));
    }

    @Test
    void originGivesAbsoluteTagsThatNameEachPagesOwnImage() throws IOException {
        SiteBaker.Result result = SiteBaker.bake(fixture(), dir.resolve("out/website"), Map.of("site.origin", ORIGIN + "/"));
        assertThat(result.succeeded()).as(result.report()).isTrue();
        Document pay = page(result.published(), "guide/pay/index.html");

        assertThat(pay.select("link[rel=canonical]").attr("href")).isEqualTo(ORIGIN + "/guide/pay/");
        assertThat(pay.select("meta[property=og:url]").attr("content")).isEqualTo(ORIGIN + "/guide/pay/");
        assertThat(pay.select("meta[property=og:image]").attr("content")).isEqualTo(ORIGIN + "/social/guide-pay.png");
        assertThat(pay.select("meta[property=og:image:alt]").attr("content")).isEqualTo("Pay & \"levels\"");
        assertThat(pay.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
        assertThat(result.published().resolve("social/guide-pay.png")).isRegularFile();
        assertThat(page(result.published(), "index.html").select("meta[property=og:image]").attr("content"))
                .isEqualTo(ORIGIN + "/social/home.png");

        // The 404 page is shown at any address and has no image of its own: no address tags at all.
        Document notFound = page(result.published(), "404.html");
        assertThat(notFound.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(notFound.select("link[rel=canonical], meta[property=og:url], meta[property=og:image]")).isEmpty();

        PublishedSite published = PublishedSite.load(result.published(), null);
        GateResult gate = new LinkPreviewGate().check(published);
        assertThat(gate.findings()).isEmpty();
        assertThat(gate.checked()).as("every page but the 404 (the fixture has the data's generated pages too)")
                .isEqualTo(published.pages().size() - 1);
        assertThat(gate.summaryLine()).contains("image tags on " + ORIGIN);
    }

    @Test
    void basePathIsPartOfEveryAddressButNotOfTheImageFile() throws IOException {
        Path site = fixture();
        SiteBaker.Result result = SiteBaker.bake(site, dir.resolve("out/website"),
                Map.of("site.origin", ORIGIN, "site.basePath", "/pay-guide/"));
        assertThat(result.succeeded()).as(result.report()).isTrue();
        Document pay = page(result.published(), "guide/pay/index.html");

        assertThat(pay.select("meta[property=og:url]").attr("content")).isEqualTo(ORIGIN + "/pay-guide/guide/pay/");
        assertThat(pay.select("meta[property=og:image]").attr("content")).isEqualTo(ORIGIN + "/pay-guide/social/guide-pay.png");
        assertThat(result.published().resolve("social/guide-pay.png")).isRegularFile();
        assertThat(new LinkPreviewGate().check(PublishedSite.load(result.published(), null)).findings()).isEmpty();
    }

    @Test
    void withoutOriginTheAddressesNameTheLocalPreviewAndTheBuildSaysSo() throws IOException {
        SiteBaker.Result result = SiteBaker.bake(fixture(), dir.resolve("out/website"));
        assertThat(result.succeeded()).as(result.report()).isTrue();
        Document pay = page(result.published(), "guide/pay/index.html");

        assertThat(pay.select("link[rel=canonical]").attr("href")).isEqualTo("http://127.0.0.1:8820/guide/pay/");
        assertThat(pay.select("meta[property=og:image]").attr("content"))
                .isEqualTo("http://127.0.0.1:8820/social/guide-pay.png");
        assertThat(pay.select("meta[property=og:title]").attr("content")).isEqualTo("Pay & \"levels\"");
        assertThat(result.published().resolve("social/guide-pay.png")).isRegularFile();
        assertThat(result.report()).contains("site.origin is not set, so canonical addresses")
                .contains("-Dsite.origin=https://");
        GateResult gate = new LinkPreviewGate().check(PublishedSite.load(result.published(), null));
        assertThat(gate.findings()).isEmpty();
    }

    @Test
    void gateFindsTagsThatPointElsewhereAndImagesOfTheWrongSize() throws IOException {
        SiteBaker.Result result = SiteBaker.bake(fixture(), dir.resolve("out/website"), Map.of("site.origin", ORIGIN));
        assertThat(result.succeeded()).as(result.report()).isTrue();
        Path out = result.published();
        Path pay = out.resolve("guide/pay/index.html");
        Files.writeString(pay, Files.readString(pay).replace("social/guide-pay.png", "social/home.png"));
        Path home = out.resolve("index.html");
        Files.writeString(home, Files.readString(home).replaceAll("<meta property=\"og:image\"[^>]*>", ""));
        Files.write(out.resolve("social/home.png"), SocialImagesTestImages.png(600, 315));

        List<String> messages = new LinkPreviewGate().check(PublishedSite.load(out, null)).findings().stream()
                .map(f -> f.page() + ": " + f.message()).toList();

        assertThat(messages).anySatisfy(m -> assertThat(m).startsWith("guide/pay/index.html: og:image \""
                + ORIGIN + "/social/home.png\" is not this page's preview image (" + ORIGIN + "/social/guide-pay.png)."));
        assertThat(messages).anySatisfy(m -> assertThat(m).isEqualTo(
                "index.html: No og:image on this page, while other pages have one."));
        assertThat(messages).anySatisfy(m -> assertThat(m).isEqualTo(
                "index.html: social/home.png is not a 1200 x 630 PNG (it is 600 x 315)."));
    }

    @Test
    void realSiteBakedWithAnOriginPassesTheGatesOnEveryIndexablePage() throws Exception {
        SiteBaker.Result result = SiteBaker.bake(TestSites.repoRoot(), Path.of("target/test-bakes/real-origin/website"),
                Map.of("site.origin", ORIGIN));
        assertThat(result.succeeded()).as(result.report()).isTrue();
        PublishedSite site = PublishedSite.load(result.published(), null);

        GateResult gate = new LinkPreviewGate().check(site);

        assertThat(gate.findings()).isEmpty();
        assertThat(gate.checked()).as("indexable pages: all but the 404 and search pages")
                .isEqualTo(site.pages().size() - 2).isGreaterThan(30);
        // The absolute addresses keep the pages valid, their links whole (the canonical links are checked as
        // links inside the site) and free of requests to other hosts.
        for (Gate other : List.of(new HtmlValidityGate(), new LinkGate(null), new WeightGate(null), new InlineCodeGate())) {
            GateResult checked = other.check(site);
            assertThat(checked.findings()).as(other.name()).isEmpty();
            if (other instanceof LinkGate) {
                assertThat(checked.note()).contains(" and 0 external links");
            }
        }
    }
}
