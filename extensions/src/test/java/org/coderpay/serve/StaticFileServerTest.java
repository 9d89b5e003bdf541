package org.coderpay.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.coderpay.build.TestSites;
import org.coderpay.preview.PreviewAssets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The preview serves a baked folder like a static host, on a free loopback port. */
class StaticFileServerTest {
    @TempDir
    Path dir;

    private Path site;
    private StaticFileServer server;
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void start() throws IOException {
        site = dir.resolve("website");
        TestSites.write(site, "index.html", "<p>home</p>");
        TestSites.write(site, "404.html", "<p>site's own not-found page</p>");
        TestSites.write(site, "guide/pay/index.html", "<p>pay</p>");
        TestSites.write(site, "site.webmanifest", "{}");
        TestSites.write(site, "favicon.svg", "<svg/>");
        TestSites.write(site, "estimator.json", "{}");
        TestSites.write(site, "js/sort.js", "//");
        TestSites.write(site, "css/site.css", "p{}");
        TestSites.write(dir, "secret.txt", "outside the site");
        server = new StaticFileServer(() -> site, 0);
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @ParameterizedTest
    @CsvSource({
            "/, text/html; charset=utf-8, <p>home</p>",
            "/guide/pay/, text/html; charset=utf-8, <p>pay</p>",
            "/guide/pay/index.html, text/html; charset=utf-8, <p>pay</p>",
            "/site.webmanifest, application/manifest+json, {}",
            "/favicon.svg, image/svg+xml, <svg/>",
            "/estimator.json, application/json, {}",
            "/js/sort.js, text/javascript; charset=utf-8, //",
            "/css/site.css, text/css; charset=utf-8, p{}",
    })
    void servesFilesWithTheirContentType(String path, String type, String body) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type")).hasValue(type);
        assertThat(response.headers().firstValue("x-content-type-options")).hasValue("nosniff");
        assertThat(response.body()).isEqualTo(body);
    }

    @Test
    void folderWithoutSlashRedirectsToTheSlashedAddress() throws Exception {
        HttpResponse<String> response = get("/guide/pay");
        assertThat(response.statusCode()).isEqualTo(301);
        assertThat(response.headers().firstValue("location")).hasValue("/guide/pay/");
        assertThat(get("/guide/pay?q=1").headers().firstValue("location")).hasValue("/guide/pay/?q=1");
    }

