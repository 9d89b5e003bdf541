package org.coderpay.preview;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.coderpay.bake.SiteSettings;
import org.coderpay.build.SiteBaker;
import org.coderpay.build.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editing loop as a browser tab sees it, against a running preview of a fixture site: the reload
 * channel (read with the JDK's HTTP client, as an EventSource would), the script added to served
 * pages only, the stylesheet swap, and the problems of a broken edit. One preview serves all the
 * steps, in order, because each bake takes seconds on a small machine.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PreviewLoopTest {
    private static final String PAGE = "content/guide/pay.md";
    private static final Pattern SCRIPT = Pattern.compile("<script src=\"/__preview/reload\\.js\\?version=([\\w-]+)\" defer></script>");

    @TempDir
    static Path dir;

    private Path site;
    private Path published;
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private Thread thread;
    private String origin;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void startPreview() throws Exception {
        site = TestSites.fixtureSite(dir.resolve("site"));
        TestSites.write(site, PAGE, page("First version."));
        TestSites.write(site, "assets/css/site.css", "body { color: black; }\n");
        published = dir.resolve("out/website");
        PreviewServer preview = new PreviewServer(site, published, new PrintStream(log, true, StandardCharsets.UTF_8));
        thread = new Thread(() -> {
            try {
                preview.serve(0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "test-preview");
        thread.setDaemon(true);
        thread.start();
        Pattern started = Pattern.compile("Preview: (http://127\\.0\\.0\\.1:\\d+)/");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        Matcher m;
        while (!(m = started.matcher(log())).find() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(m.find(0)).as("the preview started: " + log()).isTrue();
        origin = m.group(1);
    }

    @AfterAll
    void stopPreview() throws InterruptedException {
        thread.interrupt();
        thread.join(TimeUnit.SECONDS.toMillis(10));
        assertThat(thread.isAlive()).as("the preview stops when its thread is interrupted").isFalse();
    }

    @Test
    @Order(1)
    void servedPagesCarryTheReloadScriptWhilePublishedFilesStayAsAPlainBakeMakesThem() throws Exception {
        HttpResponse<byte[]> home = get("/");
        String served = new String(home.body(), StandardCharsets.UTF_8);
        Document doc = Jsoup.parse(served);
        assertThat(doc.select("head > script[src^=/__preview/reload.js]")).hasSize(1);
        assertThat(doc.select("script:not([src]):not([type=application/ld+json])"))
                .as("no inline script but JSON-LD data: the site runs under a strict CSP").isEmpty();
        // Served = the file on disk plus exactly the one tag.
        byte[] onDisk = Files.readAllBytes(published.resolve("index.html"));
        assertThat(SCRIPT.matcher(served).replaceFirst("")).isEqualTo(new String(onDisk, StandardCharsets.UTF_8));

        // Nothing of the preview is written to the published folder...
        try (Stream<Path> files = Files.walk(published)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1))
                        .as(file.toString()).doesNotContain("__preview");
            }
        }
        // ...which holds the same bytes as a bake with no preview running (same settings).
        Path plain = dir.resolve("plain/website");
        assertThat(SiteBaker.bake(site, plain, Map.of(SiteSettings.ORIGIN, origin)).succeeded()).isTrue();
        TestSites.assertSameBytes(plain, published);

        // Other files are sent as they are, and the script itself is served by the preview.
        assertThat(get("/css/site.css").body()).isEqualTo(Files.readAllBytes(published.resolve("css/site.css")));
        HttpResponse<byte[]> script = get("/__preview/reload.js");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("content-type")).hasValue("text/javascript; charset=utf-8");
        assertThat(get("/__preview/overlay.css").statusCode()).isEqualTo(200);
        assertThat(get("/__preview/nothing.js").statusCode()).isEqualTo(404);
    }

    @Test
    @Order(2)
    void aSavedEditReloadsEveryOpenTab() throws Exception {
        try (EventStreamClient tab1 = new EventStreamClient(origin, servedVersion("/"));
                EventStreamClient tab2 = new EventStreamClient(origin, servedVersion("/guide/pay/"))) {
            assertThat(tab1.next(30)).extracting(EventStreamClient.Event::name).isEqualTo("ok");
            assertThat(tab2.next(30)).extracting(EventStreamClient.Event::name).isEqualTo("ok");

            TestSites.write(site, PAGE, page("Second version."));

            assertThat(tab1.next("reload", 300)).as("tab 1 told to reload; log: " + log()).isNotNull();
            assertThat(tab2.next("reload", 30)).as("tab 2 told to reload").isNotNull();
            assertThat(new String(get("/guide/pay/").body(), StandardCharsets.UTF_8)).contains("Second version.");
            assertThat(log()).containsPattern("Rebaked in \\d+ ms");
        }
    }

    @Test
    @Order(3)
    void aTabWithAnOlderPageIsToldToReloadAsItConnects() throws Exception {
        try (EventStreamClient stale = new EventStreamClient(origin, "an-older-version")) {
            assertThat(stale.next(30)).extracting(EventStreamClient.Event::name).isEqualTo("reload");
        }
    }

    @Test
    @Order(4)
    void aStylesheetChangeSwapsTheStylesheetInsteadOfReloading() throws Exception {
        try (EventStreamClient tab = new EventStreamClient(origin, servedVersion("/"))) {
            assertThat(tab.next(30).name()).isEqualTo("ok");

            TestSites.write(site, "assets/css/site.css", "body { color: navy; }\n");

            EventStreamClient.Event event = tab.next(300);
            assertThat(event).as("log: " + log()).isNotNull();
            assertThat(event.name()).isEqualTo("css");
            assertThat(event.data()).isEqualTo("{\"stylesheets\":[\"/css/site.css\"]}");
            assertThat(new String(get("/css/site.css").body(), StandardCharsets.UTF_8)).contains("navy");
        }
    }

    @Test
    @Order(5)
    void aBrokenEditShowsTheTerminalsProblemsInEveryTabUntilTheNextGoodSave() throws Exception {
        try (EventStreamClient tab = new EventStreamClient(origin, servedVersion("/guide/pay/"))) {
            assertThat(tab.next(30).name()).isEqualTo("ok");

            TestSites.write(site, PAGE, "title=Pay\ndescripton=Pay.\n~~~~~~\nBroken version.\n");

            EventStreamClient.Event problems = tab.next("problems", 300);
            assertThat(problems).as("problems sent; log: " + log()).isNotNull();
            // The same report a bake of these sources gives, from its Problems data.
            SiteBaker.Result same = SiteBaker.bake(site, dir.resolve("broken/website"), Map.of(SiteSettings.ORIGIN, origin));
            assertThat(problems.data()).isEqualTo(ProblemReport.of(same).toJson());
            assertThat(problems.data())
                    .contains("\"location\":\"content/guide/pay.md:2:1\"")
                    .contains("Unknown header key \\\"descripton\\\".")
                    .contains("> 2 | descripton=Pay.\\n");
            assertThat(log()).contains("content/guide/pay.md:2:1  error  Unknown header key \"descripton\".");
            // The last good page stays up.
            assertThat(new String(get("/guide/pay/").body(), StandardCharsets.UTF_8))
                    .contains("Second version.").doesNotContain("Broken version.");

            // A tab opened after the error shows it too.
            try (EventStreamClient late = new EventStreamClient(origin, servedVersion("/"))) {
                EventStreamClient.Event first = late.next(30);
                assertThat(first.name()).isEqualTo("problems");
                assertThat(first.data()).isEqualTo(problems.data());
            }

            TestSites.write(site, PAGE, page("Fixed version."));
            assertThat(tab.next("reload", 300)).as("the fix reloads the tab; log: " + log()).isNotNull();
            assertThat(new String(get("/guide/pay/").body(), StandardCharsets.UTF_8)).contains("Fixed version.");
        }
        try (EventStreamClient after = new EventStreamClient(origin, servedVersion("/"))) {
            assertThat(after.next(30).name()).as("no problems left").isEqualTo("ok");
        }
    }

    @Test
    @Order(6)
    void deletingAPageThatAnotherLinksToShowsTheBrokenLinkInTheOpenTabs() throws Exception {
        TestSites.write(site, "content/guide/other.md",
                "title=Other\ndescription=Links to pay.\n~~~~~~\nSee [the pay page](/guide/pay/).\n");
        try (EventStreamClient tab = new EventStreamClient(origin, servedVersion("/"))) {
            assertThat(tab.next("reload", 300)).as("the new page is published; log: " + log()).isNotNull();
        }
        try (EventStreamClient tab = new EventStreamClient(origin, servedVersion("/guide/other/"))) {
            // "ok", or links the new page itself breaks in this bare fixture (not the one to pay).
            EventStreamClient.Event before = tab.next(30);
            assertThat(before.data()).doesNotContain(DEAD_LINK_TO_PAY);

            Files.delete(site.resolve(PAGE));

            assertThat(tab.next("reload", 300)).as("the bake itself succeeds; log: " + log()).isNotNull();
            EventStreamClient.Event broken = tab.next("problems", 60);
            assertThat(broken).as("the broken link is reported; log: " + log()).isNotNull();
            assertThat(broken.data()).contains("guide/other/index.html").contains(DEAD_LINK_TO_PAY)
                    .contains("(from content/guide/other.md:4)");
            assertThat(log()).contains("some of its links lead nowhere");

            TestSites.write(site, PAGE, page("Back again."));
            assertThat(tab.next("reload", 300)).as("restoring the page reloads; log: " + log()).isNotNull();
        }
        try (EventStreamClient after = new EventStreamClient(origin, servedVersion("/guide/pay/"))) {
            assertThat(after.next(30).data()).as("the link to the pay page works again").doesNotContain(DEAD_LINK_TO_PAY);
        }
    }

    /** How the link gate's message about the deleted page reads inside the report's JSON. */
    private static final String DEAD_LINK_TO_PAY = "Dead link \\\"/guide/pay/\\\"";

    private static String page(String text) {
        return "title=Pay\ndescription=What coders are paid.\n~~~~~~\n" + text + "\n";
    }

    private String servedVersion(String path) throws Exception {
        Matcher m = SCRIPT.matcher(new String(get(path).body(), StandardCharsets.UTF_8));
        assertThat(m.find()).as("the served page " + path + " has the reload script").isTrue();
        return m.group(1);
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(origin + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private String log() {
        return log.toString(StandardCharsets.UTF_8);
    }
}
