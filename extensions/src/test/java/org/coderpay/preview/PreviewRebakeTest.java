package org.coderpay.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.coderpay.build.SiteBaker;
import org.coderpay.build.TestSites;
import org.jsoup.Jsoup;
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
                .contains("Still serving the last good bake");

        TestSites.write(site, "content/guide/pay.md", "title=Pay\ndescription=Pay.\n~~~~~~\nThird.\n");
        assertThat(preview.rebake(Set.of("content/guide/pay.md")).succeeded()).isTrue();
        assertThat(Files.readString(published.resolve("guide/pay/index.html"))).contains("Third.");
    }

    @Test
    void watcherReportsSourcesInWatchedFoldersAndIgnoresOtherFiles() throws Exception {
        Path site = TestSites.fixtureSite(dir.resolve("site"));
        Files.createDirectories(site.resolve("target/website"));
        ChangeBatcher batcher = new ChangeBatcher(Duration.ofMillis(500));
        BlockingQueue<Set<String>> bursts = new LinkedBlockingQueue<>();
        try (SourceWatcher watcher = new SourceWatcher(site, batcher::offer)) {
            Thread thread = new Thread(() -> batcher.run(bursts::add), "test-batcher");
            thread.setDaemon(true);
            thread.start();

            TestSites.write(site, "notes.txt", "not a source");
            TestSites.write(site, "target/website/index.html", "baked output, not a source");
            TestSites.write(site, "content/.page.md.swp", "an editor's swap file");
            TestSites.write(site, "content/guide/new-folder/page.md", "title=A\n");
            TestSites.write(site, "content/index.md", TestSites.HOME + "\nMore.\n");
            Set<String> changes = collect(bursts, Set.of("content/index.md", "content/guide/new-folder/page.md"));
            assertThat(changes).contains("content/index.md", "content/guide/new-folder/page.md")
                    .doesNotContain("notes.txt", "target/website/index.html", "content/.page.md.swp");

            // A file in a folder created while watching is seen too, and so is jbake.properties.
            TestSites.write(site, "content/guide/new-folder/page.md", "title=B\n");
            TestSites.write(site, "jbake.properties", Files.readString(site.resolve("jbake.properties")) + "\n");
            Files.delete(site.resolve("content/index.md"));
            assertThat(collect(bursts, Set.of("content/guide/new-folder/page.md", "jbake.properties", "content/index.md")))
                    .contains("content/guide/new-folder/page.md", "jbake.properties", "content/index.md");
            thread.interrupt();
        }
    }

    /** Gathers reported changes until all of {@code expected} came (or 30 seconds passed). */
    private static Set<String> collect(BlockingQueue<Set<String>> bursts, Set<String> expected) throws InterruptedException {
        Set<String> changes = new java.util.TreeSet<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!changes.containsAll(expected) && System.nanoTime() < deadline) {
            Set<String> next = bursts.poll(1, TimeUnit.SECONDS);
            if (next != null) {
                changes.addAll(next);
            }
        }
        return changes;
    }

    @Test
    void previewWritesItsOwnAddressIntoTheSharingTagsAndServesTheImageThere() throws Exception {
        Path site = TestSites.fixtureSite(dir.resolve("site"));
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PreviewServer preview = new PreviewServer(site, dir.resolve("out/website"), new PrintStream(log, true, StandardCharsets.UTF_8));
        Thread thread = new Thread(() -> {
            try {
                preview.serve(0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "test-preview");
        thread.setDaemon(true);
        thread.start();
        try {
            Pattern started = Pattern.compile("Preview: (http://127\\.0\\.0\\.1:\\d+)/");
            Matcher m = started.matcher("");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!(m = started.matcher(log.toString(StandardCharsets.UTF_8))).find() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(m.find(0)).as("the preview started: " + log).isTrue();
            String origin = m.group(1);
            HttpClient http = HttpClient.newHttpClient();

            String home = http.send(HttpRequest.newBuilder(URI.create(origin + "/")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            String image = Jsoup.parse(home).select("meta[property=og:image]").attr("content");
            assertThat(image).isEqualTo(origin + "/social/home.png");
            HttpResponse<byte[]> png = http.send(HttpRequest.newBuilder(URI.create(image)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());

            assertThat(png.statusCode()).isEqualTo(200);
            assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
            BufferedImage drawn = ImageIO.read(new ByteArrayInputStream(png.body()));
            assertThat(new int[] {drawn.getWidth(), drawn.getHeight()}).containsExactly(1200, 630);
        } finally {
            thread.interrupt();
            thread.join(TimeUnit.SECONDS.toMillis(10));
        }
        assertThat(thread.isAlive()).as("the preview stops when its thread is interrupted").isFalse();
    }
}
