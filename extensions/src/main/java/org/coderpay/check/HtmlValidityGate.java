package org.coderpay.check;

import java.util.ArrayList;
import java.util.List;

import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

import nu.validator.validation.SimpleDocumentValidator;

/**
 * Checks every published page and stylesheet with the Nu HTML Checker (the engine behind
 * validator.w3.org/nu), as a library: no network, no web service. Errors fail the gate; the
 * checker's warnings and notes are advice and are left out.
 */
public final class HtmlValidityGate implements Gate {
    /** The schema the vnu command line uses by default: HTML plus RDFa Lite. */
    private static final String SCHEMA = "http://s.validator.nu/html5-rdfalite.rnc";
    /** A stylesheet is checked wrapped in a page whose {@code <style>} starts on line 2. */
    private static final int CSS_LINE_OFFSET = 1;

    @Override
    public String name() {
        return "html";
    }

    @Override
    public GateResult check(PublishedSite site) throws Exception {
        List<Finding> findings = new ArrayList<>();
        Collector collector = new Collector();
        // Keep log4j as configured, URLs unlogged, language detection off (it guesses from prose and
        // only warns).
        quietLog4j();
        SimpleDocumentValidator validator = new SimpleDocumentValidator(false, false, false);
        validator.setUpMainSchema(SCHEMA, collector);
        validator.setUpValidatorAndParsers(collector, false, false);

        List<String> pages = site.pages();
        List<String> stylesheets = site.stylesheets();
        for (String page : pages) {
            collector.start(site, page, 0);
            validator.checkHtmlFile(site.files().get(page).toFile(), true);
            findings.addAll(collector.findings);
        }
        for (String css : stylesheets) {
            collector.start(site, css, CSS_LINE_OFFSET);
            validator.checkCssFile(site.files().get(css).toFile(), true);
            findings.addAll(collector.findings);
        }
        return new GateResult(name(), pages.size() + stylesheets.size(), "pages and stylesheets", findings,
                "Nu HTML Checker", null);
    }

    /** The checker logs through log4j 1 (reload4j); with no appender it warns about that on stderr. */
    private static void quietLog4j() {
        org.apache.log4j.Logger root = org.apache.log4j.Logger.getRootLogger();
        if (!root.getAllAppenders().hasMoreElements()) {
            root.addAppender(new org.apache.log4j.varia.NullAppender());
        }
    }

    /** Turns the checker's errors for the current file into findings. */
    private static final class Collector implements ErrorHandler {
        private PublishedSite site;
        private String file;
        private int lineOffset;
        private List<Finding> findings = new ArrayList<>();

        void start(PublishedSite site, String file, int lineOffset) {
            this.site = site;
            this.file = file;
            this.lineOffset = lineOffset;
            this.findings = new ArrayList<>();
        }

        @Override
        public void warning(SAXParseException e) {
            // Advice (for example "consider adding a lang attribute"), not an error.
        }

        @Override
        public void error(SAXParseException e) {
            add(e);
        }

        @Override
        public void fatalError(SAXParseException e) {
            add(e);
        }

        private void add(SAXParseException e) {
            if (file == null) {
                throw new IllegalStateException("The HTML checker's schema failed to load: " + e.getMessage(), e);
            }
            int line = Math.max(0, e.getLineNumber() - lineOffset);
            int column = Math.max(0, e.getColumnNumber());
            findings.add(Finding.at(site, file, line, column, "Invalid HTML: " + e.getMessage(), hintFor(file, line)));
        }

        private String hintFor(String path, int line) {
            String source = site.sourceOf(path);
            if (path.endsWith(".css")) {
                return "Fix the CSS in " + source + " at this line.";
            }
            if (site.inLayout(path, line)) {
                return "The line is outside <main>, in the shared layout: fix templates/layout.ftlh (every page has it).";
            }
            return "The line is inside <main>: it comes from the page's template in templates/ or from " + source
                    + " (Markdown renders standard markup, so look first at the template or a directive's output).";
        }
    }
}
