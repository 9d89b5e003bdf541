package org.coderpay.markdown.directives.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.coderpay.data.Dataset;
import org.coderpay.data.DatasetCatalog;
import org.coderpay.data.DatasetFields;
import org.coderpay.data.Fact;
import org.coderpay.data.Row;
import org.coderpay.diagnostics.DidYouMean;
import org.coderpay.markdown.directives.SalaryFigure;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Parses {@code {{ dataset.id }}} and {@code {{ dataset.id.field }}} into {@link SalaryFigure}s with
 * their text already formatted. Anything between {@code {{ }}} that is not a known figure is a build
 * error at its line and column.
 */
public class SalaryFigureInlineParser implements InlineParserExtension {
    private static final Pattern FIGURE = Pattern.compile("\\{\\{\\s*([^{}\\n]*?)\\s*\\}\\}");
    static final List<String> FACT_FIELDS = List.of("label", "low", "high", "source");

    SalaryFigureInlineParser(LightInlineParser parser) {
    }

    @Override
    public void finalizeDocument(InlineParser inlineParser) {
    }

    @Override
    public void finalizeBlock(InlineParser inlineParser) {
    }

    @Override
    public boolean parse(LightInlineParser inlineParser) {
        if (inlineParser.peek(1) != '{') {
            return false;
        }
        BasedSequence input = inlineParser.getInput();
        int index = inlineParser.getIndex();
        Matcher m = FIGURE.matcher(input.subSequence(index));
        if (!m.lookingAt()) {
            return false;
        }
        BasedSequence chars = input.subSequence(index, index + m.end());
        BasedSequence name = input.subSequence(index + m.start(1), index + m.end(1));
        Document document = inlineParser.getDocument();
        String text = resolve(document, name.toString(), name);
        inlineParser.flushTextNode();
        inlineParser.getBlock().appendChild(new SalaryFigure(chars, text == null ? "" : text));
        inlineParser.setIndex(index + m.end());
        return true;
    }

    /** The formatted figure, or null after reporting why there is none. */
    private static String resolve(Document document, String name, BasedSequence where) {
        String[] parts = name.split("\\.", -1);
        if (parts.length < 2 || parts.length > 3 || name.isBlank()) {
            report(document, where, "\"{{ " + name + " }}\" does not name a figure.",
                    "Write {{ dataset.id }} or {{ dataset.id.field }}: the name of a file of data/ without .yaml,"
                            + " then the id of one of its rows or facts, then optionally a field such as hourly.");
            return null;
        }
        DatasetCatalog catalog = Directives.catalog(document);
        Dataset dataset = catalog.find(parts[0]).orElse(null);
        if (dataset == null) {
            if (!catalog.isBroken(parts[0])) {
                report(document, where, "There is no dataset \"" + parts[0] + "\".", hint(parts[0], catalog.ids(),
                        "Datasets (files in data/)"));
            }
            return null;
        }
        Row row = dataset.findRow(parts[1]).orElse(null);
        Fact fact = row == null ? dataset.findFact(parts[1]).orElse(null) : null;
        if (row == null && fact == null) {
            report(document, where, "The dataset \"" + dataset.id() + "\" has no row or fact \"" + parts[1] + "\".",
                    hint(parts[1], dataset.ids(), "Rows and facts"));
            return null;
        }
        String field = parts.length == 3 ? parts[2] : null;
        if (fact != null) {
            if (field == null) {
                return fact.text();
            }
            String value = switch (field) {
                case "label" -> fact.label();
                case "low" -> fact.figure() == null ? null : fact.figure().lowText();
                case "high" -> fact.figure() == null ? null : fact.figure().highText();
                case "source" -> fact.source() == dataset.source() ? dataset.sourceText() : fact.source().text();
                case "period" -> fact.source() == dataset.source() ? dataset.period() : null;
                case "reviewed" -> dataset.reviewedText();
                default -> null;
            };
            List<String> fields = new ArrayList<>(fact.figure() == null ? List.of("label", "source")
                    : fact.figure().high() == null ? List.of("label", "low", "source") : FACT_FIELDS);
            if (fact.source() == dataset.source()) {
                fields.add("period");
            }
            fields.add("reviewed");
            if (value == null || !fields.contains(field)) {
                report(document, where, "The fact \"" + dataset.id() + "." + fact.id() + "\" has no field \"" + field
                        + "\".", hint(field, fields, "Fields"));
                return null;
            }
            return value;
        }
        if (field == null) {
            if (row.main() == null) {
                report(document, where, "The row \"" + dataset.id() + "." + row.id() + "\" has no figure to show.",
                        "Name one of its fields: " + String.join(", ", row.fieldNames()) + " (for example {{ "
                                + dataset.id() + "." + row.id() + ".label }}).");
                return null;
            }
            return row.main().text();
        }
        // The dataset's own source, period and review date can be named from any row.
        String value = switch (field) {
            case "source" -> dataset.sourceText();
            case "period" -> dataset.period();
            case "reviewed" -> dataset.reviewedText();
            default -> DatasetFields.of(dataset).inlineValue(row, field).orElse(null);
        };
        if (value == null) {
            List<String> fields = new ArrayList<>(row.fieldNames());
            fields.addAll(List.of("source", "period", "reviewed"));
            report(document, where, "The row \"" + dataset.id() + "." + row.id() + "\" has no field \"" + field + "\".",
                    hint(field, fields, "Fields of this row"));
        }
        return value;
    }

    private static String hint(String typed, java.util.Collection<String> known, String what) {
        return DidYouMean.closest(typed, known).map(s -> "Did you mean \"" + s + "\"? ").orElse("") + what + ": "
                + String.join(", ", new ArrayList<>(known)) + ".";
    }

    private static void report(Document document, BasedSequence where, String message, String hint) {
        int offset = where.getStartOffset();
        CharSequence text = where.getBaseSequence();
        int start = offset;
        while (start > 0 && text.charAt(start - 1) != '\n') {
            start--;
        }
        Directives.report(document, document.getLineNumber(offset), offset - start + 1, Math.max(1, where.length()),
                message, hint);
    }

    public static class Factory implements InlineParserExtensionFactory {
        @Override
        public Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        public CharSequence getCharacters() {
            return "{";
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        public InlineParserExtension apply(LightInlineParser inlineParser) {
            return new SalaryFigureInlineParser(inlineParser);
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }
    }
}
