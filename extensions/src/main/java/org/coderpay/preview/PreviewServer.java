package org.coderpay.preview;

import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.coderpay.build.SiteBaker;
import org.coderpay.template.SiteSettings;

/**
 * {@code ./mvnw -Ppreview package}: serves the published site on http://127.0.0.1:8820/ and rebakes it
 * whenever a source changes. A rebake goes through {@link SiteBaker}, so it is staged and swapped in
 * only when it succeeds; after a failed rebake the problems are printed and the last good site stays
 * up. Stop with Ctrl-C.
 *
 * <p>Usage: {@code PreviewServer <site root> <published folder> [port]}
 */
public final class PreviewServer {
    public static final int DEFAULT_PORT = 8820;
    private static final Duration QUIET = Duration.ofMillis(300);

    private final Path source;
    private final Path published;
    private final PrintStream out;
    /** Settings for every bake of this preview: its own address as site.origin, once the port is bound. */
    private volatile Map<String, String> settings = Map.of();

    public PreviewServer(Path source, Path published, PrintStream out) {
        this.source = source.toAbsolutePath().normalize();
        this.published = published.toAbsolutePath().normalize();
        this.out = out;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3) {
            throw new IllegalArgumentException("Usage: PreviewServer <site root> <published folder> [port]");
        }
        // Before anything logs: JBake's INFO lines would bury the rebake reports (no effect when the
        // logging in use is not logback's, e.g. when Maven's own logger is bound).
        System.setProperty("logback.configurationFile", "org/coderpay/preview/preview-logback.xml");
        // FreeMarker would pick log4j (on this class path for the site checks) and warn it is unconfigured.
        System.setProperty("org.freemarker.loggerLibrary", "SLF4J");
        int port = args.length == 3 ? Integer.parseInt(args[2].strip()) : DEFAULT_PORT;
        PreviewServer preview = new PreviewServer(Path.of(args[0]), Path.of(args[1]), System.out);
        preview.serve(port);
    }

    /** Serves and watches until the process is stopped. */
    public void serve(int port) throws IOException {
        // Bind first: a port in use should be reported before a bake's worth of waiting.
        StaticFileServer server;
        try {
            server = new StaticFileServer(() -> published, port);
        } catch (BindException e) {
            throw new IllegalStateException("Port " + port + " on 127.0.0.1 is already in use (another preview?). "
                    + "Stop the other program, or choose a port: ./mvnw -Ppreview package -Dpreview.port=8821", e);
        }
        // Link previews and canonical addresses point at this server, so they can be opened and checked here.
        settings = Map.of(SiteSettings.ORIGIN, "http://127.0.0.1:" + server.port());
        // Watch before the first bake, so that a file saved while it runs is not missed.
        SourceWatcher watcher = new SourceWatcher(source, QUIET);
        out.println("Baking " + source + " ...");
        SiteBaker.Result first = rebake(null);
        if ((first == null || !first.succeeded()) && !Files.isRegularFile(published.resolve("index.html"))) {
            out.println("There is no good bake to show yet: the preview answers 404 until the problems above are fixed.");
        }
        Thread main = Thread.currentThread();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            try {
                watcher.close();
            } catch (IOException e) {
                // stopping anyway
            }
            main.interrupt();
        }, "preview-stop"));
        server.start();
        out.println("Preview: http://127.0.0.1:" + server.port() + "/  (serving " + published + ")");
        out.println("Watching content/, data/, templates/, assets/ and jbake.properties; Ctrl-C stops.");
        try {
            watcher.run(this::rebake);
        } finally {
            // Reached when the thread is interrupted (by Ctrl-C's hook, or by a test that started it).
            server.close();
            watcher.close();
        }
    }

    /** Bakes (after {@code changed}, or at start when null); publishes only a successful bake. */
    public SiteBaker.Result rebake(Set<String> changed) {
        if (changed != null) {
            out.println();
            out.println("Changed: " + String.join(", ", changed) + "; rebaking...");
        }
        try {
            SiteBaker.Result result = SiteBaker.bake(source, published, settings);
            out.print(result.report());
            if (!result.succeeded()) {
                out.println("Still serving the last good bake. Fix the problems above and save again.");
            }
            out.flush();
            return result;
        } catch (IOException | RuntimeException e) {
            out.println("Rebake failed: " + e + ". Still serving the last good bake.");
            return null;
        }
    }
}
