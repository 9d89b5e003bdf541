package org.coderpay.pages;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.coderpay.bake.BakeSession;
import org.coderpay.bake.SiteRenderingStep;
import org.coderpay.bake.SiteSettings;
import org.coderpay.data.Dataset;
import org.coderpay.data.DatasetCatalog;
import org.coderpay.data.DatasetFigures;
import org.coderpay.data.Fact;
import org.coderpay.data.Range;
import org.coderpay.data.Row;
import org.coderpay.diagnostics.Problem;
import org.coderpay.figures.FigureFormat;
import org.coderpay.figures.FigureIds;
import org.coderpay.figures.FigureTemplates;
import org.coderpay.search.PageSubjects;
import org.coderpay.template.PageModel;
import org.coderpay.template.SiteTemplates;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.RenderingException;

/**
 * Writes a page for every row of each dataset a page of {@code type=records} names (see
 * {@link RecordCollections}), with the layout its header chooses (templates/record.ftlh by default).
 * The list page itself is that Markdown page, rendered like any other with templates/record-list.ftlh;
 * {@link #listPage} gives its layout the same links, table and chart. Stock JBake only renders pages
 * that have a source file; these come from data, so adding a row adds a page with no other edit. One
 * pass over the rows: the bake stays linear in the number of records.
 */
