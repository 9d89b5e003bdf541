package org.coderpay.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

/**
 * Serves a baked site from a folder the way a static host does: {@code index.html} for folders, the
 * site's own {@code 404.html} with status 404 for anything missing, correct content types, nothing
 * outside the folder and no folder listings. Every request first passes {@link RequestGuard}. Bound to
 * loopback unless the preview is told otherwise; it is a preview, not a web server.
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
    /** How long a request waits for the published folder while a rebake swaps it into place. */
    private static final long SWAP_WAIT_MILLIS = 5_000;

    private static final byte[] NO_BAKE_YET = ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>No bake yet</title></head><body><h1>The site has not been baked yet</h1>"
            + "<p>The terminal running the preview lists what stops the bake. Fix it and save: "
            + "this page reloads by itself.</p></body></html>").getBytes(StandardCharsets.UTF_8);

    private final Supplier<Path> root;
    private final UnaryOperator<byte[]> pageFilter;
    private final HttpServer server;
    private final ExecutorService threads;
    private final RequestGuard guard;
    private final AtomicBoolean closed = new AtomicBoolean();

    /** Serves {@code root} as it is on 127.0.0.1:{@code port} (0 picks a free port). */
    public StaticFileServer(Supplier<Path> root, int port) throws IOException {
        this(root, InetAddress.getLoopbackAddress(), port, UnaryOperator.identity());
    }

    /**
     * @param root       the folder to serve, asked again on every request (a rebake replaces it)
     * @param address    the address to listen on; loopback unless the person asked for more
     * @param port       0 picks a free one
     * @param pageFilter applied to each HTML page as it is sent (the preview adds its reload script);
     *                   the file on disk is never changed
     */
    public StaticFileServer(Supplier<Path> root, InetAddress address, int port, UnaryOperator<byte[]> pageFilter)
            throws IOException {
        this.root = root;
        this.pageFilter = pageFilter;
        this.server = HttpServer.create(new InetSocketAddress(address, port), 0);
        this.threads = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "preview-http");
            t.setDaemon(true);
            return t;
        });
        this.guard = new RequestGuard(address.isLoopbackAddress(), this::port);
        server.setExecutor(threads);
        route("/", this::handle);
    }

    /** Answers requests under {@code prefix} with {@code handler}, behind the same guard. */
    public void route(String prefix, HttpHandler handler) {
        HttpContext context = server.createContext(prefix, handler);
        context.getFilters().add(guard);
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
            boolean head = exchange.getRequestMethod().equals("HEAD");
            URI uri = exchange.getRequestURI();
            long giveUp = System.nanoTime() + SWAP_WAIT_MILLIS * 1_000_000;
            while (true) {
                Path base = root.get().toAbsolutePath().normalize();
                try {
                    if (serve(exchange, base, uri, head)) {
                        return;
                    }
                } catch (NoSuchFileException e) {
                    // The folder was moved away between finding the file and reading it: a swap.
                }
                if (!swapping(base) || System.nanoTime() > giveUp) {
                    break;
                }
                // A rebake is swapping the new site into place; it is back in a moment.
                sleep();
            }
            Path base = root.get().toAbsolutePath().normalize();
            if (!Files.isDirectory(base)) {
                // No good bake yet: a page that the preview's script turns into the problems report.
                send(exchange, 503, contentType("index.html"), pageFilter.apply(NO_BAKE_YET), head);
                return;
            }
            Path notFound = base.resolve("404.html");
            byte[] body = readOrNull(notFound);
            if (body == null) {
                send(exchange, 404, "text/plain; charset=utf-8", "Not found\n".getBytes(StandardCharsets.UTF_8), head);
            } else {
                send(exchange, 404, contentType("404.html"), pageFilter.apply(body), head);
            }
        }
    }

    /**
     * True while a rebake swaps folders: {@code PublishSite} moves the published folder aside to
     * {@code <name>.previous} and then moves the new bake into place.
     */
    private static boolean swapping(Path base) {
        return !Files.isDirectory(base) && Files.isDirectory(base.resolveSibling(base.getFileName() + ".previous"));
    }

    /** Sends the file the address names and returns true, or returns false when there is none. */
    private boolean serve(HttpExchange exchange, Path base, URI uri, boolean head) throws IOException {
        Optional<Path> target = resolve(base, uri.getPath());
        if (target.isPresent() && Files.isDirectory(target.get())) {
            if (!uri.getPath().endsWith("/")) {
                // Like a static host: /guide/pay becomes /guide/pay/ so relative links resolve.
                String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
                exchange.getResponseHeaders().set("Location", uri.getRawPath() + "/" + query);
                send(exchange, 301, "text/plain; charset=utf-8", new byte[0], head);
                return true;
            }
            // Never a listing: a folder is its index.html or nothing.
            target = Optional.of(target.get().resolve("index.html"));
        }
        if (target.isEmpty() || !Files.isRegularFile(target.get()) || !inside(base, target.get())) {
            return false;
        }
        Path file = target.get();
        String type = contentType(file.getFileName().toString());
        byte[] body = Files.readAllBytes(file);
        send(exchange, 200, type, type.startsWith("text/html") ? pageFilter.apply(body) : body, head);
        return true;
    }

    /**
     * The file a decoded request path names, or empty when the path is malformed or tries to leave
     * the folder ({@code ..}, backslashes, NUL, drive letters), which is refused rather than
     * normalised away. A {@code %} left after decoding means the address was encoded twice
     * ({@code %252e%252e}): refused too, so that nothing further along can decode it again.
     */
    static Optional<Path> resolve(Path base, String decodedPath) {
        if (decodedPath == null || !decodedPath.startsWith("/") || decodedPath.indexOf('\0') >= 0
                || decodedPath.indexOf('\\') >= 0 || decodedPath.indexOf('%') >= 0) {
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

    private static byte[] readOrNull(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static void sleep() throws IOException {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("stopping", e);
        }
    }

    public static void send(HttpExchange exchange, int status, String type, byte[] body, boolean head) throws IOException {
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
