package org.coderpay.markdown;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.coderpay.bake.BakeSession;
import org.coderpay.check.Finding;
import org.coderpay.diagnostics.Problem;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Keeps figures in the datasets: a money amount, a percentage, a duration or a calendar year typed
 * into a page's prose is an error, because it would silently go stale when the dataset changes. Also
 * keeps search-engine phrasing out: "medical coding salary" may appear at most three times a page.
 *
 * <p>Only prose is checked (text nodes, including headings and link text); code spans, directives
 * and link addresses are not. A page can allow a genuine exception by listing the exact text in its
 * {@code allow-figures=} header, separated by {@code |}; an allowance the page never uses is an
 * error too, so stale exceptions do not pile up.
 */
public final class HandTypedFigureCheck {
    static final String PHRASE = "medical coding salary";
    static final int PHRASE_LIMIT = 3;

    /** Each pattern is one kind of figure; the message names the kind. */
    private static final List<Kind> KINDS = List.of(
            new Kind("money amount", Pattern.compile("\\$\\s?\\d[\\d,]*(?:\\.\\d+)?\\s?[kKmM]?\\+?")),
            new Kind("money amount", Pattern.compile("\\b\\d+(?:[.,]\\d+)*\\s?(?:k|K)\\b|\\b\\d[\\d,]*\\s?(?:dollars|USD)\\b")),
            new Kind("number with thousands separators",
                    Pattern.compile("(?<![\\w.])\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?\\+?(?![\\w])")),
            new Kind("percentage", Pattern.compile("\\b\\d+(?:\\.\\d+)?(?:\\s?[-–—]\\s?\\d+(?:\\.\\d+)?)?\\s?(?:%|percent\\b|per cent\\b)")),
            new Kind("duration", Pattern.compile(
                    "\\b\\d+(?:\\s?[-–—]\\s?\\d+)?\\+?\\s?(?:years?|yrs?|months?|weeks?|hours?)\\b",
                    Pattern.CASE_INSENSITIVE)),
            new Kind("calendar year", Pattern.compile("(?<![\\w-])(?:19|20)\\d{2}(?![\\w-])")));

    private record Kind(String name, Pattern pattern) {
    }

    private record Finding(int start, int end, String kind) {
    }

    private HandTypedFigureCheck() {
    }

    /**
     * @param allowed the page's {@code allow-figures} entries, exactly as written
     * @param offset  file line of body line 1, minus one
     */
    public static void check(Document document, BakeSession session, java.nio.file.Path file, List<String> lines,
            int offset, List<String> allowed) {
        if (session == null) {
            return;
        }
        Set<String> unused = new LinkedHashSet<>(allowed);
        int phraseCount = 0;
        for (Text text : texts(document)) {
            BasedSequence chars = text.getChars();
            String s = chars.toString();
            for (Finding f : findings(s)) {
                String typed = s.substring(f.start, f.end);
                String allowance = allowed.stream().filter(a -> a.contains(typed.strip()) || typed.contains(a))
                        .findFirst().orElse(null);
                if (allowance != null) {
                    unused.remove(allowance);
                    continue;
                }
                report(session, file, lines, offset, document, chars.getStartOffset() + f.start, typed.length(),
                        "A " + f.kind + " is typed by hand: \"" + typed.strip() + "\".",
                        "Figures come from the datasets so they never go stale: use {{ dataset.id }} or a "
                                + "salary-table (see docs/editors-guide.md, \"Writing figures\"). If this is not a "
                                + "salary figure, list it in the header: allow-figures=" + typed.strip());
            }
            Matcher m = Pattern.compile(Pattern.quote(PHRASE), Pattern.CASE_INSENSITIVE).matcher(s);
            while (m.find()) {
                phraseCount++;
                if (phraseCount == PHRASE_LIMIT + 1) {
                    report(session, file, lines, offset, document, chars.getStartOffset() + m.start(), PHRASE.length(),
                            "\"" + PHRASE + "\" appears more than " + PHRASE_LIMIT + " times on this page.",
                            "Write for readers, not search engines: say \"pay\", \"what coders earn\" or rephrase.");
                }
            }
        }
        for (String stale : unused) {
            int line = headerLine(lines, "allow-figures");
            session.problems().add(Problem.at(file, line, 1,
                    "allow-figures lists \"" + stale + "\", which the page does not contain.",
                    "Remove it from the allow-figures= line (each entry is exact text from the page, separated by |)."),
                    lines, "allow-figures".length());
        }
    }

    /** The figures typed in one piece of text, earliest first, overlaps merged. */
    static List<String> figuresIn(String text) {
        return findings(text).stream().map(f -> text.substring(f.start, f.end).strip()).toList();
    }

    private static List<Finding> findings(String s) {
        List<Finding> all = new ArrayList<>();
        for (Kind kind : KINDS) {
            Matcher m = kind.pattern.matcher(s);
            while (m.find()) {
                all.add(new Finding(m.start(), m.end(), kind.name));
            }
        }
        all.sort((a, b) -> a.start != b.start ? Integer.compare(a.start, b.start) : Integer.compare(b.end, a.end));
        List<Finding> merged = new ArrayList<>();
        for (Finding f : all) {
            Finding last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && f.start < last.end) {
                if (f.end > last.end) {
                    merged.set(merged.size() - 1, new Finding(last.start, f.end, last.kind));
                }
            } else {
                merged.add(f);
            }
        }
        return merged;
    }

    private static List<Text> texts(Node root) {
        List<Text> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Node node, List<Text> out) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Code) {
                continue;
            }
            if (child instanceof Text text) {
                out.add(text);
            } else {
                collect(child, out);
            }
        }
    }

    private static void report(BakeSession session, java.nio.file.Path file, List<String> lines, int offset,
            Document document, int bodyOffset, int width, String message, String hint) {
        int bodyLine = document.getLineNumber(bodyOffset);
        int column = bodyOffset - document.getChars().startOfLine(bodyOffset) + 1;
        session.problems().add(Problem.at(file, bodyLine + 1 + offset, column, message, hint), lines, width);
    }

    private static int headerLine(List<String> lines, String key) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).toLowerCase(Locale.ROOT).startsWith(key + "=")) {
                return i + 1;
            }
        }
        return 1;
    }
}
