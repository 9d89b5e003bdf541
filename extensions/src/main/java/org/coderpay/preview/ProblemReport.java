package org.coderpay.preview;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.coderpay.build.SiteBaker;
import org.coderpay.build.StrictBuildGate;
import org.coderpay.check.Finding;
import org.coderpay.diagnostics.Problem;
import org.coderpay.diagnostics.Problems;

/**
 * A failed rebake as the browser overlay shows it: the same entries the terminal prints (location,
 * message, marked source lines, fix), taken from the {@link Problems} data rather than from its text,
 * and written as JSON for the reload channel:
 *
 * <pre>
 * {"heading":"The site has problems; nothing was published.","summary":"1 problem in 1 file.",
 *  "problems":[{"location":"content/a.md:3:1","message":"...","frame":"...","hint":"..."}]}
 * </pre>
 */
public record ProblemReport(String heading, String summary, List<Entry> problems) {

    /** One problem; {@code frame} is the marked source lines, empty when there are none. */
    public record Entry(String location, String message, String frame, String hint) {
    }

    public static ProblemReport of(SiteBaker.Result result) {
        List<Entry> entries = new ArrayList<>();
        Set<String> files = new TreeSet<>();
        for (Problems.Shown shown : result.problems().shown()) {
            Problem p = shown.problem();
            files.add(p.file() == null ? "" : p.file().toString());
            entries.add(new Entry(p.location(), p.message(), shown.frame(), p.hint()));
        }
        for (Throwable error : result.errors()) {
            if (!(error instanceof StrictBuildGate.ProblemsFound)) {
                entries.add(new Entry("(site)", "Bake error: " + describe(error), "", ""));
            }
        }
        int n = entries.size();
        String summary = n + (n == 1 ? " problem" : " problems")
                + (files.isEmpty() ? "." : " in " + files.size() + (files.size() == 1 ? " file." : " files."));
        return new ProblemReport("The site has problems; nothing was published.", summary, List.copyOf(entries));
    }

    /**
     * Links on a published rebake that lead nowhere (a page deleted or renamed while others still link
     * to it), as the link gate of {@code ./mvnw verify} reports them.
     */
    public static ProblemReport ofBrokenLinks(List<Finding> findings) {
        List<Entry> entries = new ArrayList<>();
        Set<String> pages = new TreeSet<>();
        for (Finding f : findings) {
            pages.add(f.page());
            entries.add(new Entry(f.location(), f.message(), f.frame(), f.hint()));
        }
        int n = entries.size();
        return new ProblemReport("The site was published, but some of its links lead nowhere.",
                n + (n == 1 ? " problem" : " problems") + " on " + pages.size() + (pages.size() == 1 ? " page." : " pages.")
                        + " ./mvnw verify fails on these.", List.copyOf(entries));
    }

    /** What the terminal prints for {@link #ofBrokenLinks}: the same entries, as the site checks print them. */
    public String text() {
        StringBuilder sb = new StringBuilder(heading).append('\n');
        for (Entry e : problems) {
            sb.append('\n').append(e.location()).append(": ").append(e.message()).append('\n');
            if (!e.frame().isEmpty()) {
                sb.append(e.frame().endsWith("\n") ? e.frame() : e.frame() + "\n");
            }
            if (!e.hint().isEmpty()) {
                sb.append("  fix: ").append(e.hint()).append('\n');
            }
        }
        return sb.append('\n').append(summary).append('\n').toString();
    }

    /** A rebake that did not even finish (an exception outside the bake's own reporting). */
    public static ProblemReport crashed(Exception e) {
        return new ProblemReport("The rebake failed.", "1 problem.",
                List.of(new Entry("(site)", "Rebake failed: " + e, "", "")));
    }

    private static String describe(Throwable error) {
        StringBuilder sb = new StringBuilder(String.valueOf(error.getMessage()));
        for (Throwable cause = error.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            sb.append("; caused by ").append(cause.getMessage());
        }
        return sb.toString();
    }

    /** On one line (the reload channel sends it as a single data line). */
    public String toJson() {
        StringBuilder sb = new StringBuilder("{\"heading\":").append(quote(heading))
                .append(",\"summary\":").append(quote(summary)).append(",\"problems\":[");
        for (int i = 0; i < problems.size(); i++) {
            Entry e = problems.get(i);
            sb.append(i == 0 ? "" : ",").append("{\"location\":").append(quote(e.location))
                    .append(",\"message\":").append(quote(e.message))
                    .append(",\"frame\":").append(quote(e.frame))
                    .append(",\"hint\":").append(quote(e.hint)).append('}');
        }
        return sb.append("]}").toString();
    }

    static String array(List<String> values) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            sb.append(i == 0 ? "" : ",").append(quote(values.get(i)));
        }
        return sb.append(']').toString();
    }

    /** A JSON string; line breaks and every control character escaped, and {@code <} too. */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == 0x2028 || c == 0x2029) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
