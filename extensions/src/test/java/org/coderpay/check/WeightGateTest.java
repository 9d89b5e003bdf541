package org.coderpay.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WeightGateTest {
    @TempDir
    Path dir;

    @Test
    void smallSelfContainedPagesPassAndTheReportListsEachPagesBytes() throws Exception {
        Path report = dir.resolve("reports/page-weight.txt");
        PublishedSite site = new Fixture(dir.resolve("site")).page("index.html", "<p>Small.</p>")
                .page("guide/pay/index.html", "<p>Also small.</p>").site();

        GateResult result = new WeightGate(report).check(site);

        assertThat(result.findings()).isEmpty();
        long html = site.size("index.html");
        long css = site.size("css/site.css");
        assertThat(Files.readString(report)).contains("guide/pay/index.html").containsPattern(
                "index\\.html\\s+" + html + "\\s+" + css + "\\s+0\\s+0\\s+" + (html + css));
    }

    @Test
    void overweightPageFails() throws Exception {
        String big = "<p>" + "Coders earn more with a credential. ".repeat(1500) + "</p>";
        PublishedSite site = new Fixture(dir).page("index.html", "<p>Small.</p>").page("guide/long/index.html", big).site();

        GateResult result = new WeightGate(null).check(site);

        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.page()).isEqualTo("guide/long/index.html");
            assertThat(f.source()).isEqualTo("content/guide/long.md");
            assertThat(f.message()).contains("over the budget of 50.0 KB");
        });
    }

    @Test
    void requestsToOtherHostsFailButLinksToThemDoNot() throws Exception {
        PublishedSite site = new Fixture(dir)
                .page("index.html", "<p><a href=\"https://www.bls.gov/\">BLS</a>\n<img src=\"https://cdn.example.com/a.png\" alt=\"a\">"
                        + "<img srcset=\"/a.png 1x, https://cdn.example.com/b.png 2x\" src=\"/a.png\" alt=\"b\"></p>")
                .file("a.png", "png")
                .file("css/site.css", "@import \"https://fonts.example.com/css\";\nbody { color: #000; }\n").site();

        GateResult result = new WeightGate(null).check(site);

        assertThat(result.findings()).extracting(Finding::message)
                .anySatisfy(m -> assertThat(m).contains("https://cdn.example.com/a.png"))
                .anySatisfy(m -> assertThat(m).contains("https://cdn.example.com/b.png"))
                .anySatisfy(m -> assertThat(m).contains("https://fonts.example.com/css"))
                .noneSatisfy(m -> assertThat(m).contains("bls.gov"));
    }

    @Test
    void heavyCssAndScriptsAndWebFontsFail() throws Exception {
        PublishedSite site = new Fixture(dir)
                .page("index.html", "<script src=\"/js/app.js\"></script><p>x</p>")
                .file("css/site.css", "p { color: #000; }\n".repeat(1200) + "@font-face { font-family: X; src: url(/f.woff2); }\n")
                .file("js/app.js", "console.log(1);\n".repeat(1100))
                .file("f.woff2", "font").site();

        GateResult result = new WeightGate(null).check(site);

        assertThat(result.findings()).extracting(Finding::message)
                .anySatisfy(m -> assertThat(m).contains("The page loads").contains("of CSS").contains("over the budget of 20.0 KB"))
                .anySatisfy(m -> assertThat(m).contains("The site publishes").contains("of CSS"))
                .anySatisfy(m -> assertThat(m).contains("of JavaScript").contains("over the budget of 15.0 KB"))
                .anySatisfy(m -> assertThat(m).contains("Web font published"))
                .anySatisfy(m -> assertThat(m).contains("@font-face"));
        assertThat(result.note()).contains("JavaScript on 1 of 1 pages");
    }
}
