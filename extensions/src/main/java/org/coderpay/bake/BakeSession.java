package org.coderpay.bake;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import org.coderpay.diagnostics.Problems;
import org.jbake.app.configuration.JBakeConfiguration;

/**
 * What one bake has learned so far: problems, drafts left out, and which source writes which output
 * file. JBake gives its parts (markup engine, template engine, rendering tools) nothing in common but
 * the configuration object, so the session travels inside that object, under a key of its own: no
 * registry outlives a bake, and two bakes in one process (a long-lived preview, parallel tests) never
 * share state. A new Oven gets a new configuration and so a fresh session.
 */
public final class BakeSession {
    /** Where the session sits in its bake's configuration; not a jbake.properties key an editor could set. */
    private static final String CONFIG_KEY = BakeSession.class.getName();

    private final JBakeConfiguration config;
    private final Path root;
    private final long startNanos = System.nanoTime();
    private final Problems problems = new Problems();
    private final SortedSet<String> drafts = new TreeSet<>();
    private final SortedMap<String, List<String>> outputs = new TreeMap<>();
    private final Map<Class<?>, Object> components = new TreeMap<>((a, b) -> a.getName().compareTo(b.getName()));

    private BakeSession(JBakeConfiguration config) {
        this.config = config;
        this.root = config.getSourceFolder().toPath().toAbsolutePath().normalize();
    }

    /** The session of the bake {@code config} belongs to, begun by the first part of the bake that asks. */
    public static BakeSession of(JBakeConfiguration config) {
        synchronized (config) {
            if (config.get(CONFIG_KEY) instanceof BakeSession session) {
                return session;
            }
            BakeSession session = new BakeSession(config);
            config.setProperty(CONFIG_KEY, session);
            return session;
        }
    }

    public JBakeConfiguration config() {
        return config;
    }

    /** The site's source folder (where jbake.properties lives). */
    public Path root() {
        return root;
    }

    public long startNanos() {
        return startNanos;
    }

    public Problems problems() {
        return problems;
    }

    /** A path as editors see it in messages: relative to the site root, with forward slashes. */
    public Path shown(File file) {
        return Problems.relative(root, file.toPath());
    }

    public synchronized void addDraft(Path source) {
        drafts.add(source.toString().replace('\\', '/'));
    }

    public synchronized List<String> drafts() {
        return List.copyOf(drafts);
    }

    /**
     * Records that {@code source} writes {@code outputPath} (relative to the output folder), so that two
     * sources writing one file are caught instead of one silently replacing the other.
     */
    public synchronized void claimOutput(String outputPath, String source) {
        outputs.computeIfAbsent(outputPath, k -> new ArrayList<>()).add(source);
    }

    /** Output paths claimed by more than one source, each with its sources in order. */
    public synchronized SortedMap<String, List<String>> collisions() {
        SortedMap<String, List<String>> clashes = new TreeMap<>();
        outputs.forEach((path, sources) -> {
            if (sources.size() > 1) {
                List<String> sorted = new ArrayList<>(sources);
                Collections.sort(sorted);
                clashes.put(path, sorted);
            }
        });
        return clashes;
    }

    /** Each output path with the first source that claimed it, sorted by output path. */
    public synchronized SortedMap<String, String> outputSources() {
        SortedMap<String, String> first = new TreeMap<>();
        outputs.forEach((path, sources) -> first.put(path, sources.get(0)));
        return first;
    }

    public synchronized int outputCount() {
        return outputs.size();
    }

    /**
     * Per-bake state owned by another part of the build (loaded datasets, generated pages), created on
     * first use so each part keeps its own state without this class knowing about it.
     */
    @SuppressWarnings("unchecked")
    public synchronized <T> T component(Class<T> type, Function<BakeSession, T> factory) {
        Object existing = components.get(type);
        if (existing == null) {
            existing = factory.apply(this);
            components.put(type, existing);
        }
        return (T) existing;
    }
}
