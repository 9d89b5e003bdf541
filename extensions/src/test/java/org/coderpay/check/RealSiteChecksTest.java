package org.coderpay.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.coderpay.build.BakeSummary;
import org.jbake.app.Oven;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bakes the real site once and runs the gates that need no browser over it (verify runs all of them,
 * the browser too, on the published site). Also checks the bake's record of which source wrote which
 * page, which every finding relies on.
 */
class RealSiteChecksTest {
    static final Path SITE = Path.of(System.getProperty("site.root", "..")).toAbsolutePath().normalize();

    @TempDir
    static Path temp;
    static Path output;

    @BeforeAll
    static void bake() {
        // Baked into a subfolder so the record written beside the output stays inside the temp folder.
        output = temp.resolve("website");
        Oven oven = new Oven(new JBakeConfigurationFactory().createDefaultJbakeConfiguration(SITE.toFile(),
                output.toFile(), true));
        oven.bake();
        assertThat(oven.getErrors()).as("bake errors").isEmpty();
    }

    @Test
    void theBakeRecordsTheSourceOfEveryPublishedFile() throws Exception {
        Path record = BakeSummary.sourcesFileFor(output);
        PublishedSite site = PublishedSite.load(output, record, SITE);

        assertThat(record).isRegularFile();
        assertThat(site.sourceOf("index.html")).isEqualTo("content/index.md");
        assertThat(site.sourceOf("404.html")).isEqualTo("content/404.md");
        assertThat(site.sourceOf("css/site.css")).isEqualTo("assets/css/site.css");
        assertThat(site.files().keySet()).allSatisfy(file -> assertThat(site.sourceOf(file)).as(file).isNotEmpty());
    }

    @Test
    void theRealSitePassesTheGatesThatNeedNoBrowser() throws Exception {
        PublishedSite site = PublishedSite.load(output, BakeSummary.sourcesFileFor(output), SITE);

        // Gates called directly, not through SiteChecks.run, so the test log holds no summary lines that
        // could be mistaken for the build's own.
        List<GateResult> results = new java.util.ArrayList<>();
        for (Gate gate : List.of(new HtmlValidityGate(), new LinkGate(null), new WeightGate(null), new InlineCodeGate())) {
            results.add(gate.check(site));
        }

        assertThat(results).allSatisfy(r -> assertThat(r.findings()).as(r.gate() + " findings").isEmpty());
        assertThat(results).extracting(GateResult::gate).containsExactly("html", "links", "weight", "inline");
        assertThat(results.get(0).checked()).isGreaterThanOrEqualTo(4);
    }
}
