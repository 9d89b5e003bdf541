package org.coderpay.template;

import java.io.Writer;
import java.util.Map;

import org.coderpay.bake.BakeSession;
import org.coderpay.bake.SiteSettings;
import org.coderpay.figures.TemplateRenderer;
import org.coderpay.navigation.SiteNavigation;
import org.jbake.template.RenderingException;

/**
 * The site's layouts as the steps that write pages of their own (generated pages, figures in Markdown)
 * see them. JBake builds the template engine that provides this before anything else of a bake, and
 * the engine puts itself in the bake's session; the steps ask the session, so they depend on this
 * contract and never on the engine (which sits above them, where the bake is wired to JBake).
 */
public interface SiteTemplates {

    SiteSettings site();

    SiteNavigation navigation();

    /**
     * Renders a layout with a typed page model plus extra typed values (for example {@code record} for
     * generated pages). Every failure is reported as a problem of the bake, naming {@code source}.
     */
    void render(String templateName, PageModel page, Map<String, Object> extra, String source, Writer writer)
            throws RenderingException;

    /** Renders parts of a page (tables, charts): auto-escaped, a template error is a problem at its file:line:column. */
    TemplateRenderer fragments();

    /** The layouts of the bake {@code session} belongs to. */
    static SiteTemplates of(BakeSession session) {
        SiteTemplates templates = session.component(SiteTemplates.class, s -> null);
        if (templates == null) {
            throw new IllegalStateException("No template engine in this bake: is templates/ using .ftlh layouts?");
        }
        return templates;
    }
}
