package org.coderpay.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntSupplier;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;

/**
 * Checks every request before the preview answers it. The preview reads the editor's disk, so it
 * answers only what a browser on this machine asks for: GET or HEAD without a body, an address and
 * headers of a sane size, and (when bound to loopback) a Host header naming this machine, which stops
 * a web page from reaching the preview through a DNS name it rebinds to 127.0.0.1.
 *
 * <p>The JDK's server itself refuses more than {@value #JDK_MAX_HEADERS} headers or more than
 * {@value #JDK_MAX_HEADER_BYTES} bytes of them before any of this runs ({@link #limitTheJdkServer()}).
 */
public final class RequestGuard extends Filter {
    public static final int MAX_HEADERS = 50;
    public static final int MAX_HEADER_BYTES = 16 * 1024;
    public static final int MAX_TARGET_LENGTH = 2048;
    static final int JDK_MAX_HEADERS = 100;
    static final int JDK_MAX_HEADER_BYTES = 32 * 1024;
    private static final Set<String> LOCAL_HOSTS = Set.of("127.0.0.1", "localhost", "[::1]");

    private final boolean loopbackOnly;
    private final IntSupplier port;

    RequestGuard(boolean loopbackOnly, IntSupplier port) {
        this.loopbackOnly = loopbackOnly;
        this.port = port;
    }

    /**
     * Tightens the JDK server's own limits (read once, when its first server is made; a property
     * set on the command line wins). Called by the preview's main before it creates the server.
     */
    public static void limitTheJdkServer() {
        setIfAbsent("sun.net.httpserver.maxReqHeaders", Integer.toString(JDK_MAX_HEADERS));
        setIfAbsent("sun.net.httpserver.maxReqHeaderSize", Integer.toString(JDK_MAX_HEADER_BYTES));
        // A client that sends its request slower than this is cut off (the reload channel's long
        // response is not affected: that is the response time, left unlimited).
        setIfAbsent("sun.net.httpserver.maxReqTime", "30");
        setIfAbsent("jdk.httpserver.maxConnections", "64");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    @Override
    public String description() {
        return "refuses requests a browser on this machine would not send";
    }

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        String refusal = refusal(exchange);
        if (refusal == null) {
            chain.doFilter(exchange);
            return;
        }
        try (exchange) {
            int status = Integer.parseInt(refusal.substring(0, 3));
            if (status == 405) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            }
            // The connection is not reused after a refusal: the rest of a bad request is never read.
            exchange.getResponseHeaders().set("Connection", "close");
            StaticFileServer.send(exchange, status, "text/plain; charset=utf-8",
                    (refusal.substring(4) + "\n").getBytes(StandardCharsets.UTF_8),
                    exchange.getRequestMethod().equals("HEAD"));
        }
    }

    /** Null when the request may go on; otherwise the status and its reason, "405 Method not allowed". */
    String refusal(HttpExchange exchange) {
        String method = exchange.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            return "405 Method not allowed";
        }
        if (exchange.getRequestURI().getRawPath() == null
                || exchange.getRequestURI().toString().length() > MAX_TARGET_LENGTH) {
            return "414 Address too long";
        }
        int count = 0;
        int bytes = 0;
        for (Map.Entry<String, List<String>> header : exchange.getRequestHeaders().entrySet()) {
            for (String value : header.getValue()) {
                count++;
                bytes += header.getKey().length() + value.length() + 4;
            }
        }
        if (count > MAX_HEADERS || bytes > MAX_HEADER_BYTES) {
            return "431 Request headers too large";
        }
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        if (exchange.getRequestHeaders().containsKey("Transfer-Encoding") || (length != null && !length.equals("0"))) {
            return "413 A preview request has no body";
        }
        if (loopbackOnly && !localHost(exchange.getRequestHeaders().getFirst("Host"))) {
            return "421 This preview answers only to 127.0.0.1 or localhost";
        }
        return null;
    }

    private boolean localHost(String host) {
        if (host == null) {
            return false;
        }
        String h = host.strip().toLowerCase(Locale.ROOT);
        String suffix = ":" + port.getAsInt();
        if (h.endsWith(suffix)) {
            h = h.substring(0, h.length() - suffix.length());
        }
        return LOCAL_HOSTS.contains(h);
    }
}
