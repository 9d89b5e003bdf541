package org.coderpay.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the site search index from the pages as published: it runs after every page renderer
 * (Markdown pages and pages made from data) and reads their HTML, so what a reader can find is exactly
 * what a reader can see. Pages are indexed in path order, so the file is the same on every build.
 * Each entry's text comes from {@link PageText}.
 */
public class SearchIndexWriter extends SiteRenderingStep {
    public static final String OUTPUT = "search-index.json";
    /** Enough text to find a page by its figures and words, small enough to load on a phone. */
    static final int MAX_TEXT = 1500;
    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        BakeSession session = BakeSession.of(config);
        Path out = config.getDestinationFolder().toPath();
        try {
            String json = index(IndexablePages.of(session), SiteSettings.from(config));
            session.claimOutput(OUTPUT, "content/");
            Files.writeString(out.resolve(OUTPUT), json, StandardCharsets.UTF_8);
        } catch (IOException e) {
            session.problems().add(Problem.inFile(Path.of("content"), "Cannot write the search index: "
                    + e.getMessage(), "Check that the output folder is writable."));
        }
        return 0;
    }

    static String index(Path site, SiteSettings settings) {
        return index(IndexablePages.read(site), settings);
    }

    static String index(List<IndexablePages.Page> pages, SiteSettings settings) {
        ArrayNode entries = JsonNodeFactory.instance.arrayNode();
        for (IndexablePages.Page page : pages) {
            String relative = page.path();
            Document doc = page.document().clone(); // the pages are shared with other steps
            Element main = doc.selectFirst("main");
            if (main == null) {
                continue;
            }
            main.select("nav, script, form, svg, .salary-table__source").remove();
            ObjectNode entry = entries.addObject();
            entry.put("url", settings.url(relative));
            Element h1 = main.selectFirst("h1");
            entry.put("title", h1 != null ? h1.text() : doc.title());
            Element description = doc.selectFirst("meta[name=description]");
            entry.put("description", description != null ? description.attr("content") : "");
            ArrayNode headings = entry.putArray("headings");
            main.select("h2, h3").forEach(h -> headings.add(h.text()));
            entry.put("text", PageText.of(main, MAX_TEXT));
        }
        return JsonMapper.builder().build().writeValueAsString(entries) + "\n";
    }
}
