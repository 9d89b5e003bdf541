package org.coderpay.social;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.coderpay.bake.BakeSession;
import org.coderpay.bake.DrawingCache;
import org.coderpay.bake.PageFacts;
import org.coderpay.bake.SiteRenderingStep;
import org.coderpay.bake.SiteSettings;
import org.coderpay.diagnostics.Problem;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.RenderingException;

/**
 * Writes each indexable page's preview image (see {@link SocialImages}) after every page is rendered,
 * with the title and headline figure each page recorded as it rendered ({@link PageFacts}), so the image
 * says what the page says.
 * An image is drawn only when its inputs or the drawing code changed ({@link DrawingCache}).
 */
public class SocialImageWriter extends SiteRenderingStep {

    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        BakeSession session = BakeSession.of(config);
        Path site = config.getDestinationFolder().toPath();
        String siteTitle = SiteSettings.from(config).title();
        DrawingCache cache = DrawingCache.of(session, "social");
        List<PageFacts.Page> pages = PageFacts.of(session).indexable();
        for (PageFacts.Page page : pages) {
            session.claimOutput(SocialImages.pathFor(page.outputPath()), page.outputPath());
        }
        // Drawing is the slow part and each image stands alone, so it runs on every core; each file's
        // bytes depend only on its own page, so the order the files are written in does not matter.
        try {
            Files.createDirectories(site.resolve(SocialImages.pathFor("index.html")).getParent());
            pages.parallelStream().forEach(page -> {
                SocialImages.Headline headline = page.headline() == null ? null
                        : new SocialImages.Headline(page.headline().label(), page.headline().value());
                byte[] png = cache.get(SocialImages.cacheKey(siteTitle, page.title(), headline),
                        () -> SocialImages.draw(siteTitle, page.title(), headline));
                try {
                    Files.write(site.resolve(SocialImages.pathFor(page.outputPath())), png);
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
}
