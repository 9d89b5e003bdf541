package org.coderpay.preview;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Serves a baked site from a folder the way a static host does: {@code index.html} for folders, the
 * site's own {@code 404.html} with status 404 for anything missing, correct content types, and nothing
 * outside the folder. Loopback only; it is a preview for the person at this machine, not a web server.
 */
public final class StaticFileServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("map", "application/json"),
            Map.entry("webmanifest", "application/manifest+json"),
            Map.entry("xml", "application/xml"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("avif", "image/avif"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("woff", "font/woff"),
            Map.entry("pdf", "application/pdf"));

    private final Supplier<Path> root;
    private final HttpServer server;
    private final ExecutorService threads;

    /**
     * @param root the folder to serve, asked again on every request (a rebake may replace it)
     * @param port the port on 127.0.0.1; 0 picks a free one
     */
    private final AtomicBoolean closed = new AtomicBoolean();

    public StaticFileServer(Supplier<Path> root, int port) throws IOException {
        this.root = root;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        this.threads = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "preview-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.createContext("/", this::handle);
    }

    public void start() {
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Stops serving; a second call (Ctrl-C's hook, then the preview's own clean-up) does nothing. */
    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        server.stop(0);
        threads.shutdownNow();
    }

    /** The content type a static host would send for this file name. */
    public static String contentType(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String ext = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            boolean head = method.equals("HEAD");
            if (!head && !method.equals("GET")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain; charset=utf-8", "Method not allowed\n".getBytes(StandardCharsets.UTF_8), head);
                return;
            }
            Path base = root.get().toAbsolutePath().normalize();
            URI uri = exchange.getRequestURI();
            Optional<Path> target = resolve(base, uri.getPath());
            if (target.isPresent() && Files.isDirectory(target.get())) {
                if (!uri.getPath().endsWith("/")) {
                    // Like a static host: /guide/pay becomes /guide/pay/ so relative links resolve.
                    String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
                    exchange.getResponseHeaders().set("Location", uri.getRawPath() + "/" + query);
                    send(exchange, 301, "text/plain; charset=utf-8", new byte[0], head);
                    return;
                }
                target = Optional.of(target.get().resolve("index.html"));
            }
            if (target.isPresent() && Files.isRegularFile(target.get()) && inside(base, target.get())) {
                Path file = target.get();
                send(exchange, 200, contentType(file.getFileName().toString()), Files.readAllBytes(file), head);
                return;
            }
            Path notFound = base.resolve("404.html");
            byte[] body = Files.isRegularFile(notFound) ? Files.readAllBytes(notFound) : "Not found\n".getBytes(StandardCharsets.UTF_8);
            send(exchange, 404, Files.isRegularFile(notFound) ? contentType("404.html") : "text/plain; charset=utf-8",
                    body, head);
        }
    }

    /**
     * The file a decoded request path names, or empty when the path is malformed or tries to leave
     * the folder ({@code ..}, backslashes, NUL), which is refused rather than normalised away.
     */
    static Optional<Path> resolve(Path base, String decodedPath) {
        if (decodedPath == null || !decodedPath.startsWith("/") || decodedPath.indexOf('\0') >= 0
                || decodedPath.indexOf('\\') >= 0) {
            return Optional.empty();
        }
        Path result = base;
        for (String segment : decodedPath.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..") || segment.contains(":")) {
                return Optional.empty();
            }
            result = result.resolve(segment);
        }
        result = result.normalize();
        return result.startsWith(base) ? Optional.of(result) : Optional.empty();
    }

    /** Also refuses a symbolic link inside the folder that points outside it. */
    private static boolean inside(Path base, Path file) throws IOException {
        if (!Files.exists(base, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        return file.toRealPath().startsWith(base.toRealPath());
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body, boolean head)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        // A preview must always show the latest bake.
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        if (head) {
            exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
