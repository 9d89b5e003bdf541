package org.coderpay.markdown.directives;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.coderpay.data.Dataset;
import org.coderpay.data.DatasetCatalog;
import org.coderpay.data.DatasetFigures;
import org.coderpay.figures.RangeChart;
import org.coderpay.figures.RangeChartLayout;
import org.coderpay.figures.RangeChartModel;
import org.coderpay.figures.RangeChartModel.Box;
import org.coderpay.figures.RangeChartModel.Line;
import org.coderpay.figures.RangeChartModel.Text;
import org.coderpay.figures.SalaryTable;
import org.coderpay.markdown.GuideMarkdown;
import org.junit.jupiter.api.Test;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;

/**
 * Every chart of the real site, as laid out for both drawings: no label comes within
 * {@link #TOUCH} units of a line, a bar or another label, and each chart lists its rows in the order
 * of the table of the same dataset beside it. Charts come from the {@code salary-chart} blocks in
 * {@code content/} and, for generated pages, from every chartable dataset with each row highlighted.
 * Label boxes are the layout's own generous estimate (see {@link Text#box()}); the drawing scales as
 * a whole, so a gap in viewBox units is a gap at every screen width.
 */
class RealSiteFiguresTest {
    /** Closer than this (in viewBox units; one is about 0.9 px on a 320 px phone) counts as touching. */
    static final double TOUCH = 1;

    record Placed(String where, RangeChart chart) {
    }

    record PageFigures(Path file, List<SalaryTable> tables, List<String> tableDatasets, List<RangeChart> charts,
            List<String> chartDatasets) {
    }

    static Stream<Path> contentFiles() throws IOException {
        return Files.walk(SalaryDirectivesSpecTest.SITE.resolve("content")).filter(p -> p.toString().endsWith(".md"))
                .sorted();
    }

