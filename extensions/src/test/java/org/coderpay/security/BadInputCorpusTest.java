package org.coderpay.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.coderpay.build.SiteBaker;
import org.coderpay.build.StrictBuildGate;
import org.coderpay.build.TestSites;
import org.coderpay.data.YamlTree;
import org.coderpay.diagnostics.SourceText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A corpus of bad inputs, each put into a fixture site whose last good bake is already published: the
 * bake must fail the way the Maven build fails (an Oven error), name the file (and line where the
 * input has lines), and leave the published site byte for byte as it was. Nothing may hang or run out
 * of memory: the limits are {@link SourceText#MAX_BYTES}, {@link YamlTree#MAX_NESTING} and
 * {@link YamlTree#MAX_ALIASES} (stated in docs/editors-guide.md). The timeout below only guards against
 * a hang; it is no speed test.
 */
class BadInputCorpusTest {
    private static final Duration HANG_GUARD = Duration.ofMinutes(3);

    @TempDir
    static Path shared;
    private static Path lastGood;

    /** One bad input: what to do to a good fixture site, and what the report must say. */
    record Case(String name, Consumer<Path> breakSite, String where, String message) {
        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeAll
    static void bakeTheLastGoodSite() throws IOException {
        Path site = TestSites.fixtureSite(shared.resolve("good"));
        SiteBaker.Result good = SiteBaker.bake(site, shared.resolve("good-out/website"));
        assertThat(good.succeeded()).as(good.report()).isTrue();
        lastGood = good.published();
    }

    static Stream<Case> corpus() {
        return Stream.of(
                page("header line without =", "title=Pay\ndescription\n~~~~~~\nText.\n",
                        "content/bad.md:2:1", "This header line has no '='."),
                page("NUL in a header value", "title=Pay\u0000day\ndescription=Pay.\n~~~~~~\nText.\n",
                        "content/bad.md:1:10", "U+0000"),
                page("escape character in the body", "title=Pay\ndescription=Pay.\n~~~~~~\nText \u001b[31mred.\n",
                        "content/bad.md:4:6", "U+001B"),
                page("unknown directive", "title=Pay\ndescription=Pay.\n~~~~~~\n```salary-tabel\ndataset: specialties\n```\n",
                        "content/bad.md:4", "salary-tabel"),
                page("figure naming nothing", "title=Pay\ndescription=Pay.\n~~~~~~\nCoders earn {{ nosuch.thing }}.\n",
                        "content/bad.md:4", "nosuch"),
                new Case("huge page", site -> TestSites.write(site, "content/bad.md",
                        ("title=Pay\ndescription=Pay.\n~~~~~~\n" + "word ".repeat(SourceText.MAX_BYTES / 5 + 10))),
                        "content/bad.md", "larger than 1 MiB"),
                new Case("binary file as a page", site -> TestSites.write(site, "content/bad.md", png()),
                        "content/bad.md:1:1", "not valid UTF-8"),
                new Case("binary file as a dataset", site -> TestSites.write(site, "data/blob.yaml", png()),
                        "data/blob.yaml:1:1", "not valid UTF-8"),
                dataset("broken YAML", "kind: pay-ranges\ntitle: Pay\n  label: [unclosed\n", "data/bad.yaml:3", "not valid YAML"),
                dataset("wrong type", validDataset().replace("low: 55000", "low: lots"), "data/bad.yaml:12", "lots"),
                dataset("label longer than the limit", validDataset().replace("label: Anesthesia", "label: " + "x".repeat(300)),
                        "data/bad.yaml:11", ""),
                dataset("control character escaped in YAML", validDataset().replace("label: Anesthesia",
                        "label: \"Anes\\0thesia\""), "data/bad.yaml:11", "control character"),
                dataset("deep nesting", "kind: pay-ranges\nrows: " + "[".repeat(100_000) + "\n",
                        "data/bad.yaml:2", "nested more than " + YamlTree.MAX_NESTING),
                dataset("billion laughs", billionLaughs(), "data/bad.yaml:4:8", "more than " + YamlTree.MAX_ALIASES + " aliases"),
                dataset("alias that contains itself", "kind: pay-ranges\nrows: &a\n  - *a\n", "data/bad.yaml", "contains itself"),
                new Case("huge dataset", site -> TestSites.write(site, "data/bad.yaml",
                        "kind: pay-ranges\n# " + "x".repeat(SourceText.MAX_BYTES) + "\n"), "data/bad.yaml", "larger than 1 MiB"),
                new Case("template error", site -> TestSites.write(site, "templates/home.ftlh",
                        read(site.resolve("templates/home.ftlh")).replaceFirst("\n", java.util.regex.Matcher.quoteReplacement("\n${page.noSuchValue}\n"))),
                        "templates/home.ftlh:2", "noSuchValue"),
                new Case("template syntax error", site -> TestSites.write(site, "templates/home.ftlh",
                        read(site.resolve("templates/home.ftlh")) + "<#if>\n"), "templates/home.ftlh", ""),
                new Case("two pages, one address", site -> {
                    TestSites.write(site, "content/about.md", "title=A\ndescription=A.\n~~~~~~\nA.\n");
                    TestSites.write(site, "assets/about.html", "<p>B</p>");
                }, "about.html", "would all be written to"),
                new Case("asset named like the headers file", site -> TestSites.write(site, "assets/_headers", "/*\n  X-Test: 1\n"),
                        "_headers", "would all be written to"),
                new Case("page linked from outside the repository", site -> link(site, "content/leak.md",
                        outside("secret.md", "title=Secret\ndescription=Secret.\n~~~~~~\nA secret.\n")),
                        "content/leak.md", "symbolic link to"),
                new Case("asset linked from outside the repository", site -> link(site, "assets/id_rsa",
                        outside("id_rsa", "PRIVATE KEY")), "assets/id_rsa", "outside the site's folder"),
                new Case("folder linked from outside the repository", site -> link(site, "assets/home",
                        outside("home/notes.txt", "private").getParent()), "assets/home", "outside the site's folder"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void failsNamingTheFileAndLeavesTheLastGoodSiteUntouched(Case bad) throws IOException {
        Path site = TestSites.fixtureSite(shared.resolve("cases").resolve(bad.name().replaceAll("\\W+", "-")));
        bad.breakSite().accept(site);
        Path published = site.resolveSibling(site.getFileName() + "-out").resolve("website");
        TestSites.copyTree(lastGood, published);

        SiteBaker.Result result = assertTimeoutPreemptively(HANG_GUARD, () -> SiteBaker.bake(site, published));

        assertThat(result.succeeded()).as(result.report()).isFalse();
        assertThat(result.errors()).as("Oven errors, which make the Maven build fail").isNotEmpty();
        assertThat(result.report()).contains(bad.where()).contains(bad.message());
        TestSites.assertSameBytes(lastGood, published);
    }

    private static Case page(String name, String text, String where, String message) {
        return new Case(name, site -> TestSites.write(site, "content/bad.md", text), where, message);
    }

    private static Case dataset(String name, String text, String where, String message) {
        return new Case(name, site -> TestSites.write(site, "data/bad.yaml", text), where, message);
    }

    /** A small valid pay-ranges dataset (its line 11 is the first row's label, line 12 its pay). */
    private static String validDataset() {
        return """
                # a dataset for the corpus
                kind: pay-ranges
                title: Pay by something
                label: Something
                unit: USD
                period: year
                source: compiled
                reviewed: 2026-01-01
                rows:
                  - id: anesthesia
                    label: Anesthesia
                    pay: {low: 55000, high: 75000}
                """;
    }

    /** Each list repeats the one before ten times: a few hundred bytes that would expand to 10^9 values. */
    private static String billionLaughs() {
        StringBuilder yaml = new StringBuilder("kind: pay-ranges\na: &a [\"lol\", \"lol\"]\n");
        char previous = 'a';
        for (char c = 'b'; c <= 'j'; c++) {
            String[] refs = new String[10];
            Arrays.fill(refs, "*" + previous);
            yaml.append(c).append(": &").append(c).append(" [").append(String.join(", ", refs)).append("]\n");
            previous = c;
        }
        return yaml.toString();
    }

    private static byte[] png() {
        byte[] bytes = new byte[64];
        byte[] header = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        System.arraycopy(header, 0, bytes, 0, header.length);
        return bytes;
    }

    private static Path outside(String relative, String text) {
        return TestSites.write(shared.resolve("outside-the-repository"), relative, text);
    }

    private static void link(Path site, String relative, Path target) {
        try {
            Path link = site.resolve(relative);
            Files.createDirectories(link.getParent());
            Files.createSymbolicLink(link, target);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unused")
    private static final List<Class<?>> DOCUMENTED = List.of(StrictBuildGate.class);
}
