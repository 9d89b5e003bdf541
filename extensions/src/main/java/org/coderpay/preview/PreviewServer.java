package org.coderpay.preview;

import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.coderpay.bake.SiteSettings;
import org.coderpay.build.BakeSummary;
import org.coderpay.build.SiteBaker;
import org.coderpay.check.Finding;
import org.coderpay.check.LinkGate;
import org.coderpay.check.PublishedSite;
import org.coderpay.serve.RequestGuard;
import org.coderpay.serve.StaticFileServer;

/**
 * {@code ./mvnw -Ppreview package}: serves the published site on http://127.0.0.1:8820/ and rebakes it
 * whenever a source changes. A rebake goes through {@link SiteBaker}, so it is staged and swapped in
 * only when it succeeds. Every open tab follows along through the {@link ReloadChannel}: it reloads
 * after a good rebake, swaps a changed stylesheet in place, and shows the problems of a failed one
 * over the last good page. Stop with Ctrl-C.
 *
 * <p>Usage: {@code PreviewServer <site root> <published folder> [port [address]]}; the address is
 * 127.0.0.1 unless given (e.g. 0.0.0.0 to try the site from a phone on the same network).
 */
public final class PreviewServer {
    public static final int DEFAULT_PORT = 8820;
    public static final String DEFAULT_ADDRESS = "127.0.0.1";
    /** How long after the last save of a burst the rebake starts. */
    private static final Duration QUIET = Duration.ofMillis(100);

    private final Path source;
    private final Path published;
    private final PrintStream out;
    private final ReloadChannel channel = new ReloadChannel();
    /** Sources changed since the last published bake: tells whether a rebake changed only stylesheets. */
    private final Set<String> unpublished = new TreeSet<>();
    /** Broken links of the first good bake (page and message), or null before it. */
    private Set<String> brokenAtStart;
    /** Settings for every bake of this preview: its own address as site.origin, once the port is bound. */
    private volatile Map<String, String> settings = Map.of();

