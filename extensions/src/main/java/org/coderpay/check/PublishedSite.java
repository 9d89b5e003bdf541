package org.coderpay.check;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A baked site as the gates see it: every published file by its path in the output folder (forward
 * slashes), the source each page was baked from, and parsed pages (cached, since several gates read
 * each page).
 */
public final class PublishedSite {
    private final Path root;
    private final SortedMap<String, Path> files = new TreeMap<>();
    private final Map<String, String> sources;
    private final Path sourceRoot;
    private final Map<String, Document> parsed = new HashMap<>();
    private final Map<String, List<String>> lines = new HashMap<>();

    private PublishedSite(Path root, Map<String, String> sources, Path sourceRoot) throws IOException {
        this.root = root;
        this.sources = sources;
        this.sourceRoot = sourceRoot;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                files.put(root.relativize(p).toString().replace('\\', '/'), p);
            }
        }
    }

    /**
     * @param root        the published folder
     * @param sourcesFile the bake's record of which source wrote which output ({@code output=source}
     *                    lines, see {@code BakeSummary.sourcesFileFor}); may be null or missing, then
     *                    sources are guessed from the content folder convention
     */
    public static PublishedSite load(Path root, Path sourcesFile) throws IOException {
        return load(root, sourcesFile, null);
    }

    /**
     * @param sourceRoot the site's source folder (where content/ lives), so findings can point at a line
     *                   of the Markdown; may be null
     */
    public static PublishedSite load(Path root, Path sourcesFile, Path sourceRoot) throws IOException {
        Map<String, String> sources = new HashMap<>();
        if (sourcesFile != null && Files.isRegularFile(sourcesFile)) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(sourcesFile, StandardCharsets.UTF_8)) {
                p.load(r);
            }
            p.stringPropertyNames().forEach(k -> sources.put(k, p.getProperty(k)));
        }
        return new PublishedSite(root.toAbsolutePath().normalize(), sources,
                sourceRoot == null ? null : sourceRoot.toAbsolutePath().normalize());
    }

    public Path root() {
        return root;
    }

    /** Every published file, sorted by path. */
    public SortedMap<String, Path> files() {
        return Collections.unmodifiableSortedMap(files);
    }

    public List<String> pages() {
        return files.keySet().stream().filter(PublishedSite::isPage).toList();
    }

    public List<String> stylesheets() {
        return files.keySet().stream().filter(f -> f.endsWith(".css")).toList();
    }

    static boolean isPage(String path) {
        return path.endsWith(".html");
    }

    public boolean exists(String path) {
        return files.containsKey(path);
    }

    public long size(String path) {
        try {
            return Files.size(files.get(path));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + path, e);
        }
    }

    /**
     * The source a published file came from, as editors see it ({@code content/guide/pay.md}), or ""
     * when the bake's record does not name one. Uses the bake's own record; without any, the address
     * convention (content/guide/x.md writes
     * guide/x/index.html, content/404.md writes 404.html, assets/css/site.css writes css/site.css).
     */
    public String sourceOf(String path) {
        String recorded = sources.get(path);
        if (recorded != null) {
            return recorded;
        }
        if (!sources.isEmpty()) {
            // The bake kept a record but not of this file: say so rather than guess wrongly.
            return "";
        }
        if (path.endsWith("/index.html") || path.equals("index.html")) {
            String base = path.substring(0, path.length() - "index.html".length());
            return base.isEmpty() ? "content/index.md" : "content/" + base.substring(0, base.length() - 1) + ".md";
        }
        if (path.endsWith(".html")) {
            return "content/" + path.substring(0, path.length() - ".html".length()) + ".md";
        }
        return "assets/" + path;
    }

    /** Whether the page's Markdown source can be read, so a search in it means something. */
    public boolean hasReadableMarkdown(String page) {
        String source = sourceOf(page);
        return sourceRoot != null && source.endsWith(".md") && Files.isRegularFile(sourceRoot.resolve(source));
    }

    /**
     * The first line of the page's Markdown source that contains {@code text} (an address, say), or 0
     * when the source is not Markdown, not found, or does not contain it.
     */
    public int sourceLineContaining(String page, String text) {
        String source = sourceOf(page);
        if (sourceRoot == null || text.isEmpty() || !source.endsWith(".md")) {
            return 0;
        }
        Path file = sourceRoot.resolve(source);
        try {
            List<String> sourceLines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < sourceLines.size(); i++) {
                if (sourceLines.get(i).contains(text)) {
                    return i + 1;
                }
            }
        } catch (IOException e) {
            // No readable source: the finding names the published line only.
        }
        return 0;
    }

    private String basePath;

    /**
     * The folder the site is served from ({@code /} or {@code /pay-guide/}), read from the home page's
     * canonical address: links on the pages include it, files in the output folder do not.
     */
    public synchronized String basePath() {
        if (basePath == null) {
            basePath = "/";
            if (exists("index.html")) {
                String href = document("index.html").select("link[rel=canonical]").attr("href");
                try {
                    String path = new java.net.URI(href).getRawPath();
                    if (path != null && path.startsWith("/") && path.endsWith("/")) {
                        basePath = path;
                    }
                } catch (java.net.URISyntaxException e) {
                    // no usable canonical: the site is taken to be at the root
                }
            }
        }
        return basePath;
    }

    /** The address a browser uses for a published file: {@code /guide/pay/} for guide/pay/index.html. */
    public static String urlOf(String path) {
        if (path.equals("index.html")) {
            return "/";
        }
        return "/" + (path.endsWith("/index.html") ? path.substring(0, path.length() - "index.html".length()) : path);
    }

    public String text(String path) {
        try {
            return Files.readString(files.get(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + path, e);
        }
    }

    public synchronized List<String> lines(String path) {
        return lines.computeIfAbsent(path, p -> files.containsKey(p) ? text(p).lines().toList() : List.of());
    }

    /**
     * Whether a line of a published page lies outside its {@code <main>}, that is in the shared layout
     * (header, navigation, footer) rather than in what the page's own template and Markdown produced.
     */
    public boolean inLayout(String page, int line) {
        if (!isPage(page) || line < 1) {
            return false;
        }
        org.jsoup.nodes.Element main = document(page).selectFirst("main");
        if (main == null || !main.sourceRange().isTracked()) {
            return false;
        }
        int end = main.endSourceRange().isTracked() ? main.endSourceRange().end().lineNumber() : Integer.MAX_VALUE;
        return line < main.sourceRange().start().lineNumber() || line > end;
    }

    /** The page parsed with jsoup, element positions tracked so findings can name the line. */
    public synchronized Document document(String path) {
        return parsed.computeIfAbsent(path, p -> {
            org.jsoup.parser.Parser parser = org.jsoup.parser.Parser.htmlParser().setTrackPosition(true);
            return Jsoup.parse(text(p), "", parser);
        });
    }
}
