package org.coderpay.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A page's text for the search index, as sentences so that a snippet of it reads well: first the prose
 * (each paragraph, list item and definition, "term: description", as a sentence), then each table, its
 * caption and one sentence per row ("Risk adjustment: annual pay $60,000–$85,000, hourly equivalent
 * $28.85–$40.87."), the cells named by their column headers. Headings are indexed on their own, and text
 * only screen readers hear (such as a highlighted row's "(highlighted)") is left out. The text keeps to
 * a budget: the prose first (cut at a word, with an ellipsis, if it alone is longer), then as many whole
 * table rows as fit, so a word of the page's prose is always findable.
 */
final class PageText {
    /**
     * What readers do not see as part of the page's text, or see elsewhere in the entry: navigation, the
     * "Related pages" links (each of those pages has an entry of its own), the review date line that
     * every page has, and the headings.
     */
    private static final String LEFT_OUT = "nav, script, style, template, form, svg, [hidden], h1, h2, h3, h4, h5, h6,"
            + " .salary-table__source, .figures-visually-hidden, ul.related, p.meta";
    /** A block already ends a sentence: final punctuation, then perhaps a closing bracket or quote. */
    private static final Pattern ENDS_SENTENCE = Pattern.compile("[.!?:;\u2026][)\\]\"'\u2019\u201d]*$");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s,;:.]+$");
    /** A cell that holds a figure ("$60,000–$85,000", "+$5,000", "6–18 months"): a digit before any letter. */
    private static final Pattern FIGURE = Pattern.compile("^[^\\p{L}]*\\d");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private PageText() {
    }

    /** The text of {@code main} as sentences, prose then tables, at most {@code budget} characters. */
    static String of(Element main, int budget) {
        Element copy = main.clone();
        copy.select(LEFT_OUT).remove();
        List<String> prose = new ArrayList<>();
        List<Element> tables = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        walk(copy, prose, tables, run);
        flush(run, prose);
        List<String> rows = new ArrayList<>();
        tables.forEach(t -> rows.addAll(rows(t)));
        return fit(prose, rows, budget);
    }

    /** Collects each block's text as a sentence in {@code prose}; tables are set aside whole. */
    private static void walk(Element element, List<String> prose, List<Element> tables, StringBuilder run) {
        for (Node node : element.childNodes()) {
            if (node instanceof TextNode text) {
                run.append(text.getWholeText());
            } else if (node instanceof Element child) {
                String tag = child.normalName();
                if (tag.equals("table")) {
                    flush(run, prose);
                    tables.add(child);
                } else if (tag.equals("dl")) {
                    flush(run, prose);
                    definitions(child, prose);
                } else if (tag.equals("br")) {
                    run.append(' ');
                } else if (child.isBlock()) {
                    flush(run, prose);
                    walk(child, prose, tables, run);
                    flush(run, prose);
                } else {
                    walk(child, prose, tables, run);
                }
            }
        }
    }

    /** "Term: description." for each term of a list (its {@code dt}s and {@code dd}s, in order). */
    private static void definitions(Element list, List<String> prose) {
        StringBuilder item = new StringBuilder();
        String separator = "";
        for (Element e : list.select("dt, dd")) {
            String text = clean(e.text());
            if (text.isEmpty()) {
                continue;
            }
            if (e.normalName().equals("dt")) {
                flush(item, prose);
                item.append(text);
                separator = ": ";
            } else {
                item.append(item.isEmpty() ? "" : separator).append(text);
                separator = "; ";
            }
        }
        flush(item, prose);
    }

    /**
     * The caption and one sentence per row, the label first and each cell named by its column header:
     * "Risk adjustment: annual pay $60,000–$85,000, hourly equivalent $28.85–$40.87." A cell of words
     * gets a colon after its header, and in a table with such cells a semicolon separates the cells ("CCA:
     * full name: Certified Coding Associate; pay effect: No published figure."), so that the words of one
     * cell do not run into the next.
     */
    private static List<String> rows(Element table) {
        List<String> out = new ArrayList<>();
        Element caption = table.selectFirst("caption");
        if (caption != null && !clean(caption.text()).isEmpty()) {
            out.add(sentence(clean(caption.text())));
        }
        List<Element> rows = new ArrayList<>(table.select("tr"));
        List<String> headers = new ArrayList<>();
        Element head = table.selectFirst("thead tr:last-child");
        if (head == null && !rows.isEmpty() && rows.get(0).select("> td").isEmpty()) {
            head = rows.get(0);
        }
        if (head != null) {
            head.select("> th, > td").forEach(c -> headers.add(clean(c.text())));
            rows.removeAll(table.select("thead tr"));
            rows.remove(head);
        }
        List<String> labels = new ArrayList<>();
        List<List<String>> cellTexts = new ArrayList<>();
        boolean words = false;
        for (Element row : rows) {
            List<Element> cells = row.select("> th, > td");
            if (cells.isEmpty()) {
                continue;
            }
            List<String> values = new ArrayList<>();
            for (int i = 1; i < cells.size(); i++) {
                String value = TRAILING_PUNCTUATION.matcher(clean(cells.get(i).text())).replaceAll("");
                if (value.isEmpty()) {
                    continue;
                }
                boolean figure = FIGURE.matcher(value).find();
                words |= !figure;
                String header = i < headers.size() ? lowerFirst(headers.get(i)) : "";
                values.add(header.isEmpty() ? value : header + (figure ? " " : ": ") + value);
            }
            labels.add(TRAILING_PUNCTUATION.matcher(clean(cells.get(0).text())).replaceAll(""));
            cellTexts.add(values);
        }
        for (int r = 0; r < labels.size(); r++) {
            String label = labels.get(r);
            String cellText = String.join(words ? "; " : ", ", cellTexts.get(r));
            String line = label.isEmpty() ? cellText : cellText.isEmpty() ? label : label + ": " + cellText;
            if (!line.isEmpty()) {
                out.add(sentence(line));
            }
        }
        return out;
    }

    /**
     * The prose, then the table rows, within {@code budget} characters. Prose sentences are kept whole
     * while they fit; the first that does not is cut at a word and ends with an ellipsis, and nothing
     * follows it. A table row is kept whole or not at all, so no figure loses its label.
     */
    static String fit(List<String> prose, List<String> rows, int budget) {
        StringBuilder out = new StringBuilder();
        for (String s : prose) {
            if (!append(out, s, budget)) {
                int room = budget - out.length() - (out.isEmpty() ? 0 : 1);
                int cut = room > 1 ? s.lastIndexOf(' ', room - 1) : -1;
                String words = cut > 0 ? TRAILING_PUNCTUATION.matcher(s.substring(0, cut)).replaceAll("") : "";
                if (!words.isEmpty()) {
                    append(out, words + "\u2026", budget);
                }
                return out.toString();
            }
        }
        for (String row : rows) {
            if (!append(out, row, budget)) {
                break;
            }
        }
        return out.toString();
    }

    private static boolean append(StringBuilder out, String sentence, int budget) {
        if (out.length() + (out.isEmpty() ? 0 : 1) + sentence.length() > budget) {
            return false;
        }
        out.append(out.isEmpty() ? "" : " ").append(sentence);
        return true;
    }

    private static void flush(StringBuilder run, List<String> into) {
        String text = clean(run.toString());
        run.setLength(0);
        if (!text.isEmpty()) {
            into.add(sentence(text));
        }
    }

    private static String sentence(String text) {
        return ENDS_SENTENCE.matcher(text).find() ? text : text + ".";
    }

    private static String clean(String text) {
        return SPACES.matcher(text.replace('\u00a0', ' ')).replaceAll(" ").strip();
    }

    /** "Annual pay" becomes "annual pay"; "CPC" and "US dollars" keep their capitals. */
    private static String lowerFirst(String header) {
        if (header.length() > 1 && Character.isUpperCase(header.charAt(0)) && Character.isLowerCase(header.charAt(1))) {
            return header.substring(0, 1).toLowerCase(Locale.ROOT) + header.substring(1);
        }
        return header;
    }
}
