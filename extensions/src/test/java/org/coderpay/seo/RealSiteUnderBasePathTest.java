package org.coderpay.seo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.coderpay.bake.IndexablePages;
import org.coderpay.build.BakeSummary;
import org.coderpay.build.SiteBaker;
import org.coderpay.build.TestSites;
import org.coderpay.check.BrowserGate;
import org.coderpay.check.Gate;
import org.coderpay.check.GateResult;
import org.coderpay.check.HtmlValidityGate;
import org.coderpay.check.InlineCodeGate;
import org.coderpay.check.LinkGate;
import org.coderpay.check.LinkPreviewGate;
import org.coderpay.check.PublishedSite;
import org.coderpay.check.SearchMetadataGate;
import org.coderpay.check.WeightGate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real site baked as a GitHub Pages project site would be (in a folder, on an https origin),
 * then read page by page: every gate that needs no browser passes, each JSON-LD block parses and
 * keeps to the schema.org vocabulary, and the sitemap lists exactly the indexable pages on disk.
 */
class RealSiteUnderBasePathTest {
    static final String ORIGIN = "https://coder.example";
    static final String BASE = "/pay-guide/";
    static PublishedSite site;
    static Path published;

    @BeforeAll
    static void bake() throws IOException {
        published = Path.of("target/test-bakes/real-base-path/website");
        SiteBaker.Result result = SiteBaker.bake(TestSites.repoRoot(), published,
                Map.of("site.origin", ORIGIN, "site.basePath", BASE));
        assertThat(result.succeeded()).as(result.report()).isTrue();
        site = PublishedSite.load(published, BakeSummary.sourcesFileFor(SiteBaker.stagingFor(published)),
                TestSites.repoRoot());
    }

    @Test
    void everyGateWithoutABrowserPasses() throws Exception {
        List<String> failures = new ArrayList<>();
        for (Gate gate : List.of(new HtmlValidityGate(), new LinkGate(null), new WeightGate(null), new InlineCodeGate(),
                new LinkPreviewGate(), new SearchMetadataGate())) {
            GateResult r = gate.check(site);
            r.findings().forEach(f -> failures.add(r.gate() + ": " + f.location() + ": " + f.message()));
        }
        assertThat(failures).isEmpty();
        assertThat(site.basePath()).isEqualTo(BASE);
    }

    /** The browser gate serves the site under its folder, as a Pages project site is; skipped without Chromium. */
    @Test
    void theBrowserGatePassesUnderTheBasePath() throws Exception {
        GateResult r = new BrowserGate(BrowserGate.Browser.debian(), false).check(site);
        assertThat(r.findings()).extracting(f -> f.location() + ": " + f.message()).isEmpty();
    }

    @Test
    void markdownLinksWrittenFromTheRootGetTheBasePath() {
        Document methodology = site.document("guide/methodology/index.html");
        List<String> rootLinks = methodology.select("main a[href^=/]").eachAttr("href");
        assertThat(rootLinks).isNotEmpty().allSatisfy(href -> assertThat(href).startsWith(BASE));
    }

    @Test
    void everyJsonLdBlockParsesAndKeepsToTheSchemaOrgVocabulary() throws IOException {
        SchemaOrgVocabulary vocabulary = SchemaOrgVocabulary.load();
        JsonMapper json = JsonMapper.builder().build();
        List<String> problems = new ArrayList<>();
        int blocks = 0;
        for (IndexablePages.Page page : IndexablePages.read(published)) {
            for (var script : page.document().select("script[type=application/ld+json]")) {
                blocks++;
                JsonNode root = json.readTree(script.data());
                assertThat(root.path("@context").asString()).isEqualTo("https://schema.org");
                problems.addAll(vocabulary.problems(root, page.path()));
            }
        }
        assertThat(problems).isEmpty();
        assertThat(blocks).isEqualTo(IndexablePages.read(published).size());
    }

    @Test
    void eachKindOfPageDescribesWhatItIs() throws IOException {
        assertThat(types("index.html")).containsExactlyInAnyOrder("WebSite", "Organization");
        for (IndexablePages.Page page : IndexablePages.read(published)) {
            if (!page.path().equals("index.html")) {
                assertThat(types(page.path())).as(page.path()).contains("BreadcrumbList");
            }
        }
        JsonNode article = node("guide/negotiating/index.html", "Article");
        assertThat(article.path("datePublished").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(article.path("dateModified").asString()).isEqualTo(
                site.document("guide/negotiating/index.html").select("main .meta time").attr("datetime"));

        JsonNode occupation = node("guide/states/california/index.html", "Occupation");
        JsonNode salary = occupation.path("estimatedSalary");
        assertThat(salary.path("@type").asString()).isEqualTo("MonetaryAmountDistribution");
        assertThat(salary.path("currency").asString()).isEqualTo("USD");
        assertThat(salary.path("duration").asString()).isEqualTo("P1Y");
        // The states dataset gives ranges, not percentiles: none may be claimed.
        assertThat(salary.has("median") || salary.has("percentile10")).isFalse();

        long datasets = types("guide/methodology/index.html").stream().filter("Dataset"::equals).count();
        assertThat(datasets).isEqualTo(Files.list(TestSites.repoRoot().resolve("data"))
                .filter(p -> p.toString().endsWith(".yaml")).count());
    }

    @Test
    void theSitemapListsExactlyTheIndexablePagesAndRobotsAndTheFeedPointAtTheSite() throws IOException {
        Document sitemap = Jsoup.parse(Files.readString(published.resolve("sitemap.xml")), "", Parser.xmlParser());
        Set<String> listed = new TreeSet<>(sitemap.select("url > loc").eachText());
        Set<String> onDisk = new TreeSet<>();
        for (IndexablePages.Page page : IndexablePages.read(published)) {
            onDisk.add(ORIGIN + BASE + PublishedSite.urlOf(page.path()).substring(1));
        }
        assertThat(listed).isEqualTo(onDisk).noneMatch(u -> u.contains(".html"));
        assertThat(sitemap.select("url > lastmod").eachText()).allMatch(d -> d.matches("\\d{4}-\\d{2}-\\d{2}"));
        assertThat(Files.readString(published.resolve("robots.txt"))).contains("Sitemap: " + ORIGIN + BASE + "sitemap.xml");

        Document feed = Jsoup.parse(Files.readString(published.resolve("feed.xml")), "", Parser.xmlParser());
        assertThat(feed.select("feed > entry > id").eachText()).isNotEmpty()
                .allMatch(id -> id.startsWith(ORIGIN + BASE + "guide/"));
        assertThat(site.document("index.html").select("link[rel=alternate][type=application/atom+xml]").attr("href"))
                .isEqualTo(BASE + "feed.xml");
    }

    private static List<String> types(String page) throws IOException {
        List<String> types = new ArrayList<>();
        graph(page).forEach(n -> types.add(n.path("@type").asString()));
        return types;
    }

    private static JsonNode node(String page, String type) throws IOException {
        for (JsonNode n : graph(page)) {
            if (n.path("@type").asString().equals(type)) {
                return n;
            }
        }
        throw new AssertionError(page + " has no " + type);
    }

    private static JsonNode graph(String page) throws IOException {
        return JsonMapper.builder().build().readTree(site.document(page)
                .select("script[type=application/ld+json]").first().data()).path("@graph");
    }
}
