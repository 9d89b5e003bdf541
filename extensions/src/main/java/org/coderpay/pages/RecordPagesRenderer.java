package org.coderpay.pages;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.coderpay.build.BakeSession;
import org.coderpay.build.SiteRenderingStep;
import org.coderpay.data.Dataset;
import org.coderpay.data.DatasetCatalog;
import org.coderpay.data.DatasetFigures;
import org.coderpay.data.Fact;
import org.coderpay.data.Row;
import org.coderpay.diagnostics.Problem;
import org.coderpay.figures.FigureIds;
import org.coderpay.figures.FigureTemplates;
import org.coderpay.template.HtmlTemplateEngine;
import org.coderpay.template.PageModel;
import org.coderpay.template.SiteSettings;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.RenderingException;

/**
 * Writes a page for every row of the per-record datasets (states, specialties, credentials, work
 * settings) and a list page per dataset, from templates/record.ftlh. Stock JBake only renders pages
 * that have a source file; these come from data, so adding a row adds a page with no other edit.
 * One pass over the rows: the bake stays linear in the number of records.
 */
public class RecordPagesRenderer extends SiteRenderingStep {
    static final String TEMPLATE = "record.ftlh";
    static final String TYPE = "record";

    static final List<Dimension> DIMENSIONS = List.of(
            new Dimension("states", "states", "places (states and remote work)", "Pay in every state we cover",
                    "/guide/pay-by-state/", "Pay by state and remote work"),
            new Dimension("specialties", "specialties", "specialties", "Pay in every specialty we cover",
                    "/guide/pay-by-specialty/", "Pay by specialty"),
            new Dimension("credentials", "credentials", "credentials", "Every coding credential we cover",
                    "/guide/certifications/", "Certifications and what they add to pay"),
            new Dimension("settings", "settings", "work settings", "Pay in every work setting we cover",
                    "/guide/work-settings/", "Pay by work setting"));

    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        BakeSession session = BakeSession.of(config);
        DatasetCatalog catalog = DatasetCatalog.of(session);
        HtmlTemplateEngine engine = HtmlTemplateEngine.of(session);
        FigureTemplates figures = new FigureTemplates(engine.fragments());
        Path output = config.getDestinationFolder().toPath();
        Optional<Fact> median = catalog.find("headline").flatMap(h -> h.findFact("national-median"));
        int written = 0;
        for (Dimension dimension : DIMENSIONS) {
            if (catalog.isBroken(dimension.dataset()) || catalog.find(dimension.dataset()).isEmpty()) {
                continue; // the dataset's own problems are already reported
            }
            Dataset dataset = catalog.get(dimension.dataset());
            RecordPageBuilder builder = new RecordPageBuilder(dimension, dataset, catalog, median, engine.site());
            written += write(engine, session, output, builder.listPage(figures), dataset);
            for (Row row : dataset.rows()) {
                written += write(engine, session, output, builder.recordPage(row, figures), dataset);
            }
        }
        return written;
    }

    private static int write(HtmlTemplateEngine engine, BakeSession session, Path output,
            RecordPageBuilder.Built built, Dataset dataset) throws RenderingException {
        String source = session.root().relativize(dataset.file().toAbsolutePath().normalize()).toString()
                .replace('\\', '/');
        session.claimOutput(built.outputPath(), source);
        PageModel page = PageModel.generated(built.title(), built.description(), TYPE, built.outputPath(),
                engine.site(), dataset.reviewed(), source, engine.navigation());
        Path file = output.resolve(built.outputPath());
        try {
            Files.createDirectories(file.getParent());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                engine.render(TEMPLATE, page, Map.of("record", built.record()), source, out);
            }
        } catch (IOException e) {
            session.problems().add(Problem.inFile(Path.of(source), "Cannot write " + built.outputPath() + ": "
                    + e.getMessage(), "Check that the output folder is writable."));
            return 0;
        }
        return 1;
    }

    /** A dimension's list page and its records, for the home page's "browse" section. */
    public record Browse(String title, String url, List<RecordPage.Link> items) {
    }

    public static List<Browse> browse(DatasetCatalog catalog, SiteSettings site) {
        List<Browse> groups = new ArrayList<>();
        for (Dimension dimension : DIMENSIONS) {
            if (catalog.isBroken(dimension.dataset()) || catalog.find(dimension.dataset()).isEmpty()) {
                continue;
            }
            RecordPageBuilder builder = new RecordPageBuilder(dimension, catalog.get(dimension.dataset()), catalog,
                    Optional.empty(), site);
            groups.add(new Browse(dimension.listTitle(), site.url(builder.listPath()), builder.links()));
        }
        return groups;
    }

    /** Rows in the order a reader compares them: highest top of range first, then by label. */
    static Comparator<Row> byTopOfRange() {
        return Comparator.comparingLong((Row r) -> r.main() == null ? Long.MIN_VALUE : r.main().top()).reversed()
                .thenComparing(Row::label);
    }

    static List<Row> ranked(Dataset dataset) {
        List<Row> rows = new ArrayList<>(dataset.rows());
        rows.sort(byTopOfRange());
        return rows;
    }

    static String methodologyUrl(SiteSettings site) {
        return site.url("guide/methodology/index.html");
    }

    static String table(FigureTemplates figures, Dataset dataset, String highlight, FigureIds ids, SiteSettings site) {
        List<String> columns = switch (dataset.kind()) {
            case CREDENTIALS -> List.of("name", "signals", "premium");
            default -> List.of("pay", "hourly");
        };
        return figures.renderTable(DatasetFigures.table(dataset, columns, rowOrder(dataset), highlight, null,
                methodologyUrl(site)), ids.next(dataset.id()));
    }

    /** The chart lists its rows in the order of the table above it. */
    static String chart(FigureTemplates figures, Dataset dataset, String highlight, DatasetCatalog catalog,
            FigureIds ids) {
        if (dataset.rows().stream().noneMatch(r -> DatasetFigures.chartRange(r) != null)) {
            return null;
        }
        return figures.renderChart(DatasetFigures.chart(dataset, highlight, null, rowOrder(dataset), catalog),
                ids.next(dataset.id() + "-chart"));
    }

    private static String rowOrder(Dataset dataset) {
        return dataset.kind() == org.coderpay.data.DatasetKind.CREDENTIALS ? "listed" : "high-desc";
    }
}
