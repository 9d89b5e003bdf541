package org.coderpay.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import org.coderpay.bake.BakeSession;
import org.coderpay.bake.IndexablePages;
import org.coderpay.bake.SiteRenderingStep;
import org.coderpay.bake.SiteSettings;
import org.coderpay.diagnostics.Problem;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.RenderingException;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Writes the site search index ({@link SearchIndex}) from the pages as published: it runs after every
 * page renderer (Markdown pages and pages made from data) and reads the text of their {@code main}, so
 * what a reader can find is what a reader can see. What a generated page is about and its headline
 * figure come from {@link PageSubjects}, as its renderer described it. The index's terms come from the
 * site's own {@code search-terms.js} ({@link SearchTerms}), the script that reads the query.
 */
public class SearchIndexWriter extends SiteRenderingStep {
    public static final String OUTPUT = SearchIndex.MANIFEST;
    /** The text a result quotes from: enough for a snippet about any query word, small to fetch. */
    static final int MAX_TEXT = 1500;

    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        BakeSession session = BakeSession.of(config);
        Path out = config.getDestinationFolder().toPath();
        Path script = session.root().resolve(SearchTerms.SCRIPT);
        if (!Files.isRegularFile(script)) {
            session.problems().add(Problem.inFile(Path.of(SearchTerms.SCRIPT), "The search index needs "
                    + SearchTerms.SCRIPT + ", which turns text into search terms, and it is missing.",
                    "Restore it from the repository (git checkout -- " + SearchTerms.SCRIPT + ")."));
            return 0;
        }
        try (SearchTerms terms = SearchTerms.of(session.root())) {
            List<SearchDocument> docs = documents(IndexablePages.of(session), SiteSettings.from(config),
                    PageSubjects.of(session));
            SortedMap<String, String> files = SearchIndex.files(docs, terms::terms);
            for (Map.Entry<String, String> file : files.entrySet()) {
                session.claimOutput(file.getKey(), "content/");
                Path target = out.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
            }
            return 0;
        } catch (IOException e) {
            session.problems().add(Problem.inFile(Path.of("content"), "Cannot write the search index: "
                    + e.getMessage(), "Check that the output folder is writable."));
        } catch (RuntimeException e) { // a script error in search-terms.js
            session.problems().add(Problem.inFile(Path.of(SearchTerms.SCRIPT), "The search index could not be"
                    + " made: " + e.getMessage(), "Fix the script; SearchScriptTest runs it on examples."));
        }
        return 0;
    }

    /** The indexable pages as search documents, in path order. */
    static List<SearchDocument> documents(List<IndexablePages.Page> pages, SiteSettings settings, PageSubjects subjects) {
        List<SearchDocument> docs = new ArrayList<>();
        for (IndexablePages.Page page : pages) {
            Document doc = page.document().clone(); // the pages are shared with other steps
            Element main = doc.selectFirst("main");
            if (main == null) {
                continue;
            }
            main.select("nav, script, form, svg, .salary-table__source").remove();
            Element h1 = main.selectFirst("h1");
            Element description = doc.selectFirst("meta[name=description]");
            var subject = subjects.find(page.path());
            docs.add(new SearchDocument(settings.url(page.path()), h1 != null ? h1.text() : doc.title(),
                    description != null ? description.attr("content") : "", main.select("h2, h3").eachText(),
                    PageText.of(main, Integer.MAX_VALUE), PageText.of(main, MAX_TEXT),
                    subject.map(PageSubjects.Subject::names).orElse(List.of()),
                    subject.map(PageSubjects.Subject::figure).orElse(null)));
        }
        return docs;
    }

    /** The index of an already published site, for tests and benchmarks. */
    static SortedMap<String, String> index(Path site, Path root, SiteSettings settings, PageSubjects subjects)
            throws IOException {
        try (SearchTerms terms = SearchTerms.of(root)) {
            return SearchIndex.files(documents(IndexablePages.read(site), settings, subjects), terms::terms);
        }
    }
}