public class RecordPagesRenderer extends SiteRenderingStep {
    static final String TYPE = "record";

    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        BakeSession session = BakeSession.of(config);
        SiteTemplates engine = SiteTemplates.of(session);
        FigureTemplates figures = new FigureTemplates(engine.fragments());
        DatasetCatalog catalog = DatasetCatalog.of(session);
        Path output = config.getDestinationFolder().toPath();
        int written = 0;
        for (RecordCollection collection : RecordCollections.of(session).resolved(session)) {
            for (RecordCollection.Entry entry : collection.entries()) {
                written += write(engine, session, output, collection, entry, recordPage(collection, entry, catalog,
                        engine.site(), SiteSettings.methodologyUrl(config), figures));
                describeForSearch(session, collection, entry);
            }
        }
        return written;
    }

    private static int write(SiteTemplates engine, BakeSession session, Path output, RecordCollection collection,
            RecordCollection.Entry entry, RecordPage record) throws RenderingException {
        String source = collection.dataSource();
        session.claimOutput(entry.outputPath(), source);
        PageModel page = PageModel.generated(entry.title(), entry.description(), TYPE, entry.outputPath(),
                engine.site(), collection.dataset().reviewed(), source, engine.navigation());
        Path file = output.resolve(entry.outputPath());
        try {
            Files.createDirectories(file.getParent());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                engine.render(collection.template(), page, Map.of("record", record), source, out);
            }
        } catch (IOException e) {
            session.problems().add(Problem.inFile(Path.of(source), "Cannot write " + entry.outputPath() + ": "
                    + e.getMessage(), "Check that the output folder is writable."));
            return 0;
        }
        return 1;
    }

    /**
     * Tells search what the page is about (the row's label and full name) and its headline figure: the
     * row's pay, or else a credential's pay effect, per the dataset's period ("$55,000–$75,000 a year").
     */
    private static void describeForSearch(BakeSession session, RecordCollection collection, RecordCollection.Entry entry) {
        Row row = entry.row();
        Range headline = row.pay() != null ? row.pay() : row.premium();
        String period = collection.dataset().period();
        String figure = headline == null ? null
                : headline.text() + (period == null || period.isBlank() ? "" : " a " + period);
        PageSubjects.of(session).describe(entry.outputPath(), java.util.Arrays.asList(row.label(), row.name()),
                null, figure);
    }

    /** The model of the list page {@code source} (a page of type records), or empty when its header has problems. */
    public static Optional<RecordPage> listPage(BakeSession session, String source) {
        return RecordCollections.of(session).forSource(session, source).map(collection -> {
            SiteSettings site = SiteSettings.from(session.config());
            DatasetCatalog catalog = DatasetCatalog.of(session);
            FigureIds ids = new FigureIds();
            FigureTemplates figures = new FigureTemplates(SiteTemplates.of(session).fragments());
            List<RecordPage.Link> items = new ArrayList<>();
            for (RecordCollection.Entry entry : collection.entries()) {
                items.add(new RecordPage.Link(entry.title(), entry.url(), figureOf(entry.row())));
            }
            return new RecordPage(crumbs(collection, site, false, collection.listTitle()), collection.dataset(), null,
                    null, null, items, List.of(), table(figures, collection, null, ids,
                    SiteSettings.methodologyUrl(session.config())), chart(figures, collection, null, catalog, ids),
                    links(collection.related()));
        });
    }

    static RecordPage recordPage(RecordCollection collection, RecordCollection.Entry entry, DatasetCatalog catalog,
            SiteSettings site, String methodologyUrl, FigureTemplates figures) {
        Row row = entry.row();
        FigureIds ids = new FigureIds();
        List<RecordPage.Link> others = new ArrayList<>();
        for (RecordCollection.Entry other : collection.entries()) {
            if (other != entry) {
                others.add(new RecordPage.Link(other.title(), other.url(), figureOf(other.row())));
            }
        }
        return new RecordPage(crumbs(collection, site, true, entry.title()), collection.dataset(), row,
                collection.compare().map(fact -> compare(row, fact)).orElse(null), rank(row, collection.dataset()),
                List.of(), others, table(figures, collection, row.id(), ids, methodologyUrl),
                chart(figures, collection, row.id(), catalog, ids), links(collection.related()));
    }

    /** A list page and its rows, for the home page's "browse" section, in the order of their pages' files. */
    public record Browse(String title, String url, List<RecordPage.Link> items) {
    }

    public static List<Browse> browse(BakeSession session) {
        List<Browse> groups = new ArrayList<>();
        for (RecordCollection collection : RecordCollections.of(session).resolved(session)) {
            List<RecordPage.Link> items = new ArrayList<>();
            for (RecordCollection.Entry entry : collection.entries()) {
                items.add(new RecordPage.Link(entry.row().label(), entry.url(), figureOf(entry.row())));
            }
            groups.add(new Browse(collection.listTitle(), collection.listUrl(), items));
        }
        return groups;
    }

    /** Where the row's pay stands against the fact; only dollar figures are compared. */
    static RecordPage.Comparison compare(Row row, Fact fact) {
        Range pay = row.pay();
        if (pay == null || fact.figure().unit() != org.coderpay.data.Unit.USD) {
            return new RecordPage.Comparison(fact, null, null);
        }
        long value = fact.figure().low();
        if (pay.low() > value) {
            return new RecordPage.Comparison(fact, "above", difference(pay.low() - value, fact));
        }
        if (pay.top() < value && !pay.open()) {
            return new RecordPage.Comparison(fact, "below", difference(value - pay.top(), fact));
        }
        return new RecordPage.Comparison(fact, "within", null);
    }

    /** A gap from an approximate figure is approximate too: "about $7,000". */
    private static String difference(long dollars, Fact fact) {
        return fact.figure().approximate() ? FigureFormat.approx(dollars) : FigureFormat.money(dollars);
    }

    /** The row's place by the top of its pay range among the rows that have one; ties share a place. */
    static RecordPage.Rank rank(Row row, Dataset dataset) {
        if (row.pay() == null) {
            return null;
        }
        long top = row.pay().top();
        int above = 0;
        int of = 0;
        List<String> tied = new ArrayList<>();
        for (Row other : dataset.rows()) {
            if (other.pay() == null) {
                continue;
            }
            of++;
            if (other.pay().top() > top) {
                above++;
            } else if (other.pay().top() == top && other != row) {
                tied.add(other.label());
            }
        }
        return new RecordPage.Rank(above + 1, FigureFormat.ordinal(above + 1), of, List.copyOf(tied));
    }

    private static String figureOf(Row row) {
        Range main = row.pay() != null ? row.pay() : row.premium();
        return main == null ? null : main.text();
    }

    private static List<RecordPage.Link> crumbs(RecordCollection collection, SiteSettings site, boolean onRowPage,
            String current) {
        List<RecordPage.Link> crumbs = new ArrayList<>();
        crumbs.add(new RecordPage.Link(site.home(), site.basePath()));
        if (collection.parent() != null) {
            crumbs.add(new RecordPage.Link(collection.parent().title(), collection.parent().url()));
        }
        if (onRowPage) {
            crumbs.add(new RecordPage.Link(collection.listTitle(), collection.listUrl()));
        }
        crumbs.add(new RecordPage.Link(current, null));
        return crumbs;
    }

    private static List<RecordPage.Link> links(List<RecordCollection.Link> links) {
        return links.stream().map(l -> new RecordPage.Link(l.title(), l.url())).toList();
    }

    static String table(FigureTemplates figures, RecordCollection collection, String highlight, FigureIds ids,
            String methodologyUrl) {
        Dataset dataset = collection.dataset();
        return figures.renderTable(DatasetFigures.table(dataset, collection.columns(), collection.sort(),
                highlight, null, methodologyUrl), ids.next(dataset.id()));
    }

    /** The chart lists its rows in the order of the table above it. */
    static String chart(FigureTemplates figures, RecordCollection collection, String highlight, DatasetCatalog catalog,
            FigureIds ids) {
        Dataset dataset = collection.dataset();
        if (dataset.rows().stream().noneMatch(r -> DatasetFigures.chartRange(r) != null)) {
            return null;
        }
        return figures.renderChart(DatasetFigures.chart(dataset, highlight, null, collection.sort(), catalog),
                ids.next(dataset.id() + "-chart"));
    }
}
