package org.coderpay.jbake;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import org.coderpay.bake.BakeSession;
import org.coderpay.bake.PageFacts;
import org.coderpay.bake.SiteSettings;
import org.coderpay.data.DatasetCatalog;
import org.coderpay.diagnostics.Problem;
import org.coderpay.diagnostics.Problems;
import org.coderpay.figures.TemplateRenderer;
import org.coderpay.navigation.GuidePages;
import org.coderpay.navigation.GuideSequence;
import org.coderpay.navigation.PageNavigation;
import org.coderpay.navigation.SiteNavigation;
import org.coderpay.pages.EstimatorData;
import org.coderpay.pages.RecordPagesRenderer;
import org.coderpay.template.PageModel;
import org.coderpay.template.SiteTemplates;
import org.jbake.app.ContentStore;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.parser.Engines;
import org.jbake.template.AbstractTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.SimpleHash;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

/**
 * Renders {@code .ftlh} layouts with FreeMarker set up for a public website: HTML auto-escaping,
 * errors that stop the build (JBake's engine writes them into the page), and formatting that does
 * not depend on the machine's locale or time zone. Templates see typed models ({@code page},
 * {@code site}), never JBake's raw maps.
 */
public class HtmlTemplateEngine extends AbstractTemplateEngine implements SiteTemplates {
    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    private final Configuration freemarker;
    private final BakeSession session;
    private final SiteSettings site;

    public HtmlTemplateEngine(JBakeConfiguration config, ContentStore db) {
        super(config, db);
        // JBake builds template engines before it crawls, so this is the first code of ours that runs
        // in a bake: the place to put our Markdown engine in front of JBake's own for .md files.
        Engines.register("md", new GuideMarkdownEngine());
        // Datasets: our YAML 1.2 reader and validator instead of JBake's YAML 1.1 one.
        Engines.register("yaml", new DatasetFileEngine());
        Engines.register("yml", new DatasetFileEngine());
        this.session = BakeSession.of(config);
        this.site = SiteSettings.from(config);
        this.freemarker = configure(config.getTemplateFolder());
        session.component(SiteTemplates.class, s -> this);
    }

    static Configuration configure(File templateFolder) {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        try {
            cfg.setDirectoryForTemplateLoading(templateFolder);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read templates from " + templateFolder, e);
        }
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setLocale(Locale.US);
        cfg.setTimeZone(UTC);
        cfg.setSQLDateAndTimeTimeZone(UTC);
        cfg.setNumberFormat("computer");
        cfg.setBooleanFormat("c");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
        return cfg;
    }

    @Override
    public void renderDocument(TemplateModel model, String templateName, Writer writer) throws RenderingException {
        Map<String, Object> content = model.getContent();
        PageModel page = PageModel.from(content, site, navigation());
        Object source = content.get("source_path");
        Map<String, Object> extras = new java.util.HashMap<>(extrasFor(page, content));
        Object published = content.get(org.coderpay.content.HeaderKeys.PUBLISHED);
        if (published != null) {
            extras.put(org.coderpay.seo.PageHeads.PUBLISHED, published.toString());
        }
        render(templateName, page, extras, source == null ? null : source.toString(), writer);
    }

    /** Navigation for guide pages, and the ways into the data pages for the home page. */
    private Map<String, Object> extrasFor(PageModel page, Map<String, Object> content) {
        String uri = String.valueOf(content.get("uri"));
        if (page.isHome()) {
            return Map.of("browse", RecordPagesRenderer.browse(session));
        }
        Map<String, Object> extras = new java.util.HashMap<>();
        String slug = GuidePages.slugFor(config, uri);
        if (slug != null) {
            extras.put("guide", PageNavigation.forArticle(page.title(), slug, page.sections(),
                    new PageNavigation.Link(site.home(), site.basePath()),
                    GuideSequence.of(session)));
        }
        RecordPagesRenderer.listPage(session, page.sourcePath()).ifPresent(list -> extras.put("record", list));
        if ("estimator".equals(page.type())) {
            extras.put("estimator", EstimatorData.questions(session));
            extras.put("estimatorJson", EstimatorData.OUTPUT);
        }
        return extras;
    }

    @Override
    public SiteSettings site() {
        return site;
    }

    @Override
    public SiteNavigation navigation() {
        return session.component(SiteNavigation.class, s -> new SiteNavigation());
    }

