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
 * Bakes the real site once: checks the bake's record of which source wrote which page (every finding
 * relies on it) and runs the gates that need no browser over the real pages.
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

    /**
     * Zero findings on the real site is the verify gate's job (its report is the one editors read), so
     * a content problem does not fail the build here first with a test dump. This checks that the
     * gates understand the real pages: every page and stylesheet is checked, and any finding names a
     * published page and the source it came from.
     */
    @Test
    void theGatesCheckEveryRealPageAndTraceEachFindingToItsSource() throws Exception {
        PublishedSite site = PublishedSite.load(output, BakeSummary.sourcesFileFor(output), SITE);

        List<GateResult> results = new java.util.ArrayList<>();
        for (Gate gate : List.of(new HtmlValidityGate(), new LinkGate(null), new WeightGate(null), new InlineCodeGate())) {
            results.add(gate.check(site));
        }

        int pages = site.pages().size();
        assertThat(pages).isGreaterThanOrEqualTo(3);
        assertThat(results).extracting(GateResult::checked)
                .containsExactly(pages + site.stylesheets().size(), pages + site.stylesheets().size(), pages, pages);
        assertThat(results).flatExtracting(GateResult::findings).allSatisfy(f -> {
            assertThat(site.exists(f.page())).as(f.location()).isTrue();
            assertThat(f.source()).as(f.location()).isNotEmpty();
        });
    }
}
