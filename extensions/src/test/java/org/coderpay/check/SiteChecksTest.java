package org.coderpay.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteChecksTest {
    @TempDir
    Path dir;

    @Test
    void everyGateRunsEveryFindingIsPrintedAndEachGateEndsWithASummaryLine() throws Exception {
        PublishedSite site = new Fixture(dir.resolve("site"))
                .page("index.html", "<p><a href=\"/nowhere/\">Dead</a></p>")
                .page("guide/bad/index.html", "<p><div>x</div></p>").site();
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<GateResult> results;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            results = SiteChecks.run(site, List.of(new HtmlValidityGate(), new LinkGate(null), new WeightGate(null)));
        } finally {
            System.setOut(original);
        }
        String log = out.toString(StandardCharsets.UTF_8);

        assertThat(results).extracting(GateResult::passed).containsExactly(false, false, true);
        assertThat(log).contains("guide/bad/index.html:12").contains("(from content/guide/bad.md)")
                .contains("Dead link \"/nowhere/\"").contains("fix: ");
        String summary = log.substring(log.lastIndexOf("Gate html:"));
        assertThat(summary.lines()).hasSize(3);
        assertThat(summary.lines()).as("each gate's line ends with its time").allMatch(l -> l.matches(".*; \\d+\\.\\d s$"));
        assertThat(summary).contains("Gate html:    FAILED").contains("Gate links:   FAILED, 3 pages and stylesheets checked, 1 finding")
                .contains("Gate weight:  passed, 2 pages checked, 0 findings");
    }

    @Test
    void recordedSourcesNameGeneratedPages() throws Exception {
        new Fixture(dir.resolve("site")).page("salaries/texas/index.html", "<p>x</p>");
        Path sources = dir.resolve("site.sources.properties");
        Files.writeString(sources, "salaries/texas/index.html=data/states.yaml\n");

        PublishedSite site = PublishedSite.load(dir.resolve("site"), sources);

        assertThat(site.sourceOf("salaries/texas/index.html")).isEqualTo("data/states.yaml");
        assertThat(site.sourceOf("css/site.css")).isEmpty();
        assertThat(Finding.onPage(site, "css/site.css", "x", "y").location()).isEqualTo("css/site.css (source not recorded by the bake)");
    }

    @Test
    void withoutARecordSourcesFollowTheAddressConvention() throws Exception {
        PublishedSite site = new Fixture(dir.resolve("site")).page("guide/pay/index.html", "<p>x</p>").site();

        assertThat(site.sourceOf("guide/pay/index.html")).isEqualTo("content/guide/pay.md");
        assertThat(site.sourceOf("404.html")).isEqualTo("content/404.md");
        assertThat(site.sourceOf("index.html")).isEqualTo("content/index.md");
        assertThat(site.sourceOf("css/site.css")).isEqualTo("assets/css/site.css");
    }
}