    /**
     * Renders a layout with a typed page model plus extra typed values (for example {@code record} for
     * generated pages). Every failure is reported as a problem of the bake, naming {@code source}.
     */
    @Override
    public void render(String templateName, PageModel page, Map<String, Object> extra, String source, Writer writer)
            throws RenderingException {
        SimpleHash root = new SimpleHash(freemarker.getObjectWrapper());
        root.put("site", site);
        root.put("page", page);
        // The Content-Security-Policy and referrer policy the layout writes as meta tags (one definition with _headers).
        root.put("security", org.coderpay.security.SecurityHeaders.SITE);
        root.put("datasets", DatasetCatalog.of(session));
        PageFacts facts = PageFacts.of(session);
        facts.rendering(page.outputPath(), page.title(), page.isIndexable());
        root.put("pageFacts", facts.declarations(page.outputPath()));
        extra.forEach(root::put);
        root.put("seo", org.coderpay.seo.PageHeads.build(session, site, page, extra));
        process(freemarker, templateName, root, writer, config.getTemplateFolder().toPath(),
                config.getTemplateFolderName(), source, session.problems());
    }

    /**
     * Renders templates that are parts of a page (salary tables, charts) with the same configuration
     * and error reporting as layouts: a failure is a problem of this bake at the template's
     * file:line:column, and the fragment's render throws {@link TemplateRenderer.FailedException}.
     */
    @Override
    public TemplateRenderer fragments() {
        return fragments(freemarker, config.getTemplateFolder().toPath(), config.getTemplateFolderName(),
                session.problems());
    }

    /**
     * Fragment rendering outside a bake (tests, tools): templates from {@code templateFolder}, configured
     * as in a bake; a failure throws {@link TemplateRenderer.FailedException} carrying the formatted problem.
     */
    public static TemplateRenderer standaloneFragments(Path templateFolder) {
        Problems problems = new Problems();
        TemplateRenderer inner = fragments(configure(templateFolder.toFile()), templateFolder,
                templateFolder.getFileName().toString(), problems);
        return (name, variables) -> {
            try {
                return inner.render(name, variables);
            } catch (TemplateRenderer.FailedException e) {
                String message = problems.format();
                throw new TemplateRenderer.FailedException(message, e.getCause());
            }
        };
    }

    private static TemplateRenderer fragments(Configuration freemarker, Path folder, String folderName,
            Problems problems) {
        return (templateName, variables) -> {
            SimpleHash root = new SimpleHash(freemarker.getObjectWrapper());
            variables.forEach(root::put);
            StringWriter out = new StringWriter();
            try {
                process(freemarker, templateName, root, out, folder, folderName, null, problems);
            } catch (RenderingException e) {
                throw new TemplateRenderer.FailedException("templates/" + templateName + " failed", e.getCause());
            }
            return out.toString();
        };
    }

    private static void process(Configuration freemarker, String templateName, SimpleHash root, Writer writer,
            Path folder, String folderName, String source, Problems problems) throws RenderingException {
        try {
            Template template = freemarker.getTemplate(templateName);
            template.process(root, writer);
        } catch (ParseException e) {
            report(folder, folderName, e.getTemplateName(), e.getLineNumber(), e.getColumnNumber(),
                    e.getEditorMessage(), source, problems);
            throw new RenderingException(e);
        } catch (TemplateException e) {
            report(folder, folderName, e.getTemplateSourceName(), nz(e.getLineNumber()), nz(e.getColumnNumber()),
                    datasetMessage(e).orElse(firstLine(e.getMessageWithoutStackTop())), source, problems);
            throw new RenderingException(e);
        } catch (IOException e) {
            problems.add(Problem.inFile(Path.of(folderName, templateName),
                    "The template cannot be read: " + e.getMessage(),
                    "Check that templates/" + templateName + " exists (and, for a layout, its name in"
                            + " jbake.properties)."));
            throw new RenderingException(e);
        }
    }

    private static void report(Path folder, String folderName, String templateName, int line, int column,
            String message, String source, Problems problems) {
        String name = templateName == null ? "?" : templateName;
        List<String> lines = List.of();
        try {
            lines = Files.readAllLines(folder.resolve(name));
        } catch (IOException | RuntimeException ignored) {
            // The excerpt is a courtesy; the message and location still stand without it.
        }
        problems.add(Problem.at(Path.of(folderName, name), line, column, message,
                "Fix the template" + (source == null ? "." : " (it failed while rendering " + source + ").")),
                lines, 1);
    }

    /** FreeMarker hides why {@code datasets.x} failed in its cause; an unknown dataset, row or fact says it plainly. */
    private static java.util.Optional<String> datasetMessage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DatasetCatalog.UnknownNameException unknown) {
                return java.util.Optional.of(unknown.getMessage());
            }
        }
        return java.util.Optional.empty();
    }

    private static int nz(Integer i) {
        return i == null ? 0 : i;
    }

    /** FreeMarker's explanation without its tips block, which follows a line of dashes. */
    private static String firstLine(String s) {
        if (s == null) {
            return "Template error";
        }
        return String.join(" ", s.strip().lines().takeWhile(l -> !l.startsWith("----"))
                .map(String::strip).filter(l -> !l.isEmpty()).toList());
    }
}
