package org.coderpay.preview;

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

import org.coderpay.build.TestSites;
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
            "/..%5csecret.txt", "/%2e%2e%2fsecret.txt", "//../secret.txt", "/guide/%00/../../secret.txt"})
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

    private String rawGet(String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
