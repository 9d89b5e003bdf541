package org.coderpay.pages;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.coderpay.bake.BakeSession;
import org.coderpay.bake.SiteSettings;
import org.coderpay.content.FrontMatter;
import org.coderpay.content.HeaderKeys;
import org.coderpay.data.Dataset;
import org.coderpay.data.DatasetCatalog;
import org.coderpay.data.Fact;
import org.coderpay.data.Row;
import org.coderpay.diagnostics.DidYouMean;
import org.coderpay.diagnostics.Problems;
import org.coderpay.navigation.GuidePages;

import freemarker.template.Template;

/**
 * The pages of {@code type=records} of one bake, like Eleventy's pagination: each names a dataset,
 * and every row of it gets a page (see docs/editors-guide.md, "Pages made from the data"). The
 * Markdown engine declares them while it reads the pages; they are checked once, when first needed
 * after the crawl (guide pages named as links must be known by then), and every problem is reported at
 * its header line.
 */
public final class RecordCollections {
    static final String TYPE = "records";
    static final String DEFAULT_TEMPLATE = "record.ftlh";
    private static final String ADDRESS = "/([a-z0-9]+(-[a-z0-9]+)*/)*";

    private final List<PageHeader> declared = new ArrayList<>();
    private List<RecordCollection> resolved;

    public static RecordCollections of(BakeSession session) {
        return session.component(RecordCollections.class, s -> new RecordCollections());
    }

    /**
     * Called by the Markdown engine for every page it publishes: keeps the pages of type records, and
     * reports {@code records.*} keys on a page of another type (they would do nothing).
     */
    public synchronized void declare(BakeSession session, Path file, String outputPath, List<String> lines,
            FrontMatter header) {
        PageHeader.ofType(TYPE, TYPE + ".",
                "Add type=records to make this page list a dataset with a page per row, or remove the line.",
                session.problems(), file, outputPath, lines, header).ifPresent(declared::add);
    }

    /**
     * The checked collections, in the order of their parent pages in guide.sequence, then of their files;
     * those with problems are left out.
     */
    public synchronized List<RecordCollection> resolved(BakeSession session) {
        if (resolved == null) {
            List<PageHeader> pages = new ArrayList<>(declared);
            pages.sort(Comparator.comparing(p -> p.file().toString()));
            List<RecordCollection> ok = new ArrayList<>();
            for (PageHeader page : pages) {
                resolve(session, page).ifPresent(ok::add);
            }
            // In the reader's order: that of their parent pages in guide.sequence, then by file name.
            List<String> sequence = org.coderpay.navigation.GuideSequence.of(session).pages().stream()
                    .map(GuidePages.Page::url).toList();
            ok.sort(Comparator.comparingInt((RecordCollection c) -> c.parent() == null ? Integer.MAX_VALUE
                    : sequence.indexOf(c.parent().url()) < 0 ? Integer.MAX_VALUE - 1 : sequence.indexOf(c.parent().url())));
            resolved = List.copyOf(ok);
        }
        return resolved;
    }

    /** The collection the page at {@code source} declares, if it checked out. */
    public Optional<RecordCollection> forSource(BakeSession session, String source) {
        return resolved(session).stream().filter(c -> c.source().equals(source)).findFirst();
    }

