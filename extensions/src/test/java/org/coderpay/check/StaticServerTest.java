package org.coderpay.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaticServerTest {
    @TempDir
    Path dir;

    @Test
    void servesLikeAStaticHostOnLoopback() throws Exception {
        new Fixture(dir.resolve("site")).page("index.html", "<p>home</p>").page("guide/pay/index.html", "<p>pay</p>")
                .page("404.html", "<p>lost</p>");
        new Fixture(dir).file("secret.txt", "outside the site");
        HttpClient client = HttpClient.newHttpClient();
        try (StaticServer server = new StaticServer(dir.resolve("site"))) {
            assertThat(server.origin()).startsWith("http://127.0.0.1:");

            HttpResponse<String> folder = get(client, server.origin() + "/guide/pay/");
            assertThat(folder.statusCode()).isEqualTo(200);
            assertThat(folder.body()).contains("<p>pay</p>");
            assertThat(folder.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");

            HttpResponse<String> missing = get(client, server.origin() + "/guide/none/");
            assertThat(missing.statusCode()).isEqualTo(404);
            assertThat(missing.body()).contains("<p>lost</p>");

            HttpResponse<String> escape = get(client, server.origin() + "/%2e%2e/secret.txt");
            assertThat(escape.statusCode()).isEqualTo(404);
            assertThat(escape.body()).doesNotContain("outside the site");

            assertThat(get(client, server.origin() + "/css/site.css").headers().firstValue("Content-Type"))
                    .hasValue("text/css; charset=utf-8");
        }
    }

    private static HttpResponse<String> get(HttpClient client, String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
