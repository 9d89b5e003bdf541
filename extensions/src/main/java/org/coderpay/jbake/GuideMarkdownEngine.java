package org.coderpay.jbake;

import java.io.File;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.coderpay.bake.BakeSession;
import org.coderpay.bake.OutputPaths;
import org.coderpay.bake.SiteLayouts;
import org.coderpay.bake.SiteSettings;
import org.coderpay.content.FrontMatter;
import org.coderpay.content.FrontMatterReader;
import org.coderpay.content.HeaderKeys;
import org.coderpay.diagnostics.Problem;
import org.coderpay.diagnostics.SourceText;
import org.coderpay.markdown.GuideMarkdown;
import org.coderpay.navigation.GuidePages;
import org.coderpay.navigation.SiteNavigation;
import org.coderpay.template.PageModel;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.parser.MarkupEngine;
import org.jbake.parser.ParserContext;

/**
 * JBake's Markdown engine, made strict. Every problem with a page (encoding, header, Markdown) is
 * recorded in the bake session and the page is withheld; {@link org.coderpay.build.StrictBuildGate}
 * then fails the bake listing them all. Drafts are withheld too, and listed.
 */
public class GuideMarkdownEngine extends MarkupEngine {
    private static final String FILE_NAME = "[a-z0-9]+(-[a-z0-9]+)*\\.md";

    @Override
    public DocumentModel parse(JBakeConfiguration config, File file) {
        BakeSession session = BakeSession.of(config);
        Path shown = session.shown(file);
        Optional<List<String>> lines = SourceText.readLines(file.toPath(), shown, session.problems());
        if (lines.isEmpty()) {
            return null;
        }
        if (!file.getName().matches(FILE_NAME)) {
            session.problems().add(Problem.inFile(shown, "The file name \"" + file.getName()
                    + "\" would make an awkward web address.",
                    "Rename it using lowercase letters, digits and hyphens only, ending in .md "
                            + "(for example pay-by-state.md)."));
        }
        FrontMatterReader reader = new FrontMatterReader(SiteLayouts.pageTypes(config));
        Optional<FrontMatter> header = reader.read(shown, lines.get(), session.problems());
        if (header.isEmpty()) {
            return null;
        }
        String output = OutputPaths.forContent(config, file);
        session.claimOutput(output, shown.toString().replace('\\', '/'));
        if (header.get().isDraft()) {
            session.addDraft(shown);
            return null;
        }
        String slug = GuidePages.slugFor(config, output);
        if (slug != null) {
            session.component(GuidePages.class, s -> new GuidePages()).add(new GuidePages.Page(slug,
                    header.get().title(), SiteSettings.from(config).url(output), shown.toString().replace('\\', '/')));
        }
        // Pages that declare generated pages or the estimator's questions; checked after the crawl.
        org.coderpay.pages.RecordCollections.of(session).declare(session, shown, output, lines.get(), header.get());
        org.coderpay.pages.EstimatorQuestions.of(session).declare(session, shown, output, lines.get(), header.get());
        header.get().nav().ifPresent(order -> session.component(SiteNavigation.class, s -> new SiteNavigation())
                .add(order, header.get().navLabel(), SiteSettings.from(config).url(output)));
        DocumentModel document = super.parse(config, file);
        if (document == null) {
            session.problems().add(Problem.inFile(shown, "JBake could not read this page.",
                    "Check the header against docs/editors-guide.md."));
            return null;
        }
        // JBake parses dates in the JVM's time zone and falls back to the file's modification time;
        // both would make the output depend on the machine. Dates are calendar days, pinned to UTC.
        document.remove("date");
        header.get().date().ifPresent(d -> document.setDate(Date.from(d.atStartOfDay(ZoneOffset.UTC).toInstant())));
        document.put("source_path", shown.toString().replace('\\', '/'));
        return document;
    }

    @Override
    public void processBody(ParserContext context) {
        BakeSession session = BakeSession.of(context.getConfig());
        List<String> lines = context.getFileLines();
        int separator = lines.indexOf(FrontMatterReader.SEPARATOR);
        Path shown = session.shown(context.getFile());
        Object allowed = context.getDocumentModel().get(HeaderKeys.ALLOW_FIGURES);
        List<String> allowedFigures = allowed == null ? List.of()
                : java.util.Arrays.stream(allowed.toString().split("\\|")).map(String::strip)
                        .filter(a -> !a.isEmpty()).toList();
        GuideMarkdown.RenderedBody body = GuideMarkdown.render(context.getBody(), session, shown, lines,
                separator + 1, allowedFigures);
        context.setBody(body.html());
        context.getDocumentModel().put(PageModel.DIRECTIVES, body.directives());
        context.getDocumentModel().put(PageModel.SECTIONS, body.sections().stream()
                .map(section -> Map.of("title", section.title(), "id", section.id())).toList());
    }
}
