package org.coderpay.preview;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Reads the preview's reload channel as a browser tab's EventSource would, with the JDK's HTTP
 * client, and queues each event (name and data) for a test to take.
 */
final class EventStreamClient implements AutoCloseable {
    record Event(String name, String data) {
    }

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final CompletableFuture<HttpResponse<Stream<String>>> response;
    private volatile Stream<String> lines;

    EventStreamClient(String origin, String version) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(origin + ReloadChannel.PATH + "?version=" + version))
                .header("Accept", "text/event-stream").build();
        response = HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofLines());
        Thread reader = new Thread(this::read, "test-event-stream");
        reader.setDaemon(true);
        reader.start();
    }

    private void read() {
        try {
            HttpResponse<Stream<String>> r = response.get(60, TimeUnit.SECONDS);
            lines = r.body();
            String[] current = {null, ""};
            lines.forEach(line -> {
                if (line.startsWith("event: ")) {
                    current[0] = line.substring("event: ".length());
                } else if (line.startsWith("data: ")) {
                    current[1] += line.substring("data: ".length());
                } else if (line.isEmpty()) {
                    if (current[0] != null) {
                        events.add(new Event(current[0], current[1]));
                    }
                    current[0] = null;
                    current[1] = "";
                }
            });
        } catch (Exception e) {
            events.add(new Event("closed", String.valueOf(e)));
        }
    }

    /** The next event, or null when none came within {@code seconds}. */
    Event next(int seconds) throws InterruptedException {
        return events.poll(seconds, TimeUnit.SECONDS);
    }

    /** The next event with this name, skipping others (heartbeats are comments and never queued). */
    Event next(String name, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            Event e = events.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (e != null && e.name().equals(name)) {
                return e;
            }
        }
        return null;
    }

    @Override
    public void close() {
        response.cancel(true);
        Stream<String> l = lines;
        if (l != null) {
            l.close();
        }
    }
}
