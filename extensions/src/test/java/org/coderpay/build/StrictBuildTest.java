package org.coderpay.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jbake.template.RenderingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per strict-build rule of the site: each bad input makes the bake fail (JBake's Oven reports
 * an error, which jbake-maven-plugin turns into a failed build and a non-zero exit), nothing is
 * published, and the report names the file and line (and column where there is one).
 */
class StrictBuildTest {
    private static final String PAGE = "content/guide/pay.md";

    @TempDir
    Path dir;

    private SiteBaker.Result bakeWith(String relative, String text) throws IOException {
        Path site = TestSites.fixtureSite(dir.resolve("site"));
        TestSites.write(site, relative, text);
        return SiteBaker.bake(site, dir.resolve("out/website"));
    }

    /** The bake failed the way the Maven build fails, published nothing, and the report has {@code where}. */
    private static void assertFailsAt(SiteBaker.Result result, String where, String message) {
        assertThat(result.succeeded()).as(result.report()).isFalse();
        assertThat(result.errors()).as("Oven errors, which make jbake-maven-plugin fail the build")
                .anySatisfy(e -> assertThat(e).isInstanceOf(RenderingException.class)
                        .isInstanceOf(StrictBuildGate.ProblemsFound.class));
        assertThat(result.publish()).isEmpty();
        assertThat(result.published()).doesNotExist();
        assertThat(result.report()).contains(where + "  error  ").contains(message);
    }

    @Test
    void yamlHeaderBetweenDashesFailsAtItsFirstLine() throws IOException {
        SiteBaker.Result result = bakeWith(PAGE, """
                ---
                title: Pay
                description: Pay.
                ---
                Text.
                """);
        assertFailsAt(result, PAGE + ":1:1", "written as YAML between --- lines");
        assertThat(result.report()).contains("~~~~~~");
    }

    @Test
    void fileWithoutHeaderFails() throws IOException {
        SiteBaker.Result result = bakeWith(PAGE, "Just some text.\n\nMore text.\n");
        assertFailsAt(result, PAGE + ":1:1", "The file has no header.");
    }

    @Test
    void missingTitleFailsAtTheHeaderEnd() throws IOException {
        SiteBaker.Result result = bakeWith(PAGE, """
                description=Pay.
                ~~~~~~
                Text.
                """);
        assertFailsAt(result, PAGE + ":2:1", "The header has no title.");
    }

    @Test
    void malformedDateFailsAtTheValue() throws IOException {
        SiteBaker.Result result = bakeWith(PAGE, """
                title=Pay
                description=Pay.
                date=2026-02-30
                ~~~~~~
                Text.
                """);
        assertFailsAt(result, PAGE + ":3:6", "\"2026-02-30\" is not a valid date.");
    }

    @Test
    void unknownTypeFailsWithTheClosestType() throws IOException {
        SiteBaker.Result result = bakeWith(PAGE, """
                title=Pay
                description=Pay.
                type=artcle
                ~~~~~~
                Text.
                """);
        assertFailsAt(result, PAGE + ":3:6", "Unknown type \"artcle\".");
        assertThat(result.report()).contains("Did you mean \"article\"?");
    }

    @Test
    void unknownStatusFails() throws IOException {
        SiteBaker.Result result = bakeWith(PAGE, """
                title=Pay
                description=Pay.
                status=live
                ~~~~~~
                Text.
                """);
        assertFailsAt(result, PAGE + ":3:8", "Unknown status \"live\".");
        assertThat(result.report()).contains("draft").contains("published");
    }

    @Test
    void misspelledKeyFailsWithDidYouMean() throws IOException {
        SiteBaker.Result result = bakeWith(PAGE, """
                title=Pay
                descripton=Pay.
                ~~~~~~
                Text.
                """);
        assertFailsAt(result, PAGE + ":2:1", "Unknown header key \"descripton\".");
        assertThat(result.report()).contains("Did you mean \"description\"?");
    }

    @Test
    void invalidUtf8FailsAtTheBadByte() throws IOException {
        Path site = TestSites.fixtureSite(dir.resolve("site"));
        byte[] latin1 = "title=Pay\ndescription=Pay.\n~~~~~~\nA caf\u00e9 owner.\n".getBytes(StandardCharsets.ISO_8859_1);
        TestSites.write(site, PAGE, latin1);
        SiteBaker.Result result = SiteBaker.bake(site, dir.resolve("out/website"));
        assertFailsAt(result, PAGE + ":4:6", "not valid UTF-8 (byte 0xE9");
    }

    @Test
    void twoPagesWritingOneAddressFail() throws IOException {
        Path site = TestSites.fixtureSite(dir.resolve("site"));
        TestSites.write(site, "content/about.md", "title=About\ndescription=About.\n~~~~~~\nText.\n");
        TestSites.write(site, "content/about.html", "<p>About</p>\n");
        SiteBaker.Result result = SiteBaker.bake(site, dir.resolve("out/website"));
        // A clash has no line: it is between whole files, so both files are named.
        assertFailsAt(result, "content/about.html", "would all be written to about.html");
        assertThat(result.report()).contains("content/about.html, content/about.md");
    }

