package org.coderpay.bake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The rendered pages that readers can find and share (every HTML page without
 * {@code <meta name="robots" content="noindex">}), in path order, parsed once per bake for the steps that
 * read the published site: the search index and the link-preview images. Callers must not change the
 * documents; take a {@link Document#clone()} to edit one.
 */
public final class IndexablePages {
    /** One page: its path relative to the site root, and its parsed HTML. */
    public record Page(String path, Document document) {
    }

    private IndexablePages() {
    }

    /** Read once per bake, after every page is rendered (the steps that use it run last in SitePipeline). */
    public static List<Page> of(BakeSession session) {
        return session.component(Holder.class,
                s -> new Holder(read(s.config().getDestinationFolder().toPath()))).pages();
    }

    public static List<Page> read(Path site) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(site)) {
            files = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Page> pages = new ArrayList<>();
        for (Path file : files) {
            Document doc;
            try {
                doc = Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (isIndexable(doc)) {
                pages.add(new Page(site.relativize(file).toString().replace('\\', '/'), doc));
            }
        }
        return List.copyOf(pages);
    }

    /** Whether a published page lets search engines (and so the site search and link previews) have it. */
    public static boolean isIndexable(Document doc) {
        return doc.selectFirst("meta[name=robots][content*=noindex]") == null;
    }

    /** The per-bake cache, a type of its own so BakeSession can key it. */
    private record Holder(List<Page> pages) {
    }
}
