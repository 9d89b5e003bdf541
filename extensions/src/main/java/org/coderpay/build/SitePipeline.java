package org.coderpay.build;

import java.util.List;

import org.coderpay.bake.SiteRenderingStep;
import org.coderpay.icons.SiteIconsWriter;
import org.coderpay.pages.EstimatorDataWriter;
import org.coderpay.pages.RecordPagesRenderer;
import org.coderpay.search.SearchIndexWriter;
import org.coderpay.security.HeadersFileWriter;
import org.coderpay.social.SocialImageWriter;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;

/**
 * Our one entry in JBake's list of renderers, running our steps in a fixed order. JBake runs the
 * renderers in classpath order, which differs between the Maven plugin (jbake-core first) and tests
 * (our classes first); steps that read what others wrote (the search index reads every page, the gate
 * checks everything) need a fixed order. So the pipeline renders the Markdown pages first itself, with
 * {@link LinearDocumentsRenderer} in place of JBake's DocumentsRenderer (whose time grows with the square
 * of the pages); it marks every page rendered, so JBake's own DocumentsRenderer finds nothing left.
 */
public class SitePipeline extends SiteRenderingStep {
    private static final List<RenderingTool> STEPS = List.of(
            new LinearDocumentsRenderer(),
            new RecordPagesRenderer(),
            new EstimatorDataWriter(),
            new SiteIconsWriter(),
            new SocialImageWriter(),
            new SearchIndexWriter(),
            new org.coderpay.seo.SearchEngineFiles(),
            new HeadersFileWriter(),
            new StrictBuildGate());

    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        int rendered = 0;
        RenderingException failure = null;
        for (RenderingTool step : STEPS) {
            try {
                rendered += step.render(renderer, db, config);
            } catch (StrictBuildGate.ProblemsFound e) {
                throw e; // the gate's report already holds every problem of the bake
            } catch (RenderingException e) {
                if (failure == null) {
                    failure = e; // keep going, so the gate still reports every problem
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
        return rendered;
    }
}
