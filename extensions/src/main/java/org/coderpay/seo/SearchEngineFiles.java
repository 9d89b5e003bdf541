package org.coderpay.seo;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.coderpay.bake.BakeSession;
import org.coderpay.bake.SiteRenderingStep;
import org.coderpay.bake.SiteSettings;
import org.coderpay.diagnostics.Problem;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.RenderingException;

/**
 * Writes what search engines and feed readers fetch besides the pages: {@code sitemap.xml} (every
 * indexable page with its last-reviewed day), {@code robots.txt} pointing at it, and an Atom feed of
 * the guide's pages by review date. Runs after every page is rendered, from the pages' own record
 * ({@link RenderedPages}); the published result is checked by {@code check.SearchMetadataGate}.
 *
 * <p>XML goes through the JDK's StAX writer (escaping is its job); the output depends only on the
 * pages, never on the clock or the order they rendered in.
 */
public class SearchEngineFiles extends SiteRenderingStep {
    public static final String SITEMAP = "sitemap.xml";
    public static final String ROBOTS = "robots.txt";
    private static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String ATOM_NS = "http://www.w3.org/2005/Atom";
    /** Named as the source of these files in the bake's record (they are made from every page). */
    private static final String SOURCE = "jbake.properties";

    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        BakeSession session = BakeSession.of(config);
        SiteSettings site = SiteSettings.from(config);
        SeoSettings seo = SeoSettings.from(config, site.title());
        List<RenderedPage> pages = RenderedPages.of(session).all();
        Path out = config.getDestinationFolder().toPath();
        String home = site.publicOrigin() + site.basePath();
        try {
            write(session, out, SITEMAP, sitemap(pages, site.publicOrigin()));
            write(session, out, ROBOTS, robots(home));
            write(session, out, PageHeads.FEED, feed(pages, site, seo));
        } catch (IOException | XMLStreamException e) {
            session.problems().add(Problem.inFile(Path.of(SOURCE), "Cannot write the sitemap, robots.txt or feed: "
                    + e.getMessage(), "Check that the output folder is writable."));
        }
        return 3;
    }

    private static void write(BakeSession session, Path out, String name, String text) throws IOException {
        session.claimOutput(name, SOURCE);
        Files.writeString(out.resolve(name), text, StandardCharsets.UTF_8);
    }

    static String sitemap(List<RenderedPage> pages, String origin) throws XMLStreamException {
        StringWriter text = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement("urlset");
        xml.writeDefaultNamespace(SITEMAP_NS);
        for (RenderedPage p : pages) {
            if (!p.indexable()) {
                continue;
            }
            xml.writeCharacters("\n  ");
            xml.writeStartElement("url");
            element(xml, "loc", origin + p.url());
            if (p.reviewed() != null) {
                element(xml, "lastmod", p.reviewed());
            }
            xml.writeEndElement();
        }
        xml.writeCharacters("\n");
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return text + "\n";
    }

    /**
     * Crawlers read robots.txt only at a host's root: under a base path this copy is ignored, and the
     * sitemap is found through the address given to the search engine's webmaster tools instead.
     */
    static String robots(String home) {
        return "User-agent: *\nAllow: /\n\nSitemap: " + home + SITEMAP + "\n";
    }

    /** The guide's pages, most recently reviewed first. */
    static String feed(List<RenderedPage> pages, SiteSettings site, SeoSettings seo) throws XMLStreamException {
        String home = site.publicOrigin() + site.basePath();
        List<RenderedPage> entries = new ArrayList<>(pages.stream().filter(p -> p.inFeed() && p.reviewed() != null).toList());
        entries.sort(Comparator.comparing(RenderedPage::reviewed).reversed().thenComparing(RenderedPage::url));
        StringWriter text = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(ATOM_NS);
        if (!site.lang().isEmpty()) {
            xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", site.lang());
        }
        xml.writeCharacters("\n  ");
        element(xml, "id", home);
        xml.writeCharacters("\n  ");
        element(xml, "title", seo.feedTitle());
        if (!site.tagline().isEmpty()) {
            xml.writeCharacters("\n  ");
            element(xml, "subtitle", site.tagline());
        }
        xml.writeCharacters("\n  ");
        element(xml, "updated", atomDate(entries.isEmpty() ? "1970-01-01" : entries.get(0).reviewed()));
        xml.writeCharacters("\n  ");
        link(xml, "self", home + PageHeads.FEED, "application/atom+xml");
        xml.writeCharacters("\n  ");
        link(xml, "alternate", home, "text/html");
        xml.writeCharacters("\n  ");
        xml.writeStartElement("author");
        element(xml, "name", seo.organization());
        element(xml, "uri", home);
        xml.writeEndElement();
        for (RenderedPage p : entries) {
            String url = site.publicOrigin() + p.url();
            xml.writeCharacters("\n  ");
            xml.writeStartElement("entry");
            xml.writeCharacters("\n    ");
            element(xml, "id", url);
            xml.writeCharacters("\n    ");
            element(xml, "title", p.title());
            xml.writeCharacters("\n    ");
            link(xml, "alternate", url, "text/html");
            xml.writeCharacters("\n    ");
            if (p.published() != null) {
                element(xml, "published", atomDate(p.published()));
                xml.writeCharacters("\n    ");
            }
            element(xml, "updated", atomDate(p.reviewed()));
            xml.writeCharacters("\n    ");
            element(xml, "summary", p.description());
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
        }
        xml.writeCharacters("\n");
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return text + "\n";
    }

    /** Atom dates are instants; a review is a calendar day, so it is the start of that day in UTC. */
    private static String atomDate(String day) {
        return day + "T00:00:00Z";
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }
}