    @Test
    void pageAndAssetWritingOneAddressFail() throws IOException {
        Path site = TestSites.fixtureSite(dir.resolve("site"));
        TestSites.write(site, PAGE, "title=Pay\ndescription=Pay.\n~~~~~~\nText.\n");
        TestSites.write(site, "assets/guide/pay/index.html", "<p>Old copy</p>\n");
        SiteBaker.Result result = SiteBaker.bake(site, dir.resolve("out/website"));
        assertFailsAt(result, "assets/guide/pay/index.html", "would all be written to guide/pay/index.html");
        assertThat(result.report()).contains("assets/guide/pay/index.html, " + PAGE);
    }

    @Test
    void draftsAreNeverPublishedAndAreListed() throws IOException {
        Path site = TestSites.fixtureSite(dir.resolve("site"));
        TestSites.write(site, PAGE, "title=Pay\ndescription=Pay.\nstatus=draft\n~~~~~~\nUnfinished.\n");
        TestSites.write(site, "content/guide/skills.md", "title=Skills\ndescription=Skills.\n~~~~~~\nDone.\n");
        SiteBaker.Result result = SiteBaker.bake(site, dir.resolve("out/website"));

        assertThat(result.succeeded()).as(result.report()).isTrue();
        assertThat(result.drafts()).containsExactly(PAGE);
        assertThat(result.report()).contains("Drafts, not published (1): " + PAGE);
        assertThat(result.published().resolve("guide/skills/index.html")).isRegularFile();
        assertThat(result.published().resolve("guide/pay")).doesNotExist();
        assertThat(TestSites.snapshot(result.published()).keySet()).noneMatch(p -> p.contains("pay"));
    }

    @Test
    void everyBadFileOfARunIsReported() throws IOException {
        Path site = TestSites.fixtureSite(dir.resolve("site"));
        TestSites.write(site, "content/guide/a.md", "---\ntitle: A\n---\n");
        TestSites.write(site, "content/guide/b.md", "title=B\ndescription=B.\ndate=yesterday\n~~~~~~\nB.\n");
        TestSites.write(site, "content/guide/c.md", "titel=C\ndescription=C.\n~~~~~~\nC.\n");
        SiteBaker.Result result = SiteBaker.bake(site, dir.resolve("out/website"));

        assertThat(result.succeeded()).isFalse();
        assertThat(result.report())
                .contains("content/guide/a.md:1:1  error  ")
                .contains("content/guide/b.md:3:6  error  ")
                .contains("content/guide/c.md:1:1  error  ");
        // c.md also lacks a title, since its only title line is misspelled: four problems in three files.
        assertThat(result.problems().list()).extracting(p -> p.file().toString().replace('\\', '/'))
                .containsExactly("content/guide/a.md", "content/guide/b.md", "content/guide/c.md",
                        "content/guide/c.md");
        assertThat(result.report()).contains("4 problems in 3 files.");
    }

    @Test
    void goodFixtureBakesAndPublishes() throws IOException {
        SiteBaker.Result result = bakeWith(PAGE, "title=Pay\ndescription=What coders earn.\n~~~~~~\nCoders earn *money*.\n");
        assertThat(result.succeeded()).as(result.report()).isTrue();
        assertThat(Files.readString(result.published().resolve("guide/pay/index.html")))
                .contains("<em>money</em>");
        assertThat(result.report()).matches("(?s)Published \\d+ pages .*");
    }

    @Test
    void siteOriginThatIsNoHttpsSchemeAndHostFailsAtItsValue() throws IOException {
        Path site = TestSites.fixtureSite(dir.resolve("site"));
        Path properties = site.resolve("jbake.properties");
        String text = Files.readString(properties, StandardCharsets.UTF_8);
        int line = (int) text.lines().count() + 1;

        Files.writeString(properties, text + "site.origin = https://coder.github.io/pay-guide\n", StandardCharsets.UTF_8);
        SiteBaker.Result withPath = SiteBaker.bake(site, dir.resolve("out/website"));
        assertFailsAt(withPath, "jbake.properties:" + line + ":15", "site.origin \"https://coder.github.io/pay-guide\" has more than a scheme and host.");
        assertThat(withPath.report()).contains("Keep site.origin=https://coder.github.io and, if the site lives in a folder,"
                + " set site.basePath=/pay-guide/ instead.").contains("^^^^");

        Files.writeString(properties, text + "site.origin=http://coderpay.example\n", StandardCharsets.UTF_8);
        assertFailsAt(SiteBaker.bake(site, dir.resolve("out/website")), "jbake.properties:" + line + ":13",
                "site.origin \"http://coderpay.example\" is not an https address.");
        // The preview bakes with its own address, and still reports what the file says.
        assertFailsAt(SiteBaker.bake(site, dir.resolve("out/website"), java.util.Map.of("site.origin", "http://127.0.0.1:8820")),
                "jbake.properties:" + line + ":13", "site.origin \"http://coderpay.example\" is not an https address.");

        Files.writeString(properties, text, StandardCharsets.UTF_8);
        SiteBaker.Result fromCommandLine = SiteBaker.bake(site, dir.resolve("out/website"),
                java.util.Map.of("site.origin", "coderpay.example"));
        assertFailsAt(fromCommandLine, "jbake.properties", "site.origin \"coderpay.example\" is not a web address."
                + " (set with -Dsite.origin=coderpay.example on the command line)");
    }
}