    static PageFigures parse(Path file, DatasetCatalog catalog) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        int header = text.indexOf("\n~~~~~~");
        String body = header < 0 ? text : text.substring(text.indexOf('\n', header + 1) + 1);
        MutableDataSet options = GuideMarkdown.options();
        options.set(SalaryDirectivesExtension.DATASETS, catalog);
        options.set(GuideMarkdown.SOURCE_FILE, file);
        Document document = Parser.builder(options).build().parse(body);
        PageFigures figures = new PageFigures(file, new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>());
        for (Node node : document.getDescendants()) {
            if (node instanceof SalaryTableBlock table) {
                figures.tables().add(table.table());
                figures.tableDatasets().add(table.datasetId());
            } else if (node instanceof SalaryChartBlock chart) {
                figures.charts().add(chart.chart());
                figures.chartDatasets().add(chart.datasetId());
            }
        }
        return figures;
    }

    static List<Placed> everyChart() throws IOException {
        DatasetCatalog catalog = SalaryDirectivesSpecTest.catalog();
        List<Placed> charts = new ArrayList<>();
        try (Stream<Path> files = contentFiles()) {
            for (Path file : files.toList()) {
                PageFigures page = parse(file, catalog);
                for (int i = 0; i < page.charts().size(); i++) {
                    charts.add(new Placed(SalaryDirectivesSpecTest.SITE.relativize(file) + ", chart " + (i + 1),
                            page.charts().get(i)));
                }
            }
        }
        for (String id : catalog.ids()) {
            Dataset dataset = catalog.get(id);
            if (!dataset.kind().chartable()) {
                continue;
            }
            for (String sort : DatasetFigures.SORTS) {
                for (var row : dataset.rows()) {
                    charts.add(new Placed("data/" + id + " sorted " + sort + " with " + row.id() + " highlighted",
                            DatasetFigures.chart(dataset, row.id(), null, sort, catalog)));
                }
            }
        }
        return charts;
    }

    @Test
    void noChartLabelTouchesALineABarOrAnotherLabel() throws IOException {
        List<Placed> charts = everyChart();
        assertThat(charts).as("charts of the real site").hasSizeGreaterThan(5);
        List<String> touches = new ArrayList<>();
        for (Placed placed : charts) {
            for (RangeChartModel.Drawing drawing : RangeChartLayout.of(placed.chart(), "fig-x").drawings()) {
                touches.addAll(touches(placed.where() + " (" + drawing.variant() + ")", drawing));
            }
        }
        assertThat(touches).as("labels touching lines, bars or labels").isEmpty();
    }

    /** Every label of the drawing that comes within {@link #TOUCH} of a line, a bar or another label. */
    static List<String> touches(String where, RangeChartModel.Drawing drawing) {
        List<String> found = new ArrayList<>();
        Map<Line, String> lines = new LinkedHashMap<>();
        drawing.grid().forEach(l -> lines.put(l, "a grid line"));
        drawing.reference().forEach(l -> lines.put(l, "the reference line"));
        lines.put(drawing.axis().line(), "the axis");
        drawing.axis().ticks().forEach(t -> lines.put(t.mark(), "a tick mark"));
        Map<Box, String> bars = new LinkedHashMap<>();
        for (RangeChartModel.BarRow row : drawing.rows()) {
            bars.put(row.bar(), "the bar of \"" + row.label() + "\"");
            if (row.extension() != null) {
                lines.put(row.extension(), "the open end of \"" + row.label() + "\"");
            }
            if (row.arrow() != null) {
                bars.put(new Box(row.arrow().baseX(), row.arrow().top(), row.arrow().tipX() - row.arrow().baseX(),
                        row.arrow().bottom() - row.arrow().top()), "the arrow of \"" + row.label() + "\"");
            }
        }
        List<Text> texts = drawing.texts();
        for (int i = 0; i < texts.size(); i++) {
            Text text = texts.get(i);
            Box box = text.box();
            String label = where + ": label \"" + text.shown() + "\"";
            lines.forEach((line, what) -> {
                if (box.within(line, TOUCH)) {
                    found.add(label + " touches " + what + " " + line);
                }
            });
            bars.forEach((bar, what) -> {
                if (box.within(bar, TOUCH)) {
                    found.add(label + " touches " + what);
                }
            });
            for (int j = i + 1; j < texts.size(); j++) {
                if (box.within(texts.get(j).box(), TOUCH)) {
                    found.add(label + " touches label \"" + texts.get(j).shown() + "\"");
                }
            }
        }
        return found;
    }

    @Test
    void aMedianLineThroughALabelRowIsInterruptedThere() {
        // The case of issue 18: "Anesthesia $55,000–$75,000" across the national median at $48,000.
        RangeChart chart = new RangeChart("Pay", "Pay ranges.", "US dollars",
                List.of(new RangeChart.Bar("Anesthesia", 55000, 75000L, false, false)),
                new RangeChart.ReferenceLine("National median", 48000, true));
        RangeChartModel.Drawing narrow = RangeChartLayout.of(chart, "fig-a").drawings().get(0);

        assertThat(narrow.reference()).as("the median line in pieces").hasSizeGreaterThan(1);
        assertThat(touches("example", narrow)).isEmpty();
    }

    @Test
    void everyChartListsItsRowsInTheOrderOfTheTableOfItsDatasetOnThePage() throws IOException {
        DatasetCatalog catalog = SalaryDirectivesSpecTest.catalog();
        int compared = 0;
        try (Stream<Path> files = contentFiles()) {
            for (Path file : files.toList()) {
                PageFigures page = parse(file, catalog);
                for (int c = 0; c < page.charts().size(); c++) {
                    int t = page.tableDatasets().indexOf(page.chartDatasets().get(c));
                    if (t < 0) {
                        continue;
                    }
                    List<String> tableOrder = new ArrayList<>();
                    page.tables().get(t).rows().forEach(r -> tableOrder.add(r.header()));
                    List<String> chartOrder = new ArrayList<>();
                    page.charts().get(c).bars().forEach(b -> chartOrder.add(b.label().replaceFirst(" \\(.*\\)$", "")));
                    tableOrder.retainAll(chartOrder);
                    assertThat(chartOrder).as(file + ": chart of " + page.chartDatasets().get(c))
                            .containsExactlyElementsOf(tableOrder);
                    compared++;
                }
            }
        }
        assertThat(compared).as("charts with a table beside them").isGreaterThan(3);
    }
}
