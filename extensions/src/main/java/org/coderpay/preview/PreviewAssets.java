package org.coderpay.preview;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.coderpay.serve.StaticFileServer;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * The preview's own files under {@value #PREFIX}: the reload script and the error overlay's
 * stylesheet (files, not inline code, so pages keep working under the site's strict CSP), and the
 * tag that adds the script to each page as it is served. The baked files never contain any of it.
 */
public final class PreviewAssets implements HttpHandler {
    public static final String PREFIX = "/__preview/";
    public static final String SCRIPT = PREFIX + "reload.js";
    private static final Map<String, String> FILES = Map.of(
            SCRIPT, "reload.js",
            PREFIX + "overlay.css", "overlay.css");
    private static final byte[] HEAD_END = "</head>".getBytes(StandardCharsets.US_ASCII);

    private final Map<String, byte[]> bodies;

    public PreviewAssets() {
        this.bodies = Map.of(
                SCRIPT, resource("reload.js"),
                PREFIX + "overlay.css", resource("overlay.css"));
    }

    /**
     * {@code html} with the reload script's tag added before {@code </head>} (at the end when there is
     * no head end tag). {@code version} is the site version the page belongs to ({@link ReloadChannel}).
     */
    public static byte[] withReloadScript(byte[] html, String version) {
        byte[] tag = ("<script src=\"" + SCRIPT + "?version=" + version + "\" defer></script>")
                .getBytes(StandardCharsets.UTF_8);
        int at = indexOfIgnoreCase(html, HEAD_END);
        if (at < 0) {
            at = html.length;
        }
        byte[] out = new byte[html.length + tag.length];
        System.arraycopy(html, 0, out, 0, at);
        System.arraycopy(tag, 0, out, at, tag.length);
        System.arraycopy(html, at, out, at + tag.length, html.length - at);
        return out;
    }

    /** A page filter for {@link StaticFileServer} that tags each page with the channel's current version. */
    public static UnaryOperator<byte[]> injector(Supplier<String> version) {
        return html -> withReloadScript(html, version.get());
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            boolean head = exchange.getRequestMethod().equals("HEAD");
            byte[] body = bodies.get(exchange.getRequestURI().getPath());
            if (body == null) {
                StaticFileServer.send(exchange, 404, "text/plain; charset=utf-8",
                        "Not found\n".getBytes(StandardCharsets.UTF_8), head);
                return;
            }
            StaticFileServer.send(exchange, 200, StaticFileServer.contentType(FILES.get(exchange.getRequestURI().getPath())),
                    body, head);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = PreviewAssets.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing preview resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int indexOfIgnoreCase(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (Character.toLowerCase((char) haystack[i + j]) != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
