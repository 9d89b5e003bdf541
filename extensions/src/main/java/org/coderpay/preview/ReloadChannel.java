package org.coderpay.preview;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.coderpay.serve.StaticFileServer;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * The reload channel ({@value #PATH}): server-sent events telling every open tab what the last rebake
 * did. Events:
 * <ul>
 * <li>{@code reload}: a rebake was published; the page reloads.</li>
 * <li>{@code css}: only stylesheets changed; data {@code {"stylesheets":["/css/site.css"]}}, the page
 * swaps them in place.</li>
 * <li>{@code problems}: the last rebake failed; data from {@link ProblemReport}, shown as an overlay.</li>
 * <li>{@code ok}: nothing is wrong; an overlay goes away.</li>
 * </ul>
 * Each page is served with the version of the site it shows ({@link #version()}); a tab that connects
 * (or reconnects after the preview restarted) with an older version is told to reload at once, so a
 * rebake that lands between a page load and its connection is not missed. A tab opened while the
 * sources are broken gets the problems as soon as it connects.
 */
public final class ReloadChannel implements HttpHandler, AutoCloseable {
    public static final String PATH = "/__preview/events";
    /** More tabs than anyone keeps open; beyond it the oldest connections are likely dead anyway. */
    static final int MAX_TABS = 32;

    private final Set<Tab> tabs = new CopyOnWriteArraySet<>();
    /** Unique per preview run, so a tab left open from an earlier run reloads when it reconnects. */
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "preview-heartbeat");
        t.setDaemon(true);
        return t;
    });
    private long published;
    /** The failed rebake's report, or null while the last rebake succeeded. */
    private String problems;

    public ReloadChannel() {
        // Finds tabs that were closed (a write to them fails) and keeps idle connections open.
        heartbeat.scheduleWithFixedDelay(() -> sendToAll(": still here\n\n"), 15, 15, TimeUnit.SECONDS);
    }

    private record Tab(HttpExchange exchange, OutputStream out) {
    }

    /** The version of the published site, written into each served page's script address. */
    public synchronized String version() {
        return run + "-" + published;
    }

    /** A rebake was published: tabs reload, or swap the given stylesheets when only they changed. */
    public synchronized void published(List<String> changedStylesheets) {
        published++;
        problems = null;
        if (changedStylesheets.isEmpty()) {
            sendToAll(event("reload", "{\"version\":" + ProblemReport.quote(version()) + "}"));
        } else {
            sendToAll(event("css", "{\"stylesheets\":" + ProblemReport.array(changedStylesheets) + "}"));
        }
    }

    /** A rebake failed: every tab shows {@code report} (JSON from {@link ProblemReport}). */
    public synchronized void failed(String report) {
        problems = report;
        sendToAll(event("problems", report));
    }

    public int tabs() {
        return tabs.size();
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (tabs.size() >= MAX_TABS) {
            try (exchange) {
                StaticFileServer.send(exchange, 503, "text/plain; charset=utf-8",
                        "Too many open preview tabs\n".getBytes(StandardCharsets.UTF_8), false);
            }
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.sendResponseHeaders(200, 0);
        Tab tab = new Tab(exchange, exchange.getResponseBody());
        String seen = versionSeen(exchange.getRequestURI());
        synchronized (this) {
            // Reconnect quickly when the preview restarts, and say where things stand right now.
            String first = "retry: 500\n\n";
            if (problems != null) {
                first += event("problems", problems);
            } else if (!version().equals(seen)) {
                first += event("reload", "{\"version\":" + ProblemReport.quote(version()) + "}");
            } else {
                first += event("ok", "{}");
            }
            if (send(tab, first)) {
                tabs.add(tab);
            }
        }
        // The handler returns; the connection stays open and events are written from other threads.
    }

    private static String versionSeen(URI uri) {
        String query = uri.getRawQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                if (pair.startsWith("version=")) {
                    return pair.substring("version=".length());
                }
            }
        }
        return "";
    }

    static String event(String name, String json) {
        // JSON from ProblemReport has no raw line breaks, so one data line carries it.
        return "event: " + name + "\ndata: " + json + "\n\n";
    }

    private void sendToAll(String text) {
        for (Tab tab : tabs) {
            if (!send(tab, text)) {
                tabs.remove(tab);
            }
        }
    }

    private static boolean send(Tab tab, String text) {
        try {
            synchronized (tab) {
                tab.out.write(text.getBytes(StandardCharsets.UTF_8));
                tab.out.flush();
            }
            return true;
        } catch (IOException e) {
            // The tab was closed.
            tab.exchange.close();
            return false;
        }
    }

    /** Ends every tab's connection (their EventSource retries, and reloads once a new preview runs). */
    @Override
    public void close() {
        heartbeat.shutdownNow();
        for (Tab tab : tabs) {
            tab.exchange.close();
        }
        tabs.clear();
    }
}