    private static Optional<RecordCollection> resolve(BakeSession session, PageHeader page) {
        Problems problems = session.problems();
        int before = problems.size();
        for (String key : List.of(HeaderKeys.RECORDS_DATASET, HeaderKeys.RECORDS_PERMALINK, HeaderKeys.RECORDS_TITLE,
                HeaderKeys.RECORDS_DESCRIPTION)) {
            if (page.value(key).isEmpty()) {
                problems.add(org.coderpay.diagnostics.Problem.at(page.file(), page.header().separatorLine(), 1,
                        "A page of type=records needs " + key + ".", "Add a line " + key + "=… above the ~~~~~~ line: "
                                + HeaderKeys.ALLOWED.get(key) + "."), page.lines(), 6);
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        DatasetCatalog catalog = DatasetCatalog.of(session);
        String datasetId = page.value(HeaderKeys.RECORDS_DATASET).get();
        if (catalog.isBroken(datasetId)) {
            return Optional.empty(); // its own problems are already reported
        }
        Optional<Dataset> found = catalog.find(datasetId);
        if (found.isEmpty()) {
            page.problem(problems, HeaderKeys.RECORDS_DATASET, "There is no dataset \"" + datasetId + "\".",
                    DidYouMean.closest(datasetId, catalog.ids()).map(s -> "Did you mean \"" + s + "\"? ").orElse("")
                            + "Name a file of data/ without .yaml: " + String.join(", ", catalog.ids()) + ".");
            return Optional.empty();
        }
        Dataset dataset = found.get();
        SiteSettings site = SiteSettings.from(session.config());
        Optional<Fact> compare = page.value(HeaderKeys.RECORDS_COMPARE).flatMap(ref -> fact(page, problems, catalog, ref));
        List<String> columns = columns(page, problems, dataset);
        String sort = page.value(HeaderKeys.RECORDS_SORT).orElse("listed");
        if (!org.coderpay.data.DatasetFigures.SORTS.contains(sort)) {
            page.problem(problems, HeaderKeys.RECORDS_SORT, "Unknown sort \"" + sort + "\".",
                    DidYouMean.closest(sort, org.coderpay.data.DatasetFigures.SORTS).map(s -> "Did you mean \"" + s + "\"? ")
                            .orElse("") + "Use one of: " + String.join(", ", org.coderpay.data.DatasetFigures.SORTS) + ".");
        }
        String template = page.value(HeaderKeys.RECORDS_TEMPLATE).orElse(DEFAULT_TEMPLATE);
        if (!session.config().getTemplateFolder().toPath().resolve(template).toFile().isFile()) {
            page.problem(problems, HeaderKeys.RECORDS_TEMPLATE, "There is no layout templates/" + template + ".",
                    "Name a .ftlh file of templates/, or remove the line to use " + DEFAULT_TEMPLATE + ".");
        }
        Map<String, GuidePages.Page> guide = guideByAddress(session, site);
        RecordCollection.Link parent = page.value(HeaderKeys.RECORDS_PARENT)
                .map(address -> link(page, problems, HeaderKeys.RECORDS_PARENT, address, 0, guide, site)).orElse(null);
        List<RecordCollection.Link> related = new ArrayList<>();
        page.value(HeaderKeys.RECORDS_RELATED).ifPresent(list -> {
            int offset = 0;
            for (String part : list.split("\\|", -1)) {
                String address = part.strip();
                int at = offset + part.indexOf(address);
                if (!address.isEmpty()) {
                    RecordCollection.Link link = link(page, problems, HeaderKeys.RECORDS_RELATED, address, at, guide, site);
                    if (link != null) {
                        related.add(link);
                    }
                }
                offset += part.length() + 1;
            }
        });
        List<RecordCollection.Entry> entries = entries(session, page, dataset, site);
        if (problems.size() > before) {
            return Optional.empty();
        }
        String dataSource = session.root().relativize(dataset.file().toAbsolutePath().normalize()).toString()
                .replace('\\', '/');
        return Optional.of(new RecordCollection(page.file().toString().replace('\\', '/'),
                page.header().title(), site.url(page.outputPath()), dataset, dataSource, entries, template, parent,
                List.copyOf(related), compare, columns, sort));
    }

    /** Each row's address, title and description, from the header's templates; one pass over the rows. */
    private static List<RecordCollection.Entry> entries(BakeSession session, PageHeader page, Dataset dataset,
            SiteSettings site) {
        Problems problems = session.problems();
        Map<String, Template> templates = new LinkedHashMap<>();
        for (String key : List.of(HeaderKeys.RECORDS_PERMALINK, HeaderKeys.RECORDS_TITLE, HeaderKeys.RECORDS_DESCRIPTION)) {
            page.template(key, problems).ifPresent(t -> templates.put(key, t));
        }
        if (templates.size() < 3) {
            return List.of();
        }
        List<RecordCollection.Entry> entries = new ArrayList<>();
        for (Row row : dataset.rows()) {
            Map<String, Object> model = new HashMap<>();
            model.put("row", row);
            model.put("dataset", dataset);
            String forRow = "the row \"" + row.id() + "\" of " + dataset.id();
            Map<String, String> text = new HashMap<>();
            templates.forEach((key, template) -> page.render(key, template, model, forRow, problems)
                    .ifPresent(value -> text.put(key, value)));
            String address = text.get(HeaderKeys.RECORDS_PERMALINK);
            if (address == null || text.size() < 3) {
                continue;
            }
            if (!address.matches(ADDRESS) || address.equals("/")) {
                page.problem(problems, HeaderKeys.RECORDS_PERMALINK, "For " + forRow + ", records.permalink gives \""
                        + address + "\", which is not a clean address.",
                        "Write an address from the site's root in lower-case words joined by hyphens, starting and ending"
                                + " with /, with the row's id in it, for example /folder/${row.id}/");
                continue;
            }
            String outputPath = address.substring(1) + "index.html";
            entries.add(new RecordCollection.Entry(row, outputPath, site.url(outputPath),
                    text.get(HeaderKeys.RECORDS_TITLE), text.get(HeaderKeys.RECORDS_DESCRIPTION)));
        }
        return entries;
    }

    private static Optional<Fact> fact(PageHeader page, Problems problems, DatasetCatalog catalog, String reference) {
        try {
            return catalog.factNamed(reference);
        } catch (DatasetCatalog.UnknownNameException e) {
            page.problem(problems, HeaderKeys.RECORDS_COMPARE, e.getMessage(),
                    "Name the fact each row is compared with as dataset.fact, or remove the line.");
            return Optional.empty();
        }
    }

    private static List<String> columns(PageHeader page, Problems problems, Dataset dataset) {
        Optional<String> written = page.value(HeaderKeys.RECORDS_COLUMNS);
        if (written.isEmpty()) {
            return dataset.kind().defaultColumns();
        }
        List<String> columns = new ArrayList<>();
        int offset = 0;
        for (String part : written.get().split(",", -1)) {
            String name = part.strip();
            int at = offset + part.indexOf(name);
            offset += part.length() + 1;
            List<String> known = dataset.kind().columns();
            if (!known.contains(name)) {
                page.problem(problems, HeaderKeys.RECORDS_COLUMNS, at, Math.max(1, name.length()),
                        "The dataset \"" + dataset.id() + "\" has no column \"" + name + "\".",
                        DidYouMean.closest(name, known).map(s -> "Did you mean \"" + s + "\"? ").orElse("")
                                + "Its columns: " + String.join(", ", known) + ".");
            } else if (!columns.contains(name)) {
                columns.add(name);
            }
        }
        return List.copyOf(columns);
    }

    /** Guide pages by the address editors write (/guide/pay-by-state/). */
    private static Map<String, GuidePages.Page> guideByAddress(BakeSession session, SiteSettings site) {
        Map<String, GuidePages.Page> byAddress = new LinkedHashMap<>();
        session.component(GuidePages.class, s -> new GuidePages()).bySlug().values().stream()
                .sorted(Comparator.comparing(GuidePages.Page::slug))
                .forEach(p -> byAddress.put("/" + p.url().substring(site.basePath().length()), p));
        return byAddress;
    }

    private static RecordCollection.Link link(PageHeader page, Problems problems, String key, String address,
            int offset, Map<String, GuidePages.Page> guide, SiteSettings site) {
        GuidePages.Page target = guide.get(address);
        if (target == null) {
            page.problem(problems, key, offset, address.length(), "No guide page is published at " + address + ".",
                    DidYouMean.closest(address, guide.keySet()).map(s -> "Did you mean \"" + s + "\"? ").orElse("")
                            + "Write the address of a page of content/guide/, such as /guide/<file name without .md>/.");
            return null;
        }
        return new RecordCollection.Link(target.title(), site.link(address));
    }
}
