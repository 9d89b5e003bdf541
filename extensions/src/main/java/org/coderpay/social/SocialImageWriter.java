package org.coderpay.social;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.coderpay.bake.BakeSession;
import org.coderpay.bake.DrawingCache;
import org.coderpay.bake.IndexablePages;
import org.coderpay.bake.SiteRenderingStep;
import org.coderpay.bake.SiteSettings;
import org.coderpay.diagnostics.Problem;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.RenderingException;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Writes each indexable page's preview image (see {@link SocialImages}) after every page is rendered,
 * reading the title and the headline figure from the page itself, so the image says what the page says.
 * An image is drawn only when its inputs or the drawing code changed ({@link DrawingCache}).
 */
public class SocialImageWriter extends SiteRenderingStep {

    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        BakeSession session = BakeSession.of(config);
        Path site = config.getDestinationFolder().toPath();
        String siteTitle = SiteSettings.from(config).title();
        DrawingCache cache = DrawingCache.of(session, "social");
        List<IndexablePages.Page> pages = IndexablePages.of(session);
        for (IndexablePages.Page page : pages) {
            session.claimOutput(SocialImages.pathFor(page.path()), page.path());
        }
        // Drawing is the slow part and each image stands alone, so it runs on every core; each file's
        // bytes depend only on its own page, so the order the files are written in does not matter.
        try {
            Files.createDirectories(site.resolve(SocialImages.pathFor("index.html")).getParent());
            pages.parallelStream().forEach(page -> {
                Document doc = page.document();
                Element h1 = doc.selectFirst("main h1");
                String title = h1 != null ? h1.text() : doc.title();
                SocialImages.Headline headline = headlineOf(doc).orElse(null);
                byte[] png = cache.get(SocialImages.cacheKey(siteTitle, title, headline),
                        () -> SocialImages.draw(siteTitle, title, headline));
                try {
                    Files.write(site.resolve(SocialImages.pathFor(page.path())), png);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            session.problems().add(Problem.inFile(Path.of("templates"), "Cannot write the preview images: "
                    + e.getMessage(), "Check that the output folder is writable."));
        }
        cache.removeUnused();
        return 0;
    }

    /** The figure a page marks as its headline (record.ftlh's {@code key-figures__headline}), if any. */
    static Optional<SocialImages.Headline> headlineOf(Document doc) {
        Element figure = doc.selectFirst("main .key-figures__headline");
        Element label = figure == null ? null : figure.selectFirst("dt");
        Element value = figure == null ? null : figure.selectFirst("dd");
        return label == null || value == null ? Optional.empty()
                : Optional.of(new SocialImages.Headline(label.text(), value.text()));
    }
}
