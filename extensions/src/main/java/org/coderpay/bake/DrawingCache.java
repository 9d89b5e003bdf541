package org.coderpay.bake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.jbake.app.configuration.JBakeConfiguration;

/**
 * Bytes that are slow to make (PNG drawings) kept between bakes, found by a key that hashes everything the
 * bytes depend on: the inputs of the drawing and the code that draws it ({@link #codeVersion}: the class
 * files, the resources they read, the JDK). So a cached file is exactly what drawing anew would give, and a
 * bake with a warm cache writes the same bytes as one with an empty cache ({@code DrawingCacheTest}).
 *
 * <p>Kept in {@code target/bake-cache/<name>/} (next to the staging folder's parent, so {@code mvn clean}
 * empties it); each bake removes the entries it did not use, so the cache holds one site's drawings.
 * Safe to use from several threads; an entry is written to a temporary file and moved into place, so an
 * interrupted bake never leaves half a file behind.
 */
public final class DrawingCache {
    private final Path folder;
    private final Set<String> used = ConcurrentHashMap.newKeySet();

    public DrawingCache(Path folder) {
        this.folder = folder;
    }

    /**
     * The cache named {@code name} of this bake. {@code target/staging/website} caches in
     * {@code target/bake-cache/name}; the setting {@code bake.cache.folder} names another root.
     */
    public static DrawingCache of(BakeSession session, String name) {
        Caches caches = session.component(Caches.class, s -> new Caches(rootFor(s.config()), new ConcurrentHashMap<>()));
        return caches.byName().computeIfAbsent(name, n -> new DrawingCache(caches.root().resolve(n)));
    }

    static Path rootFor(JBakeConfiguration config) {
        Object setting = config.get("bake.cache.folder");
        if (setting != null && !setting.toString().isBlank()) {
            return config.getSourceFolder().toPath().resolve(setting.toString()).toAbsolutePath().normalize();
        }
        Path output = config.getDestinationFolder().toPath().toAbsolutePath().normalize();
        Path staging = output.getParent();
        Path target = staging != null && staging.getParent() != null ? staging.getParent() : output;
        return target.resolve("bake-cache");
    }

    /** The bytes for {@code key}: from the cache when present, else made by {@code make} and stored. */
    public byte[] get(String key, Supplier<byte[]> make) {
        used.add(key);
        Path entry = folder.resolve(key);
        try {
            return Files.readAllBytes(entry);
        } catch (NoSuchFileException e) {
            // not drawn yet
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] bytes = make.get();
        try {
            Files.createDirectories(folder);
            Path temp = Files.createTempFile(folder, key, ".tmp");
            Files.write(temp, bytes);
            try {
                Files.move(temp, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, entry, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // A cache that cannot be written only costs time: the drawing itself is still right.
        }
        return bytes;
    }

    /** Deletes the entries this bake did not ask for (drawings of pages or versions that are gone). */
    public void removeUnused() {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path entry : entries.toList()) {
                if (!used.contains(entry.getFileName().toString())) {
                    Files.deleteIfExists(entry);
                }
            }
        } catch (IOException e) {
            // as above: a stale entry is never read, since no key names it
        }
    }

    /** A SHA-256 key over the parts, each length-prefixed so that ("ab", "c") and ("a", "bc") differ. */
    public static String key(String... parts) {
        MessageDigest digest = sha256();
        for (String part : parts) {
            byte[] bytes = (part == null ? "\u0000null" : part).getBytes(StandardCharsets.UTF_8);
            digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
            digest.update(bytes);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * What the drawing code is: a hash of the class files of {@code drawers} (so any change to the drawing
     * code, even a constant, is a new version), the {@code resources} they read (fonts), and the JDK that
     * runs them (its rasteriser and PNG encoder make the bytes).
     */
    public static String codeVersion(Class<?>[] drawers, String... resources) {
        MessageDigest digest = sha256();
        digest.update((System.getProperty("java.vendor") + " " + System.getProperty("java.vm.version"))
                .getBytes(StandardCharsets.UTF_8));
        for (Class<?> drawer : drawers) {
            update(digest, drawer, "/" + drawer.getName().replace('.', '/') + ".class");
        }
        for (String resource : resources) {
            update(digest, drawers[0], resource);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void update(MessageDigest digest, Class<?> anchor, String resource) {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Cannot read " + resource + " to version the drawing cache");
            }
            digest.update(resource.getBytes(StandardCharsets.UTF_8));
            digest.update(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    /** The caches of one bake, a type of its own so BakeSession can key it. */
    private record Caches(Path root, ConcurrentHashMap<String, DrawingCache> byName) {
    }
}
