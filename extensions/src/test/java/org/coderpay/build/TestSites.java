package org.coderpay.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Test harness: fixture sites built from the real settings and templates, the real site, and
 * byte-level snapshots of baked folders.
 */
public final class TestSites {
    /** A home page, which every site needs (publishing refuses a bake without index.html). */
    public static final String HOME = """
            title=Fixture home
            description=A fixture site for tests.
            type=home
            ~~~~~~
            Home page text.
            """;

    private TestSites() {
    }

    /** The repository root (set by surefire; falls back to the module's parent folder). */
    public static Path repoRoot() {
        return Path.of(System.getProperty("site.root", "..")).toAbsolutePath().normalize();
    }

    /**
     * A fixture site in {@code dir}: the real jbake.properties (less the guide sequence), templates and data (so fixtures follow
     * the site as it grows), a home page, and no other content; each test writes the pages it needs.
     */
    public static Path fixtureSite(Path dir) {
        Path root = repoRoot();
        try {
            Files.createDirectories(dir.resolve("content"));
            // The real guide sequence names the real guide pages, which a fixture does not have.
            List<String> properties = new ArrayList<>(Files.readAllLines(root.resolve("jbake.properties")));
            properties.removeIf(l -> l.startsWith("guide.sequence="));
            Files.write(dir.resolve("jbake.properties"), properties);
            copyTree(root.resolve("templates"), dir.resolve("templates"));
            copyTree(root.resolve("data"), dir.resolve("data"));
            // The search index is made with the site's own script (SearchTerms).
            Files.createDirectories(dir.resolve("assets/js"));
            Files.copy(root.resolve("assets/js/search-terms.js"), dir.resolve("assets/js/search-terms.js"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        write(dir, "content/index.md", HOME);
        return dir;
    }

    /**
     * Adds the real site's pages of type=records (the list pages that give each row of their dataset a
     * page) to a fixture, with a stub for each guide page their headers link to, so the fixture has the
     * real generated pages.
     */
    public static Path withRecordPages(Path site) {
        try (Stream<Path> files = Files.list(repoRoot().resolve("content/guide"))) {
            for (Path page : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                List<String> header = Files.readAllLines(page).stream().takeWhile(l -> !l.equals("~~~~~~")).toList();
                if (!header.contains("type=records")) {
                    continue;
                }
                write(site, "content/guide/" + page.getFileName(), Files.readString(page));
                for (String line : header) {
                    if (line.startsWith("records.parent=") || line.startsWith("records.related=")) {
                        for (String address : line.substring(line.indexOf('=') + 1).split("\\|")) {
                            Path stub = site.resolve("content" + address.strip().replaceFirst("/$", ".md"));
                            if (!Files.exists(stub)) {
                                write(site, site.relativize(stub).toString(), "title=" + stub.getFileName()
                                        + "\ndescription=A stub of a guide page.\n~~~~~~\nText.\n");
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return site;
    }

    public static Path write(Path site, String relative, String text) {
        return write(site, relative, text.getBytes(StandardCharsets.UTF_8));
    }

    public static Path write(Path site, String relative, byte[] bytes) {
        Path file = site.resolve(relative);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    public static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.sorted().toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    /** Every file under {@code folder} (relative path with /) to its SHA-256, for byte-level comparison. */
    public static SortedMap<String, String> snapshot(Path folder) {
        SortedMap<String, String> hashes = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                hashes.put(folder.relativize(p).toString().replace('\\', '/'), sha256(Files.readAllBytes(p)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return hashes;
    }

    /**
     * Fails unless both folders hold the same files with the same bytes; the message names each
     * differing file and its first differing line, which a pair of hash maps would not.
     */
    public static void assertSameBytes(Path expected, Path actual) {
        SortedMap<String, String> a = snapshot(expected);
        SortedMap<String, String> b = snapshot(actual);
        StringBuilder diff = new StringBuilder();
        java.util.SortedSet<String> all = new java.util.TreeSet<>(a.keySet());
        all.addAll(b.keySet());
        for (String path : all) {
            if (!a.containsKey(path) || !b.containsKey(path)) {
                diff.append("\n  ").append(path).append(a.containsKey(path) ? " only in " + expected : " only in " + actual);
            } else if (!a.get(path).equals(b.get(path))) {
                diff.append("\n  ").append(path).append(" differs").append(firstDifferentLine(expected.resolve(path), actual.resolve(path)));
            }
        }
        if (a.isEmpty() || diff.length() > 0) {
            throw new AssertionError("Bakes differ (" + expected + " vs " + actual + "):" + (a.isEmpty() ? " nothing baked" : diff));
        }
    }

    private static String firstDifferentLine(Path a, Path b) {
        try {
            List<String> x = Files.readAllLines(a, StandardCharsets.ISO_8859_1);
            List<String> y = Files.readAllLines(b, StandardCharsets.ISO_8859_1);
            for (int i = 0; i < Math.max(x.size(), y.size()); i++) {
                String l = i < x.size() ? x.get(i) : "(end)";
                String r = i < y.size() ? y.get(i) : "(end)";
                if (!l.equals(r)) {
                    return " at line " + (i + 1) + ":\n    " + l + "\n    " + r;
                }
            }
            return "";
        } catch (IOException e) {
            return " (" + e.getMessage() + ")";
        }
    }

    public static List<Path> htmlFiles(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
