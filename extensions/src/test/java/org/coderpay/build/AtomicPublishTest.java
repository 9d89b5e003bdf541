package org.coderpay.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failed bake leaves the published site exactly as it was; a good one replaces it whole. */
class AtomicPublishTest {

    @TempDir
    Path dir;

    @Test
    void failedBakeLeavesThePublishedFolderUntouched() throws IOException {
        Path site = TestSites.fixtureSite(dir.resolve("site"));
        Path published = dir.resolve("out/website");
        TestSites.write(site, "content/guide/pay.md", "title=Pay\ndescription=Pay.\n~~~~~~\nFirst version.\n");
        assertThat(SiteBaker.bake(site, published).succeeded()).isTrue();
        SortedMap<String, String> before = TestSites.snapshot(published);

        TestSites.write(site, "content/guide/pay.md", "title=Pay\ndescription=Pay.\n~~~~~~\nSecond version.\n");
        TestSites.write(site, "content/guide/broken.md", "no header here\n");
        SiteBaker.Result failed = SiteBaker.bake(site, published);

        assertThat(failed.succeeded()).isFalse();
        assertThat(TestSites.snapshot(published)).isEqualTo(before);
        assertThat(Files.readString(published.resolve("guide/pay/index.html"))).contains("First version.");
    }

    @Test
    void goodBakeReplacesThePublishedFolderWhole() throws IOException {
        Path site = TestSites.fixtureSite(dir.resolve("site"));
        Path published = dir.resolve("out/website");
        TestSites.write(site, "content/guide/old.md", "title=Old\ndescription=Old.\n~~~~~~\nOld.\n");
        assertThat(SiteBaker.bake(site, published).succeeded()).isTrue();

        Files.delete(site.resolve("content/guide/old.md"));
        TestSites.write(site, "content/guide/new.md", "title=New\ndescription=New.\n~~~~~~\nNew.\n");
        SiteBaker.Result result = SiteBaker.bake(site, published);

        assertThat(result.succeeded()).as(result.report()).isTrue();
        assertThat(published.resolve("guide/new/index.html")).isRegularFile();
        assertThat(published.resolve("guide/old")).as("a deleted page must not linger").doesNotExist();
        assertThat(SiteBaker.stagingFor(published)).doesNotExist();
    }
}
