package org.coderpay.markdown.directives.internal;

import org.coderpay.bake.BakeSession;
import org.coderpay.data.DatasetCatalog;
import org.coderpay.figures.TemplateRenderer;
import org.coderpay.markdown.GuideMarkdown;
import org.coderpay.markdown.directives.SalaryDirectivesExtension;
import org.coderpay.template.SiteTemplates;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;

/** What the parsers share: the datasets of the document's bake, and where problems go. */
final class Directives {
    private Directives() {
    }

    static DatasetCatalog catalog(Document document) {
        DatasetCatalog catalog = SalaryDirectivesExtension.DATASETS.get(document);
        if (catalog != null) {
            return catalog;
        }
        BakeSession session = GuideMarkdown.SESSION.get(document);
        if (session == null) {
            throw new IllegalStateException("Salary directives need SalaryDirectivesExtension.DATASETS or a bake session");
        }
        return DatasetCatalog.of(session);
    }

    /** The templates figures are written with: as set in the options, else the bake's template engine. */
    static TemplateRenderer templates(DataHolder options) {
        TemplateRenderer templates = SalaryDirectivesExtension.TEMPLATES.get(options);
        if (templates != null) {
            return templates;
        }
        BakeSession session = GuideMarkdown.SESSION.get(options);
        if (session == null) {
            throw new IllegalStateException("Salary directives need SalaryDirectivesExtension.TEMPLATES or a bake session");
        }
        return SiteTemplates.of(session).fragments();
    }

    /**
     * The methodology page's address: as set in the options, else that page under the site's base
     * path (so a site published below / still links correctly).
     */
    static String methodologyUrl(Document document) {
        BakeSession session = GuideMarkdown.SESSION.get(document);
        if (document.contains(SalaryDirectivesExtension.METHODOLOGY_URL) || session == null) {
            return SalaryDirectivesExtension.METHODOLOGY_URL.get(document);
        }
        return org.coderpay.bake.SiteSettings.methodologyUrl(session.config());
    }

    /** Reports a problem at a 0-based line of the Markdown body and a 1-based column. */
    static void report(Document document, int bodyLine0, int column, int width, String message, String hint) {
        GuideMarkdown.report(document, bodyLine0 + 1, column, message, hint, Math.max(1, width));
    }
}
