package org.coderpay.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The bake a long-lived process (the preview) holds: {@link #rebuild} after sources changed, and learn
 * which published files changed, so the preview can swap a stylesheet in place or reload only when a page
 * changed.
 *
 * <p>What it guarantees today: the published folder after {@code rebuild} is byte-identical to a clean
 * bake of the same sources (it is one: staged, then swapped in whole by {@link PublishSite#publish}, so a
 * reader never sees a half-written site, and a failed bake leaves the last good site in place); the
 * drawings come from the {@link DrawingCache}. What it does not do yet: render only the pages that depend
 * on the changed files; the {@code changed} set is accepted so that callers need not change when it does.
 */
public final class IncrementalBake {
    private final Path source;
    private final Path published;
    private final Map<String, String> settings;
    private SortedMap<String, String> lastGood;

    /** What one rebuild did: the bake, and which published files it wrote anew or removed. */
    public record Result(SiteBaker.Result bake, SortedSet<String> changed, SortedSet<String> removed, long millis) {
        public boolean succeeded() {
            return bake.succeeded();
        }

        /** Whether only stylesheets changed, so a page can swap them without reloading. */
        public boolean onlyStylesheets() {
            return removed.isEmpty() && !changed.isEmpty() && changed.stream().allMatch(p -> p.endsWith(".css"));
        }
    }

    /** @param settings as for {@link SiteBaker#bake(Path, Path, Map)}, such as the preview's own site.origin */
    public IncrementalBake(Path source, Path published, Map<String, String> settings) {
        this.source = Objects.requireNonNull(source, "source");
        this.published = published.toAbsolutePath().normalize();
        this.settings = Map.copyOf(settings);
    }

    /**
     * Rebakes after {@code changedSources} (paths under the source folder; empty for the first bake)
     * changed. On failure the published folder is left as it was and {@link Result#changed} is empty.
     */
    public synchronized Result rebuild(Set<Path> changedSources) throws IOException {
        long start = System.nanoTime();
        if (lastGood == null) {
            lastGood = Files.isDirectory(published) ? hashes(published) : new TreeMap<>();
        }
        SiteBaker.Result bake = SiteBaker.bake(source, published, settings);
        SortedSet<String> changed = new TreeSet<>();
        SortedSet<String> removed = new TreeSet<>();
        if (bake.succeeded()) {
            SortedMap<String, String> now = hashes(published);
            now.forEach((path, hash) -> {
                if (!hash.equals(lastGood.get(path))) {
                    changed.add(path);
                }
            });
            lastGood.keySet().stream().filter(p -> !now.containsKey(p)).forEach(removed::add);
            lastGood = now;
        }
        return new Result(bake, changed, removed, (System.nanoTime() - start) / 1_000_000);
    }

    /** Every file of {@code folder} (path with forward slashes) to the SHA-256 of its bytes. */
    static SortedMap<String, String> hashes(Path folder) {
        SortedMap<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
                    in.transferTo(java.io.OutputStream.nullOutputStream());
                }
                out.put(folder.relativize(file).toString().replace('\\', '/'), HexFormat.of().formatHex(digest.digest()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
        return out;
    }
}
