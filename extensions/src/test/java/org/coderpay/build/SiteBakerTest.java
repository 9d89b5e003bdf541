package org.coderpay.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SiteBaker can bake again and again in one JVM, and reports a site it cannot bake at all. */
class SiteBakerTest {
    @TempDir
    Path dir;

    @Test
    void problemsOfOneBakeDoNotLeakIntoTheNext() throws IOException {
        Path broken = TestSites.fixtureSite(dir.resolve("broken"));
        TestSites.write(broken, "content/guide/pay.md", "no header\n");
        Path good = TestSites.fixtureSite(dir.resolve("good"));
        TestSites.write(good, "content/guide/pay.md", "title=Pay\ndescription=Pay.\nstatus=draft\n~~~~~~\nx\n");

        assertThat(SiteBaker.bake(broken, dir.resolve("out1/website")).problems().size()).isEqualTo(1);
        SiteBaker.Result next = SiteBaker.bake(good, dir.resolve("out2/website"));
        assertThat(next.succeeded()).as(next.report()).isTrue();
        assertThat(next.problems().isEmpty()).isTrue();
        assertThat(next.drafts()).containsExactly("content/guide/pay.md");
        SiteBaker.Result again = SiteBaker.bake(broken, dir.resolve("out1/website"));
        assertThat(again.problems().size()).as("the same problem once, not once per bake so far").isEqualTo(1);
        assertThat(again.drafts()).isEmpty();
    }

    @Test
    void siteWithoutTemplatesFailsWithAReadableError() throws IOException {
        Path site = dir.resolve("site");
        TestSites.write(site, "content/index.md", TestSites.HOME);
        Files.writeString(site.resolve("jbake.properties"), "");
        SiteBaker.Result result = SiteBaker.bake(site, dir.resolve("out/website"));

        assertThat(result.succeeded()).isFalse();
        assertThat(result.report()).startsWith("Bake error: ").containsIgnoringCase("template");
        assertThat(result.published()).doesNotExist();
    }

    @Test
    void stagingSitsBesideThePublishedFolderAsInTheMavenBuild() {
        assertThat(SiteBaker.stagingFor(Path.of("/x/target/website")))
                .isEqualTo(Path.of("/x/target/staging/website"));
    }
}
