package org.coderpay.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.coderpay.data.Dataset;
import org.coderpay.data.DatasetCatalog;
import org.coderpay.data.Fact;
import org.coderpay.data.Range;
import org.coderpay.data.Row;
import org.coderpay.figures.FigureIds;
import org.coderpay.figures.FigureTemplates;
import org.coderpay.template.SiteSettings;

/** Turns one dimension's dataset into the models of its list page and its record pages. */
final class RecordPageBuilder {
    /** A page ready to render: where it goes, its head values and its body model. */
    record Built(String outputPath, String title, String description, RecordPage record) {
    }

    private final Dimension dimension;
    private final Dataset dataset;
    private final DatasetCatalog catalog;
    private final Optional<Fact> median;
    private final SiteSettings site;
    private final List<Row> ranked;

    RecordPageBuilder(Dimension dimension, Dataset dataset, DatasetCatalog catalog, Optional<Fact> median,
            SiteSettings site) {
        this.dimension = dimension;
        this.dataset = dataset;
        this.catalog = catalog;
        this.median = median;
        this.site = site;
        this.ranked = RecordPagesRenderer.ranked(dataset);
    }

    String listPath() {
        return "guide/" + dimension.slug() + "/index.html";
    }

    String recordPath(Row row) {
        return "guide/" + dimension.slug() + "/" + row.id() + "/index.html";
    }

    /** A link to each row's page, with its main figure. */
    List<RecordPage.Link> links() {
        List<RecordPage.Link> items = new ArrayList<>();
        for (Row row : dataset.rows()) {
            items.add(new RecordPage.Link(row.label(), site.url(recordPath(row)), figureOf(row)));
        }
        return items;
    }

    Built listPage(FigureTemplates figures) {
        FigureIds ids = new FigureIds();
        List<RecordPage.Link> items = new ArrayList<>();
        for (Row row : dataset.rows()) {
            items.add(new RecordPage.Link(dimension.titleFor(row.label(), row.isRemote()), site.url(recordPath(row)),
                    figureOf(row)));
        }
        List<String> summary = List.of("Each of the " + dataset.rows().size() + " " + dimension.plural()
                + " below has a page of its own with its figures, hourly equivalents and how it compares.");
        RecordPage page = new RecordPage(crumbs(dimension.listTitle(), null), summary, List.of(), items,
                RecordPagesRenderer.table(figures, dataset, null, ids, site),
                RecordPagesRenderer.chart(figures, dataset, null, catalog, ids), guideLinks());
        return new Built(listPath(), dimension.listTitle(),
                dataset.title() + ": a page for each of the " + dimension.plural() + " in this guide, with pay ranges"
                        + " and hourly equivalents.", page);
    }

    Built recordPage(Row row, FigureTemplates templates) {
        FigureIds ids = new FigureIds();
        String title = dimension.titleFor(row.label(), row.isRemote());
        List<String> summary = new ArrayList<>();
        List<RecordPage.Figure> figures = new ArrayList<>();
        String description;
        if (row.pay() != null) {
            Range pay = row.pay();
            String who = dimension.whoFor(row.label(), row.isRemote());
            summary.add(who + " earn " + pay.text() + " a year, or " + pay.hourlyText() + " an hour.");
            comparedWithMedian(pay).ifPresent(summary::add);
            summary.add(rankSentence(row));
            if (row.note() != null) {
                summary.add(sentence(row.note()));
            }
            figures.add(new RecordPage.Figure("Annual pay", pay.text(), true));
            figures.add(new RecordPage.Figure("Hourly equivalent", pay.hourlyText()));
            median.ifPresent(m -> figures.add(new RecordPage.Figure("National median", m.text())));
            description = "What " + lowerFirst(who) + " earn: " + pay.text() + " a year (" + pay.hourlyText()
                    + " an hour), compared with the national median and other " + dimension.plural() + ".";
        } else {
            summary.add("The " + row.label() + " (" + row.name() + "): " + lowerFirst(sentence(row.signals())));
            String effect = row.premium() != null ? row.premium().text() + " a year"
                    : row.payNote() != null ? row.payNote() : "No published figure";
            summary.add("Its effect on pay: " + lowerFirst(sentence(effect)));
            catalog.find("credentials").flatMap(c -> c.findFact("certified-premium")).ifPresent(f -> summary.add(
                    "Across all credentials, certified coders earn " + f.text() + " more than coders without one."));
            figures.add(new RecordPage.Figure("Full name", row.name()));
            figures.add(new RecordPage.Figure("What it signals", row.signals()));
            figures.add(new RecordPage.Figure("Pay effect", effect, row.premium() != null));
            description = "What the " + row.name() + " (" + row.label() + ") credential signals to employers and"
                    + " what it adds to a medical coder's pay.";
        }
        List<RecordPage.Link> related = new ArrayList<>();
        for (Row other : dataset.rows()) {
            if (!other.id().equals(row.id())) {
                related.add(new RecordPage.Link(dimension.titleFor(other.label(), other.isRemote()),
                        site.url(recordPath(other)), figureOf(other)));
            }
        }
        related.addAll(guideLinks());
        RecordPage page = new RecordPage(crumbs(dimension.listTitle(), site.url(listPath()), title), summary, figures,
                List.of(), RecordPagesRenderer.table(templates, dataset, row.id(), ids, site),
                RecordPagesRenderer.chart(templates, dataset, row.id(), catalog, ids), related);
        return new Built(recordPath(row), title, description, page);
    }

    private Optional<String> comparedWithMedian(Range pay) {
        return median.map(m -> {
            long value = m.figure().low();
            if (pay.low() > value) {
                return "The whole range is above the national median of " + m.text() + ".";
            }
            if (pay.top() < value && !pay.open()) {
                return "The whole range is below the national median of " + m.text() + ".";
            }
            return "The national median of " + m.text() + " falls within this range.";
        });
    }

    private String rankSentence(Row row) {
        int rank = ranked.indexOf(row) + 1;
        int total = ranked.size();
        if (rank == 1) {
            return "It has the highest top of range of the " + total + " " + dimension.plural() + " in this guide.";
        }
        return "It ranks " + ordinal(rank) + " of the " + total + " " + dimension.plural()
                + " in this guide by the top of its range.";
    }

    private String figureOf(Row row) {
        Range main = row.pay() != null ? row.pay() : row.premium();
        return main == null ? null : main.text();
    }

    private List<RecordPage.Link> crumbs(String listTitle, String listUrl, String... current) {
        List<RecordPage.Link> crumbs = new ArrayList<>();
        crumbs.add(new RecordPage.Link("Home", site.basePath()));
        crumbs.add(new RecordPage.Link(dimension.guideTitle(), dimension.guideUrl()));
        crumbs.add(new RecordPage.Link(listTitle, listUrl));
        for (String c : current) {
            crumbs.add(new RecordPage.Link(c, null));
        }
        return crumbs;
    }

    private List<RecordPage.Link> guideLinks() {
        return List.of(new RecordPage.Link(dimension.guideTitle(), dimension.guideUrl()),
                new RecordPage.Link("Methodology and sources", RecordPagesRenderer.methodologyUrl(site)));
    }

    static String ordinal(int n) {
        int mod100 = n % 100;
        String suffix = mod100 >= 11 && mod100 <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    private static String sentence(String s) {
        String t = s.strip();
        return t.endsWith(".") ? t : t + ".";
    }

    private static String lowerFirst(String s) {
        if (s.length() > 1 && Character.isUpperCase(s.charAt(1))) {
            return s; // an acronym such as "CPC" keeps its capitals
        }
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
