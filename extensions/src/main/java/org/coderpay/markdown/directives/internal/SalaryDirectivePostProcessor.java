package org.coderpay.markdown.directives.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.coderpay.data.Dataset;
import org.coderpay.data.DatasetCatalog;
import org.coderpay.data.DatasetFigures;
import org.coderpay.data.DatasetKind;
import org.coderpay.diagnostics.DidYouMean;
import org.coderpay.markdown.directives.PointChartBlock;
import org.coderpay.markdown.directives.SalaryChartBlock;
import org.coderpay.markdown.directives.SalaryDirectivesExtension;
import org.coderpay.markdown.directives.SalaryTableBlock;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Turns {@code salary-table} and {@code salary-chart} fenced blocks into directive nodes, reading
 * their {@code key: value} option lines and checking every name against the datasets. A block with
 * problems is reported at its Markdown line and left out of the page (the bake fails anyway).
 */
public class SalaryDirectivePostProcessor extends NodePostProcessor {
    static final String TABLE = SalaryDirectivesExtension.TABLE;
    static final String CHART = SalaryDirectivesExtension.CHART;
    private static final List<String> TABLE_OPTIONS = List.of("dataset", "columns", "sort", "highlight", "caption");
    private static final List<String> CHART_OPTIONS = List.of("dataset", "highlight", "caption", "sort");

    private final Document document;
    /**
     * The row order of the last table of each dataset so far in the document: a chart without a sort
     * of its own lists its rows like the table beside it.
     */
    private final Map<String, String> tableSorts = new java.util.HashMap<>();

    SalaryDirectivePostProcessor(Document document) {
        this.document = document;
    }

    @Override
    public void process(NodeTracker state, Node node) {
        if (!(node instanceof FencedCodeBlock block)) {
            return;
        }
        String info = block.getInfo().toString().strip();
        int fenceLine = block.getStartLineNumber();
        if (!info.equals(TABLE) && !info.equals(CHART)) {
            if (info.startsWith("salary")) {
                Directives.report(document, fenceLine, column(block.getInfo()), info.length(),
                        "Unknown directive \"" + info + "\".", DidYouMean.closest(info, List.of(TABLE, CHART))
                                .map(s -> "Did you mean \"" + s + "\"? ").orElse("")
                                + "The directives are salary-table and salary-chart.");
            }
            return;
        }
        Node replacement = new Reader(block, info, fenceLine).read();
        if (replacement != null) {
            block.insertBefore(replacement);
            state.nodeAdded(replacement);
        }
        block.unlink();
        state.nodeRemoved(block);
    }

    private int column(BasedSequence chars) {
        int offset = chars.getStartOffset();
        CharSequence text = chars.getBaseSequence();
        int start = offset;
        while (start > 0 && text.charAt(start - 1) != '\n') {
            start--;
        }
        return offset - start + 1;
    }

    /** One directive's options: read, checked, and resolved to a node. */
    private final class Reader {
        private final FencedCodeBlock block;
        private final String directive;
        private final int fenceLine;
        private final Map<String, String> values = new LinkedHashMap<>();
        private final Map<String, int[]> where = new LinkedHashMap<>(); // key -> {line0, valueColumn, width}
        private boolean failed;

        Reader(FencedCodeBlock block, String directive, int fenceLine) {
            this.block = block;
            this.directive = directive;
            this.fenceLine = fenceLine;
        }

        private void problem(int line0, int column, int width, String message, String hint) {
            failed = true;
            Directives.report(document, line0, column, width, message, hint);
        }

        private void problemAt(String key, String message, String hint) {
            int[] at = where.get(key);
            problem(at[0], at[1], at[2], message, hint);
        }

