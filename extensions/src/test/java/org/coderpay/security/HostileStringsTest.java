package org.coderpay.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.coderpay.build.SiteBaker;
import org.coderpay.build.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Hostile text from a page header, a dataset and jbake.properties, baked into a fixture site: every
 * place it lands (HTML text and attributes, SVG, meta tags, JSON-LD, the estimator's and the search's
 * JSON, the feed and sitemap when the site has them, the link-preview images) must hold it as text.
 * Parsers decide: jsoup for HTML, Jackson for JSON, the JDK's XML parser for XML, ImageIO for PNG.
 */
class HostileStringsTest {
    /** Ends a script block, breaks out of an attribute, a URL scheme, ends a CDATA section. */
    static final String MARKUP = "</script><script>alert(1)</script> \"><img src=x onerror=alert(1)> ]]> javascript:alert(1)";
    /** A JavaScript line break (breaks old JSON-in-script), and a right-to-left override (spoofs text). */
    static final String INVISIBLE = "a\u2028b \u202Egnp.exe\u202C";
    static final String TITLE = "Pay " + MARKUP;
    static final String LABEL = "Anesthesia " + MARKUP + " " + INVISIBLE;
    static final String DESCRIPTION = "Pay " + MARKUP + " " + INVISIBLE + " " + "very long words ".repeat(200).strip() + ".";
    static final String TAGLINE = "Tagline " + MARKUP;
    /** The hostile page; it has the address the generated specialty pages name as their parent. */
    static final String HOSTILE_PAGE = "guide/pay-by-specialty/index.html";

    @TempDir
    static Path dir;
    static Path site;
    static Path out;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void bakeAHostileSite() throws IOException {
        site = TestSites.fixtureSite(dir.resolve("site"));
        Path properties = site.resolve("jbake.properties");
        Files.writeString(properties, Files.readString(properties).replaceAll("(?m)^site\\.tagline=.*$",
                java.util.regex.Matcher.quoteReplacement("site.tagline=" + TAGLINE.replace("\\", "\\\\"))));
        Path specialties = site.resolve("data/specialties.yaml");
        String yaml = Files.readString(specialties);
        assertThat(yaml).contains("label: Anesthesia\n");
        Files.writeString(specialties, yaml.replace("label: Anesthesia\n", "label: " + yamlQuoted(LABEL) + "\n"));
        TestSites.write(site, "content/guide/pay-by-specialty.md", "title=" + TITLE + "\ndescription=" + DESCRIPTION + "\ndate=2026-11-24\n~~~~~~\n"
                + "Text.\n\n```salary-table\ndataset: specialties\n```\n\n```salary-chart\ndataset: specialties\n```\n\n"
                + "Anesthesia: {{ specialties.anesthesia }}.\n");
        // The real page that makes a page per specialty (type=records), so the label reaches generated pages.
        TestSites.write(site, "content/guide/specialties.md",
                Files.readString(TestSites.repoRoot().resolve("content/guide/specialties.md")));
        TestSites.write(site, "content/guide/methodology.md", "title=Method\ndescription=How figures are made.\n~~~~~~\nText.\n");
        // The real estimator page (its header declares the questions), so estimator.json is written.
        String estimator = Files.readString(TestSites.repoRoot().resolve("content/guide/estimate-your-pay.md"));
        TestSites.write(site, "content/estimator.md", estimator.substring(0, estimator.indexOf("~~~~~~\n") + 7) + "Text.\n");
        TestSites.write(site, "content/search.md", "title=Search\ndescription=Search the site.\ntype=search\n~~~~~~\nText.\n");
        SiteBaker.Result result = SiteBaker.bake(site, dir.resolve("out/website"));
        assertThat(result.succeeded()).as(result.report()).isTrue();
        out = result.published();
    }

    @Test
    void headerValuesLandAsTextInTheBodyTitleAndMetaTags() throws IOException {
        Document page = html(HOSTILE_PAGE);
        assertThat(page.selectFirst("h1").text()).isEqualTo(TITLE);
        assertLandsAsText(page.title(), TITLE);
        assertLandsAsText(page.select("meta[name=description]").attr("content"), DESCRIPTION);
        assertLandsAsText(page.select("meta[property=og:title]").attr("content"), TITLE);
        assertLandsAsText(page.select("meta[property=og:description]").attr("content"), DESCRIPTION);
        assertThat(page.selectFirst("footer").text()).contains(TAGLINE);
    }

    @Test
    void datasetLabelsLandAsTextInTablesChartsAndGeneratedPages() throws IOException {
        Document page = html(HOSTILE_PAGE);
        assertThat(page.select("table td, table th")).as("the label in the table").anySatisfy(cell ->
                assertThat(cell.wholeText()).isEqualTo(LABEL));
        assertThat(page.select("svg")).as("the chart").isNotEmpty();
        assertThat(page.select("svg text, svg title, svg desc")).as("the label in the chart")
                .anySatisfy(t -> assertThat(t.wholeText()).contains(LABEL));
        long generated = pages().stream().filter(p -> !p.equals(HOSTILE_PAGE))
                .map(HostileStringsTest::html).filter(d -> d.selectFirst("h1") != null && d.selectFirst("h1").text().contains("onerror"))
                .count();
        assertThat(generated).as("the row's own generated page shows its label as text").isPositive();
    }

