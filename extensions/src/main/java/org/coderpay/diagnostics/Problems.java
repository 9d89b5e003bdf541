package org.coderpay.diagnostics;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Collects every problem found in one build so that an editor sees them all at once, not one per run.
 * Thread-safe: JBake may parse and render from more than one thread in future versions.
 */
public final class Problems {
    private final List<Entry> entries = new ArrayList<>();

    private record Entry(Problem problem, String frame) {
    }

    /** Records a problem with no source excerpt. */
    public void add(Problem problem) {
        add(problem, List.of(), 1);
    }

    /**
     * Records a problem and the source lines it points into, so the report can show the spot.
     *
     * @param width how many characters the caret underlines
     */
    public synchronized void add(Problem problem, List<String> sourceLines, int width) {
        entries.add(new Entry(problem, SourceFrame.render(sourceLines, problem.line(), problem.column(), width)));
    }

    public synchronized void addAll(Problems other) {
        synchronized (other) {
            entries.addAll(other.entries);
        }
    }

    public synchronized boolean isEmpty() {
        return entries.isEmpty();
    }

    public synchronized int size() {
        return entries.size();
    }

    public synchronized List<Problem> list() {
        return entries.stream().map(Entry::problem).sorted(Problem.READING_ORDER).toList();
    }

    /**
     * One problem with the source lines {@link #format()} prints under it (empty when none), for
     * showing the same report elsewhere, e.g. the preview's error overlay in the browser.
     */
    public record Shown(Problem problem, String frame) {
    }

    /** Every problem with its marked source lines, in reading order. */
    public synchronized List<Shown> shown() {
        return entries.stream()
                .sorted((a, b) -> Problem.READING_ORDER.compare(a.problem, b.problem))
                .map(e -> new Shown(e.problem, e.frame))
                .toList();
    }

    /** Every problem with its excerpt and fix, in reading order, and a closing count. */
    public synchronized String format() {
        List<Entry> sorted = entries.stream()
                .sorted((a, b) -> Problem.READING_ORDER.compare(a.problem, b.problem))
                .toList();
        StringBuilder out = new StringBuilder();
        Map<String, Integer> perFile = new TreeMap<>();
        for (Entry e : sorted) {
            Problem p = e.problem;
            perFile.merge(p.file() == null ? "" : p.file().toString(), 1, Integer::sum);
            out.append('\n').append(p.location()).append("  error  ").append(p.message()).append('\n');
            if (!e.frame.isEmpty()) {
                out.append(indent(e.frame));
            }
            if (!p.hint().isEmpty()) {
                out.append("  Fix: ").append(p.hint()).append('\n');
            }
        }
        out.append('\n').append(sorted.size()).append(sorted.size() == 1 ? " problem" : " problems")
                .append(" in ").append(perFile.size()).append(perFile.size() == 1 ? " file." : " files.");
        return out.toString();
    }

    private static String indent(String block) {
        StringBuilder sb = new StringBuilder();
        for (String line : block.split("\n", -1)) {
            if (!line.isEmpty()) {
                sb.append("  ").append(line).append('\n');
            }
        }
        return sb.toString();
    }

    /** Convenience for code that only knows a path relative to the site root. */
    public static Path relative(Path root, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path base = root.toAbsolutePath().normalize();
        return abs.startsWith(base) ? base.relativize(abs) : abs;
    }
}
