package org.coderpay.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.coderpay.bake.DrawingCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cached drawings are found by everything they depend on, and using them never changes the site's bytes. */
class DrawingCacheTest {

    @TempDir
    Path dir;

    @Test
    void keysKeepPartsApart() {
        assertThat(DrawingCache.key("ab", "c")).isNotEqualTo(DrawingCache.key("a", "bc"));
        assertThat(DrawingCache.key("a", null)).isNotEqualTo(DrawingCache.key("a", "null"));
        assertThat(DrawingCache.key("a", "b")).isEqualTo(DrawingCache.key("a", "b"));
    }

    @Test
    void drawsOnceThenReadsAndForgetsWhatABakeNoLongerUses() {
        AtomicInteger draws = new AtomicInteger();
        DrawingCache first = new DrawingCache(dir);
        assertThat(first.get("k1", () -> bytes(draws, 1))).containsExactly(1);
        assertThat(first.get("k2", () -> bytes(draws, 2))).containsExactly(2);
        first.removeUnused();

        DrawingCache second = new DrawingCache(dir);
        assertThat(second.get("k1", () -> bytes(draws, 9))).containsExactly(1);
        second.removeUnused();
        assertThat(draws).hasValue(2);
        assertThat(dir.resolve("k1")).exists();
        assertThat(dir.resolve("k2")).doesNotExist();
    }

    @Test
    void aBakeWithAWarmCacheIsByteIdenticalToOneWithAnEmptyCacheAndDrawsNothing() throws IOException {
        Path cache = dir.resolve("cache");
        Map<String, String> settings = Map.of("bake.cache.folder", cache.toString());
        SiteBaker.Result cold = SiteBaker.bake(TestSites.repoRoot(), dir.resolve("cold/website"), settings);
        assertThat(cold.succeeded()).as(cold.report()).isTrue();
        SortedMap<String, FileTime> drawn = entries(cache);
        assertThat(drawn).as("preview images and icons in the cache").isNotEmpty()
                .containsKeys("icons", "social");

        SiteBaker.Result warm = SiteBaker.bake(TestSites.repoRoot(), dir.resolve("warm/website"), settings);
        assertThat(warm.succeeded()).as(warm.report()).isTrue();
        TestSites.assertSameBytes(cold.published(), warm.published());
        assertThat(entries(cache)).as("the warm bake drew nothing anew").isEqualTo(drawn);
    }

    private static byte[] bytes(AtomicInteger draws, int value) {
        draws.incrementAndGet();
        return new byte[] {(byte) value};
    }

    /** Each cache folder ("social", "icons") and each entry's path with its modification time. */
    private static SortedMap<String, FileTime> entries(Path cache) throws IOException {
        SortedMap<String, FileTime> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(cache)) {
            for (Path p : walk.filter(p -> !p.equals(cache)).toList()) {
                out.put(cache.relativize(p).toString().replace('\\', '/'),
                        Files.isDirectory(p) ? FileTime.fromMillis(0) : Files.getLastModifiedTime(p));
            }
        }
        return out;
    }
}