    /** No page anywhere gained an element, an attribute, a script or a link from the hostile text. */
    @Test
    void noPageGainsMarkupScriptsHandlersOrScriptLinks() {
        for (String path : pages()) {
            Document doc = html(path);
            assertThat(doc.select("img[src=x]")).as(path + ": an injected image").isEmpty();
            for (Element e : doc.getAllElements()) {
                for (Attribute a : e.attributes()) {
                    assertThat(a.getKey().toLowerCase(Locale.ROOT)).as(path + ": an event handler on <" + e.tagName() + ">")
                            .doesNotStartWith("on");
                    if (List.of("href", "src", "action", "formaction", "xlink:href").contains(a.getKey())) {
                        assertThat(a.getValue().strip().toLowerCase(Locale.ROOT)).as(path + ": a script address")
                                .doesNotStartWith("javascript:").doesNotStartWith("data:text");
                    }
                }
            }
            for (Element script : doc.select("script")) {
                if (script.attr("type").equals("application/ld+json")) {
                    // A "</script>" in a label would end the block early and leave broken JSON behind.
                    assertThat(parseJson(script.data(), path + " JSON-LD")).isNotNull();
                } else {
                    assertThat(script.attr("src")).as(path + ": an inline script").isNotBlank();
                    assertThat(script.data()).isEmpty();
                }
            }
        }
    }

    @Test
    void theJsonFilesHoldTheTextAsStrings() throws IOException {
        List<Path> json = files(".json");
        assertThat(json.stream().map(p -> out.relativize(p).toString())).contains("estimator.json", "search/index.json");
        for (Path file : json) {
            JsonNode tree = parseJson(Files.readString(file, StandardCharsets.UTF_8), file.toString());
            if (file.endsWith("estimator.json")) {
                assertThat(strings(tree)).as("estimator.json holds the label").contains(LABEL);
            }
        }
        // The search index is in parts (search/pages/N.json): one of them holds the page's title.
        boolean titleIndexed = false;
        for (Path file : json) {
            if (out.relativize(file).toString().replace('\\', '/').startsWith("search/pages/")) {
                titleIndexed |= strings(parseJson(Files.readString(file, StandardCharsets.UTF_8), file.toString())).contains(TITLE);
            }
        }
        assertThat(titleIndexed).as("a search/pages/N.json holds the title").isTrue();
    }

    /** The feed and the sitemap, when the site has them, are well-formed XML that holds the text. */
    @Test
    void xmlFilesAreWellFormed() throws Exception {
        for (Path file : Stream.of(".xml", ".atom").flatMap(ext -> files(ext).stream()).toList()) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setNamespaceAware(true);
            org.w3c.dom.Document xml = factory.newDocumentBuilder().parse(file.toFile());
            String name = file.getFileName().toString();
            if (name.startsWith("feed") || name.endsWith(".atom")) {
                assertThat(xml.getDocumentElement().getTextContent()).as(name).contains(TITLE);
            }
        }
    }

    /** The preview images draw the text (they are PNGs of the right size), whatever it holds. */
    @Test
    void previewImagesAreDrawnForHostilePages() throws IOException {
        Document page = html(HOSTILE_PAGE);
        List<Path> images = files(".png").stream().filter(p -> p.toString().contains("social")).toList();
        assertThat(images).isNotEmpty();
        for (Path image : images) {
            BufferedImage png = ImageIO.read(image.toFile());
            assertThat(png).as(image.toString()).isNotNull();
            assertThat(png.getWidth()).isEqualTo(1200);
            assertThat(png.getHeight()).isEqualTo(630);
        }
        assertThat(page).isNotNull();
    }

    /**
     * The text arrived as text: whole (a title may be followed by " | site name"), or, should the layout
     * shorten long titles and descriptions, its beginning followed by an ellipsis.
     */
    static void assertLandsAsText(String actual, String expected) {
        assertThat(actual).satisfiesAnyOf(a -> assertThat(a).startsWith(expected),
                a -> assertThat(a).endsWith("…").satisfies(b -> assertThat(expected).startsWith(b.replaceAll("\\s*…$", ""))));
    }

    /** Every string value anywhere in a JSON tree. */
    static List<String> strings(JsonNode node) {
        List<String> found = new ArrayList<>();
        if (node.isString()) {
            found.add(node.asString());
        }
        node.forEach(child -> found.addAll(strings(child)));
        node.properties().forEach(e -> found.addAll(strings(e.getValue())));
        return found;
    }

    private static JsonNode parseJson(String text, String where) {
        try {
            return JSON.readTree(text);
        } catch (RuntimeException e) {
            throw new AssertionError(where + " is not valid JSON: " + e.getMessage(), e);
        }
    }

    private static List<String> pages() {
        return TestSites.htmlFiles(out).stream().map(p -> out.relativize(p).toString().replace('\\', '/')).toList();
    }

    private static List<Path> files(String ending) {
        try (Stream<Path> walk = Files.walk(out)) {
            return walk.filter(p -> p.toString().endsWith(ending)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Document html(String path) {
        try {
            return Jsoup.parse(out.resolve(path).toFile(), "UTF-8", "https://example.org/");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A YAML double-quoted string, with every character outside printable ASCII escaped. */
    static String yamlQuoted(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7E) {
                sb.append(String.format("\\u%04X", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
