package org.coderpay.bake;

import java.io.File;

import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;

/** A renderer of ours: JBake 2.7 only calls the configuration-based render method, so the old one is closed once here. */
public abstract class SiteRenderingStep implements RenderingTool {

    @Override
    @Deprecated
    public final int render(Renderer renderer, ContentStore db, File destination, File templatesPath,
            CompositeConfiguration config) throws RenderingException {
        throw new UnsupportedOperationException("JBake 2.7 calls render(Renderer, ContentStore, JBakeConfiguration)");
    }
}
