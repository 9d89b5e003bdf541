package org.coderpay.social;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.coderpay.build.BakeSession;
import org.coderpay.build.IndexablePages;
import org.coderpay.build.SiteRenderingStep;
import org.coderpay.diagnostics.Problem;
import org.coderpay.template.SiteSettings;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.RenderingException;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Writes each indexable page's preview image (see {@link SocialImages}) after every page is rendered,
 * reading the title and the headline figure from the page itself, so the image says what the page says.
 */
public class SocialImageWriter extends SiteRenderingStep {

    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        BakeSession session = BakeSession.of(config);
        Path site = config.getDestinationFolder().toPath();
        String siteTitle = SiteSettings.from(config).title();
        try {
            for (IndexablePages.Page page : IndexablePages.of(session)) {
                String relative = page.path();
                Document doc = page.document();
                Element h1 = doc.selectFirst("main h1");
                String image = SocialImages.pathFor(relative);
                session.claimOutput(image, relative);
                Path target = site.resolve(image);
                Files.createDirectories(target.getParent());
                Files.write(target, SocialImages.draw(siteTitle, h1 != null ? h1.text() : doc.title(),
                        headlineOf(doc).orElse(null)));
            }
        } catch (IOException e) {
            session.problems().add(Problem.inFile(Path.of("templates"), "Cannot write the preview images: "
                    + e.getMessage(), "Check that the output folder is writable."));
        }
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
