package org.coderpay.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.coderpay.build.SiteBaker;
import org.coderpay.build.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the preview does after a change: rebake, swap only on success, report problems otherwise. */
class PreviewRebakeTest {
    @TempDir
    Path dir;

    @Test
    void failedRebakeReportsProblemsAndKeepsTheLastGoodSite() throws Exception {
        Path site = TestSites.fixtureSite(dir.resolve("site"));
        Path published = dir.resolve("out/website");
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PreviewServer preview = new PreviewServer(site, published, new PrintStream(log, true, StandardCharsets.UTF_8));

        TestSites.write(site, "content/guide/pay.md", "title=Pay\ndescription=Pay.\n~~~~~~\nFirst.\n");
        assertThat(preview.rebake(Set.of("content/guide/pay.md")).succeeded()).isTrue();
        assertThat(Files.readString(published.resolve("guide/pay/index.html"))).contains("First.");

        TestSites.write(site, "content/guide/pay.md", "title=Pay\ndescripton=Pay.\n~~~~~~\nSecond.\n");
        SiteBaker.Result failed = preview.rebake(Set.of("content/guide/pay.md"));

        assertThat(failed.succeeded()).isFalse();
        assertThat(Files.readString(published.resolve("guide/pay/index.html"))).contains("First.");
        assertThat(log.toString(StandardCharsets.UTF_8))
                .contains("content/guide/pay.md:2:1  error  Unknown header key \"descripton\".")
                .contains("Still serving the last good bake.");

        TestSites.write(site, "content/guide/pay.md", "title=Pay\ndescription=Pay.\n~~~~~~\nThird.\n");
        assertThat(preview.rebake(Set.of("content/guide/pay.md")).succeeded()).isTrue();
        assertThat(Files.readString(published.resolve("guide/pay/index.html"))).contains("Third.");
    }

    @Test
    void watcherReportsABurstOfChangesOnceAndIgnoresOtherFiles() throws Exception {
        Path site = TestSites.fixtureSite(dir.resolve("site"));
        BlockingQueue<Set<String>> bursts = new LinkedBlockingQueue<>();
        try (SourceWatcher watcher = new SourceWatcher(site, Duration.ofMillis(500))) {
            Thread thread = new Thread(() -> watcher.run(bursts::add), "test-watcher");
            thread.setDaemon(true);
            thread.start();

            TestSites.write(site, "notes.txt", "not a source");
            TestSites.write(site, "content/guide/new-folder/page.md", "title=A\n");
            TestSites.write(site, "content/index.md", TestSites.HOME + "\nMore.\n");
            Set<String> first = bursts.poll(20, TimeUnit.SECONDS);
            assertThat(first).as("changes reported after the quiet spell").isNotNull()
                    .contains("content/index.md", "content/guide/new-folder/page.md").doesNotContain("notes.txt");

            // A file in a folder created while watching is seen too.
            TestSites.write(site, "content/guide/new-folder/page.md", "title=B\n");
            TestSites.write(site, "jbake.properties", Files.readString(site.resolve("jbake.properties")) + "\n");
            Set<String> changes = new java.util.TreeSet<>();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (!changes.containsAll(Set.of("content/guide/new-folder/page.md", "jbake.properties"))
                    && System.nanoTime() < deadline) {
                Set<String> next = bursts.poll(1, TimeUnit.SECONDS);
                if (next != null) {
                    changes.addAll(next);
                }
            }
            assertThat(changes).contains("content/guide/new-folder/page.md", "jbake.properties");
        }
    }
}