        Node read() {
            List<String> allowed = directive.equals(TABLE) ? TABLE_OPTIONS : CHART_OPTIONS;
            List<BasedSequence> lines = block.getContentLines();
            for (BasedSequence line : lines) {
                int line0 = line.isEmpty() ? fenceLine + 1 : document.getLineNumber(line.getStartOffset());
                String raw = line.toString().replaceAll("[\r\n]+$", "");
                String text = raw.replaceFirst("(^|\\s)#.*$", "").strip();
                if (text.isEmpty()) {
                    continue;
                }
                int indent = raw.indexOf(text.charAt(0));
                int lineColumn = column(line) + indent;
                int colon = text.indexOf(':');
                if (colon <= 0) {
                    problem(line0, lineColumn, text.length(), "The line \"" + text + "\" is not an option.",
                            "Write options as \"key: value\", for example \"dataset: <name of a file of data/>\".");
                    continue;
                }
                String key = text.substring(0, colon).strip();
                String value = text.substring(colon + 1).strip();
                if (!allowed.contains(key)) {
                    problem(line0, lineColumn, key.length(), "Unknown " + directive + " option \"" + key + "\".",
                            DidYouMean.closest(key, allowed).map(s -> "Did you mean \"" + s + "\"? ").orElse("")
                                    + "Options: " + String.join(", ", allowed) + ".");
                    continue;
                }
                int valueColumn = lineColumn + text.indexOf(value, colon);
                if (values.containsKey(key)) {
                    problem(line0, lineColumn, key.length(), "The option \"" + key + "\" is given twice.",
                            "Keep one of them.");
                    continue;
                }
                if (value.isEmpty()) {
                    problem(line0, lineColumn, key.length(), "The option \"" + key + "\" has no value.",
                            "Write a value after the colon, or remove the line.");
                    continue;
                }
                values.put(key, value);
                where.put(key, new int[] {line0, valueColumn, value.length()});
            }
            if (!values.containsKey("dataset")) {
                if (!failed) {
                    problem(fenceLine, column(block.getInfo()), directive.length(),
                            "This " + directive + " does not say which dataset to show.",
                            "Add a line \"dataset: <name>\" inside the block: a file name of data/ without .yaml.");
                }
                return null;
            }
            DatasetCatalog catalog = Directives.catalog(document);
            String id = values.get("dataset");
            Dataset dataset = catalog.find(id).orElse(null);
            if (dataset == null) {
                if (!catalog.isBroken(id)) {
                    problemAt("dataset", "There is no dataset \"" + id + "\".", DidYouMean.closest(id, catalog.ids())
                            .map(s -> "Did you mean \"" + s + "\"? ").orElse("") + "Datasets (files in data/): "
                            + String.join(", ", catalog.ids()) + ".");
                }
                failed = true;
                return null;
            }
            String highlight = values.get("highlight");
            if (highlight != null) {
                List<String> ids = dataset.kind() == DatasetKind.FACTS ? dataset.facts().stream().map(f -> f.id()).toList()
                        : dataset.rows().stream().map(r -> r.id()).toList();
                if (!ids.contains(highlight)) {
                    problemAt("highlight", "The dataset \"" + id + "\" has no row \"" + highlight + "\".",
                            DidYouMean.closest(highlight, ids).map(s -> "Did you mean \"" + s + "\"? ").orElse("")
                                    + "Rows: " + String.join(", ", ids) + ".");
                }
            }
            String methodology = Directives.methodologyUrl(document);
            return directive.equals(TABLE) ? table(dataset, highlight, methodology) : chart(dataset, highlight, catalog);
        }

        private Node table(Dataset dataset, String highlight, String methodology) {
            List<String> columns = dataset.kind().defaultColumns();
            if (values.containsKey("columns")) {
                columns = new ArrayList<>();
                for (String c : values.get("columns").split(",")) {
                    String name = c.strip();
                    if (!dataset.kind().columns().contains(name)) {
                        problemAt("columns", "The dataset \"" + dataset.id() + "\" has no column \"" + name + "\".",
                                DidYouMean.closest(name, dataset.kind().columns()).map(s -> "Did you mean \"" + s
                                        + "\"? ").orElse("") + "Columns for this dataset: "
                                        + String.join(", ", dataset.kind().columns())
                                        + " (the label column always comes first).");
                    } else if (columns.contains(name)) {
                        problemAt("columns", "The column \"" + name + "\" is listed twice.", "List it once.");
                    } else {
                        columns.add(name);
                    }
                }
            }
            String sort = sort(dataset, "listed");
            if (failed) {
                return null;
            }
            tableSorts.put(dataset.id(), sort);
            return new SalaryTableBlock(block.getChars(), dataset.id(), DatasetFigures.table(dataset, columns, sort,
                    values.get("highlight"), values.get("caption"), methodology));
        }

        private Node chart(Dataset dataset, String highlight, DatasetCatalog catalog) {
            if (dataset.kind().pointChartable()) {
                return failed ? null : new PointChartBlock(block.getChars(), dataset.id(), DatasetFigures.pointChart(
                        dataset, highlight, values.get("caption"), Directives.methodologyUrl(document)));
            }
            if (!dataset.kind().chartable()) {
                problemAt("dataset", "The dataset \"" + dataset.id() + "\" has no dollar ranges to chart.",
                        "Charts show pay or cost ranges (" + String.join(", ", catalog.all().stream()
                                .filter(d -> d.kind().chartable()).map(Dataset::id).toList())
                                + "); use a salary-table for this one.");
            }
            String sort = sort(dataset, tableSorts.getOrDefault(dataset.id(), "listed"));
            if (failed) {
                return null;
            }
            return new SalaryChartBlock(block.getChars(), dataset.id(),
                    DatasetFigures.chart(dataset, highlight, values.get("caption"), sort, catalog));
        }

        /** The {@code sort:} option, checked, or {@code fallback} when there is none. */
        private String sort(Dataset dataset, String fallback) {
            String sort = values.getOrDefault("sort", fallback);
            if (!DatasetFigures.SORTS.contains(sort)) {
                problemAt("sort", "Unknown sort \"" + sort + "\".", DidYouMean.closest(sort, DatasetFigures.SORTS)
                        .map(s -> "Did you mean \"" + s + "\"? ").orElse("") + "Sorts: listed (as in the dataset),"
                        + " low-asc (lowest first), high-desc (highest first), label (A to Z).");
            } else if ((sort.equals("low-asc") || sort.equals("high-desc")) && !DatasetFigures.hasFigures(dataset)) {
                problemAt("sort", "The rows of \"" + dataset.id() + "\" have no figures to sort by.",
                        "Use sort: listed or sort: label.");
            }
            return sort;
        }
    }

    public static class Factory extends NodePostProcessorFactory {
        public Factory() {
            super(false);
            addNodes(FencedCodeBlock.class);
        }

        @Override
        public NodePostProcessor apply(Document document) {
            return new SalaryDirectivePostProcessor(document);
        }
    }
}
