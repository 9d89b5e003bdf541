package org.coderpay.markdown.directives.internal;

import java.util.Map;

import org.coderpay.build.BakeSession;
import org.coderpay.markdown.GuideMarkdown;
import org.coderpay.template.HtmlTemplateEngine;
import org.jbake.template.RenderingException;

import com.vladsch.flexmark.util.data.DataHolder;

/** Draws a directive's figure with a template of {@code templates/}, through the bake's template engine. */
final class FigureTemplates {
    private FigureTemplates() {
    }

    static String render(DataHolder document, String template, Map<String, Object> model) {
        BakeSession session = GuideMarkdown.SESSION.get(document);
        if (session == null) {
            throw new IllegalStateException("Figures drawn by templates need a bake (GuideMarkdown.SESSION)");
        }
        try {
            return HtmlTemplateEngine.of(session).renderFragment(template, model,
                    GuideMarkdown.SOURCE_FILE.get(document).toString());
        } catch (RenderingException e) {
            // Already reported with the template's line; the page is failed by the strict gate.
            return "";
        }
    }
}