    public PreviewServer(Path source, Path published, PrintStream out) {
        this.source = source.toAbsolutePath().normalize();
        this.published = published.toAbsolutePath().normalize();
        this.out = out;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 4) {
            throw new IllegalArgumentException("Usage: PreviewServer <site root> <published folder> [port [address]]");
        }
        // Before anything logs: JBake's INFO lines would bury the rebake reports (no effect when the
        // logging in use is not logback's, e.g. when Maven's own logger is bound).
        System.setProperty("logback.configurationFile", "org/coderpay/preview/preview-logback.xml");
        // FreeMarker would pick log4j (on this class path for the site checks) and warn it is unconfigured.
        System.setProperty("org.freemarker.loggerLibrary", "SLF4J");
        RequestGuard.limitTheJdkServer();
        int port = args.length >= 3 ? Integer.parseInt(args[2].strip()) : DEFAULT_PORT;
        String address = args.length == 4 && !args[3].isBlank() ? args[3].strip() : DEFAULT_ADDRESS;
        PreviewServer preview = new PreviewServer(Path.of(args[0]), Path.of(args[1]), System.out);
        preview.serve(InetAddress.getByName(address), port);
    }

    /** Serves on 127.0.0.1 and watches until the thread is interrupted or the process stopped. */
    public void serve(int port) throws IOException {
        serve(InetAddress.getLoopbackAddress(), port);
    }

    public void serve(InetAddress address, int port) throws IOException {
        // Bind first: a port in use should be reported before a bake's worth of waiting.
        StaticFileServer server;
        try {
            server = new StaticFileServer(() -> published, address, port, PreviewAssets.injector(channel::version));
        } catch (BindException e) {
            throw new IllegalStateException("Port " + port + " on " + address.getHostAddress() + " is already in use "
                    + "(another preview?). Stop the other program, or choose a port: "
                    + "./mvnw -Ppreview package -Dpreview.port=8821", e);
        }
        server.route(PreviewAssets.PREFIX, new PreviewAssets());
        server.route(ReloadChannel.PATH, channel);
        String host = address.isAnyLocalAddress() || address.isLoopbackAddress() ? "127.0.0.1" : address.getHostAddress();
        String origin = "http://" + host + ":" + server.port();
        // Link previews and canonical addresses point at this server, so they can be opened and checked here.
        settings = Map.of(SiteSettings.ORIGIN, origin);
        ChangeBatcher changes = new ChangeBatcher(QUIET);
        // Watch before the first bake, so that a file saved while it runs is not missed.
        SourceWatcher watcher = new SourceWatcher(source, changes::offer);
        out.println("Baking " + source + " ...");
        SiteBaker.Result first = rebake(null);
        if ((first == null || !first.succeeded()) && !Files.isRegularFile(published.resolve("index.html"))) {
            out.println("There is no good bake to show yet: the preview shows the problems until they are fixed.");
        }
        Thread main = Thread.currentThread();
        Thread stop = new Thread(() -> {
            channel.close();
            server.close();
            closeQuietly(watcher);
            main.interrupt();
        }, "preview-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        server.start();
        out.println("Preview: " + origin + "/  (serving " + published + ")");
        if (!address.isLoopbackAddress()) {
            out.println("Warning: serving on " + address.getHostAddress() + ", so other machines on the network "
                    + "can read the site too. Leave out -Dpreview.host to keep it to this machine.");
        }
        out.println("Watching content/, data/, templates/, assets/ and jbake.properties; "
                + "open tabs reload after each rebake. Ctrl-C stops.");
        out.flush();
        try {
            changes.run(this::rebake);
        } finally {
            // Reached when the thread is interrupted (by Ctrl-C's hook, or by a test that started it).
            channel.close();
            server.close();
            closeQuietly(watcher);
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException e) {
                // already shutting down
            }
        }
    }

    /** The reload channel, for tests that watch what the open tabs are told. */
    ReloadChannel channel() {
        return channel;
    }

    /**
     * Bakes (after {@code changed}, or at start when null), publishes only a successful bake, prints
     * the result with the time it took, and tells the open tabs.
     */
    public SiteBaker.Result rebake(Set<String> changed) {
        if (changed != null) {
            out.println();
            out.println("Changed: " + String.join(", ", changed) + "; rebaking...");
            unpublished.addAll(changed);
        }
        long start = System.nanoTime();
        try {
            SiteBaker.Result result = bakeSite();
            long millis = (System.nanoTime() - start) / 1_000_000;
            out.print(result.report());
            if (result.succeeded()) {
                out.println(String.format(Locale.ROOT, "%s in %d ms; open tabs updated.", changed == null ? "Baked" : "Rebaked", millis));
                List<String> stylesheets = changed == null ? List.of() : stylesheetsOnly(unpublished);
                unpublished.clear();
                channel.published(stylesheets);
                List<Finding> broken = newlyBrokenLinks();
                if (!broken.isEmpty()) {
                    ProblemReport report = ProblemReport.ofBrokenLinks(broken);
                    out.print(report.text());
                    channel.failed(report.toJson());
                }
            } else {
                out.println(String.format(Locale.ROOT, "Rebake failed after %d ms. Still serving the last good bake; "
                        + "open tabs show the problems. Fix them and save again.", millis));
                channel.failed(ProblemReport.of(result).toJson());
            }
            out.flush();
            return result;
        } catch (IOException | RuntimeException e) {
            out.println("Rebake failed: " + e + ". Still serving the last good bake.");
            channel.failed(ProblemReport.crashed(e).toJson());
            return null;
        }
    }

    /**
     * The one place the preview bakes. Today the whole site is rebaked; an incremental rebake (only
     * what the changed files affect) plugs in here.
     */
    private SiteBaker.Result bakeSite() throws IOException {
        return SiteBaker.bake(source, published, settings);
    }

    /**
     * Links on the just published site that lead nowhere and did not already when the preview started.
     * The bake cannot know them (a page may link to one that is written later), so the link gate of
     * {@code ./mvnw verify} runs here too: an editor who deletes or renames a page sees at once which
     * pages still link to it. Links broken before the preview started are counted once, at the start,
     * and left to {@code ./mvnw verify}: the overlay is for what this editing session breaks.
     */
    private List<Finding> newlyBrokenLinks() {
        List<Finding> findings;
        try {
            Path sources = BakeSummary.sourcesFileFor(SiteBaker.stagingFor(published));
            findings = new LinkGate(null).check(PublishedSite.load(published, sources, source)).findings();
        } catch (Exception e) {
            out.println("The link check could not run: " + e);
            return List.of();
        }
        if (brokenAtStart == null) {
            brokenAtStart = new HashSet<>();
            findings.forEach(f -> brokenAtStart.add(linkKey(f)));
            if (!findings.isEmpty()) {
                out.println("Note: " + findings.size() + " links on the site lead nowhere already (./mvnw verify lists "
                        + "them); the preview shows only the links your edits break.");
            }
            return List.of();
        }
        return findings.stream().filter(f -> !brokenAtStart.contains(linkKey(f))).toList();
    }

    private static String linkKey(Finding f) {
        return f.page() + "\n" + f.message();
    }

    /**
     * The published addresses of the changed stylesheets when nothing but stylesheets under assets/
     * changed (and each is still there), else empty: then the tabs reload the whole page.
     */
    List<String> stylesheetsOnly(Set<String> changed) {
        List<String> sheets = new ArrayList<>();
        for (String path : changed) {
            if (!path.startsWith("assets/") || !path.endsWith(".css")) {
                return List.of();
            }
            String address = path.substring("assets".length());
            if (!Files.isRegularFile(published.resolve(address.substring(1)))) {
                return List.of();
            }
            sheets.add(address);
        }
        return sheets;
    }

    private static void closeQuietly(SourceWatcher watcher) {
        try {
            watcher.close();
        } catch (IOException e) {
            // stopping anyway
        }
    }
}