    @Test
    void missingFileGetsTheSitesOwn404PageWithStatus404() throws Exception {
        HttpResponse<String> response = get("/guide/nothing-here/");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).isEqualTo("<p>site's own not-found page</p>");
        assertThat(response.headers().firstValue("content-type")).hasValue("text/html; charset=utf-8");
    }

    @Test
    void servesTheFolderAsItIsNowAfterARebakeReplacedIt() throws Exception {
        TestSites.write(site, "guide/pay/index.html", "<p>pay, rebaked</p>");
        assertThat(get("/guide/pay/").body()).isEqualTo("<p>pay, rebaked</p>");
    }

    @Test
    void onlyGetAndHeadAreAllowed() throws Exception {
        HttpResponse<String> post = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
        HttpResponse<String> head = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
    }

    /** Raw requests, so that no client tidies the path before it reaches the server. */
    @ParameterizedTest
    @ValueSource(strings = {"/../secret.txt", "/%2e%2e/secret.txt", "/guide/../../secret.txt", "/css/..%2f..%2fsecret.txt",
            "/..%5csecret.txt", "/%2e%2e%2fsecret.txt", "//../secret.txt", "/guide/%00/../../secret.txt",
            "/%252e%252e/secret.txt", "/%252e%252e%252fsecret.txt", "/css/%252e%252e%255c%252e%252e%255csecret.txt",
            "/..\\secret.txt", "/css\\..\\..\\secret.txt", "/%5c..%5c..%5csecret.txt", "/%2E%2E/secret.txt",
            "/.%2e/secret.txt", "/guide/..;/..;/secret.txt", "/%c0%ae%c0%ae/secret.txt", "http://127.0.0.1/../secret.txt"})
    void neverServesFilesOutsideTheSite(String path) throws IOException {
        String response = rawGet(path);
        assertThat(response).doesNotContain("outside the site");
        assertThat(response).matches("(?s)HTTP/1\\.1 (400|404) .*");
    }

    @Test
    void symbolicLinkOutOfTheSiteIsNotFollowed() throws Exception {
        Files.createSymbolicLink(site.resolve("leak.txt"), dir.resolve("secret.txt"));
        HttpResponse<String> response = get("/leak.txt");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("outside the site");
    }

    @Test
    void aFolderWithoutIndexIsNotFoundNeverListed() throws Exception {
        TestSites.write(site, "guide/other/page.html", "<p>a page</p>");
        HttpResponse<String> response = get("/guide/other/");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).isEqualTo("<p>site's own not-found page</p>");
    }

    @Test
    void sendsNoServerBanner() throws IOException {
        String response = rawGet("/");
        assertThat(response).startsWith("HTTP/1.1 200 ");
        assertThat(headers(response)).noneMatch(h -> h.toLowerCase(java.util.Locale.ROOT).startsWith("server:"))
                .noneMatch(h -> h.toLowerCase(java.util.Locale.ROOT).startsWith("x-powered-by:"));
    }

    @Test
    void answersOnlyToThisMachinesNamesSoARebindingDomainCannotReadIt() throws IOException {
        assertThat(raw("GET / HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n"))
                .startsWith("HTTP/1.1 421 ").doesNotContain("home");
        assertThat(raw("GET / HTTP/1.1\r\nConnection: close\r\n\r\n")).doesNotStartWith("HTTP/1.1 200 ");
        assertThat(raw("GET / HTTP/1.1\r\nHost: localhost:" + server.port() + "\r\nConnection: close\r\n\r\n"))
                .startsWith("HTTP/1.1 200 ");
        assertThat(raw("GET / HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\nConnection: close\r\n\r\n"))
                .startsWith("HTTP/1.1 200 ");
    }

    @Test
    void refusesTooManyHeaders() throws IOException {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < RequestGuard.MAX_HEADERS + 10; i++) {
            many.append("X-Filler-").append(i).append(": x\r\n");
        }
        assertThat(raw("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n" + many + "Connection: close\r\n\r\n"))
                .startsWith("HTTP/1.1 431 ");
        // Far beyond: the JDK's own parser refuses before the guard, whatever it answers, never the page.
        for (int i = 0; i < 2000; i++) {
            many.append("X-More-").append(i).append(": x\r\n");
        }
        assertThat(raw("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n" + many + "Connection: close\r\n\r\n"))
                .doesNotStartWith("HTTP/1.1 200 ").doesNotContain("home");
    }

    @Test
    void refusesHugeHeaders() throws IOException {
        String big = "x".repeat(RequestGuard.MAX_HEADER_BYTES + 1);
        assertThat(raw("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + big + "\r\nConnection: close\r\n\r\n"))
                .startsWith("HTTP/1.1 431 ");
        String huge = "x".repeat(2 * 1024 * 1024);
        assertThat(raw("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Huge: " + huge + "\r\nConnection: close\r\n\r\n"))
                .doesNotStartWith("HTTP/1.1 200 ").doesNotContain("home");
    }

    @Test
    void refusesLongAddressesAndRequestBodies() throws IOException {
        assertThat(rawGet("/" + "a".repeat(RequestGuard.MAX_TARGET_LENGTH))).startsWith("HTTP/1.1 414 ");
        assertThat(raw("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello"))
                .startsWith("HTTP/1.1 413 ");
        assertThat(raw("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n0\r\n\r\n"))
                .startsWith("HTTP/1.1 413 ");
        assertThat(raw("DELETE / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")).startsWith("HTTP/1.1 405 ");
    }

    @Test
    void aRequestDuringARebakesSwapWaitsForTheNewSiteInsteadOfSeeingItMissing() throws Exception {
        // What PublishSite does: published -> published.previous, staging -> published, delete previous.
        Path staging = dir.resolve("staging");
        TestSites.copyTree(site, staging);
        TestSites.write(staging, "guide/pay/index.html", "<p>pay, new bake</p>");
        Path previous = dir.resolve("website.previous");
        Files.move(site, previous);
        java.util.concurrent.CompletableFuture<HttpResponse<String>> during = client.sendAsync(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/guide/pay/")).build(),
                HttpResponse.BodyHandlers.ofString());
        Thread.sleep(300);
        Files.move(staging, site);
        try (java.util.stream.Stream<Path> walk = Files.walk(previous)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }

        HttpResponse<String> response = during.get(30, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("<p>pay, new bake</p>");
    }

    @Test
    void pageFilterChangesServedPagesOnly() throws Exception {
        try (StaticFileServer filtered = new StaticFileServer(() -> site, java.net.InetAddress.getLoopbackAddress(), 0,
                html -> PreviewAssets.withReloadScript(html, "v1"))) {
            filtered.start();
            String base = "http://127.0.0.1:" + filtered.port();
            String page = client.send(HttpRequest.newBuilder(URI.create(base + "/guide/pay/")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertThat(page).isEqualTo("<p>pay</p><script src=\"/__preview/reload.js?version=v1\" defer></script>");
            String css = client.send(HttpRequest.newBuilder(URI.create(base + "/css/site.css")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertThat(css).isEqualTo("p{}");
            assertThat(Files.readString(site.resolve("guide/pay/index.html"))).isEqualTo("<p>pay</p>");
        }
    }

    private static List<String> headers(String response) {
        return List.of(response.substring(0, response.indexOf("\r\n\r\n")).split("\r\n"));
    }

    private String rawGet(String path) throws IOException {
        return raw("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    }

    /** Sends {@code request} as it is; returns what came back (empty when the server just hung up). */
    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request.getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            } catch (IOException e) {
                // The server closed the connection before reading all of a huge request.
            }
            InputStream in = socket.getInputStream();
            try {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (java.net.SocketException e) {
                return "";
            }
        }
    }
}
