package org.coderpay.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The quality gates {@code ./mvnw verify} runs over the published site: valid HTML, working links, the
 * weight budget, and accessibility in a real browser. Every gate runs and reports every finding;
 * the build fails at the end if any gate found anything. Ends with one summary line per gate.
 *
 * <p>Usage: {@code SiteChecks <published folder> <bake sources file> <report folder> <site source folder>}
 */
public final class SiteChecks {

    private SiteChecks() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            throw new IllegalArgumentException(
                    "Usage: SiteChecks <published folder> <bake sources file> <report folder> <site source folder>");
        }
        Path published = Path.of(args[0]).toAbsolutePath().normalize();
        Path reports = Path.of(args[2]).toAbsolutePath().normalize();
        long start = System.nanoTime();
        PublishedSite site = PublishedSite.load(published, Path.of(args[1]), Path.of(args[3]));
        System.out.println(String.format(Locale.ROOT, "Site read and parsed once for every gate in %.1f s", seconds(start)));
        List<GateResult> results = run(site, defaultGates(reports));
        System.out.println(String.format(Locale.ROOT, "Site checks took %.1f s in all", seconds(start)));
        writeReport(reports.resolve("findings.txt"), results);
        int findings = results.stream().mapToInt(r -> r.findings().size()).sum();
        if (findings > 0) {
            throw new SiteChecksFailed(findings + " finding(s) in the published site; each is listed above (and in "
                    + reports.resolve("findings.txt") + ") with the page, its source and how to fix it.");
        }
    }

    public static List<Gate> defaultGates(Path reports) {
        return List.of(new HtmlValidityGate(), new LinkGate(reports.resolve("external-links.txt")),
                new WeightGate(reports.resolve("page-weight.txt")), new InlineCodeGate(), new LinkPreviewGate(),
                new BrowserGate(BrowserGate.Browser.debian(), BrowserGate.requiredByEnvironment()));
    }

    /** Runs every gate, prints its findings, then one summary line per gate. */
    public static List<GateResult> run(PublishedSite site, List<Gate> gates) throws Exception {
        List<GateResult> results = new ArrayList<>();
        for (Gate gate : gates) {
            long start = System.nanoTime();
            GateResult result = gate.check(site);
            String took = String.format(Locale.ROOT, "%.1f s", seconds(start));
            results.add(new GateResult(result.gate(), result.checked(), result.unit(), result.findings(),
                    result.note() + (result.note().isEmpty() ? "" : "; ") + took,
                    result.skipped() == null ? null : result.skipped() + " (" + took + ")"));
            if (!result.passed()) {
                StringBuilder sb = new StringBuilder();
                sb.append('\n').append("Gate ").append(gate.name()).append(": ").append(result.findings().size())
                        .append(" finding(s)\n");
                result.findings().forEach(f -> sb.append('\n').append(f.format()));
                System.out.println(sb);
            }
        }
        System.out.println();
        results.forEach(r -> System.out.println(r.summaryLine()));
        return results;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** Every finding and the summary lines, for reading after the build log has scrolled away. */
    static void writeReport(Path file, List<GateResult> results) throws java.io.IOException {
        StringBuilder sb = new StringBuilder();
        for (GateResult r : results) {
            r.findings().forEach(f -> sb.append('[').append(r.gate()).append("] ").append(f.format()).append('\n'));
        }
        results.forEach(r -> sb.append(r.summaryLine().replaceAll("(; | \\()[0-9.]+ s\\)?$", "")).append('\n'));
        java.nio.file.Files.createDirectories(file.getParent());
        java.nio.file.Files.writeString(file, sb.toString(), java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * The site failed a gate; the findings have been printed. Carries no stack trace: exec:java prints
     * the exception it gets, and a trace of our own main method would bury the report under noise.
     */
    public static final class SiteChecksFailed extends Exception {
        private static final long serialVersionUID = 1L;

        SiteChecksFailed(String message) {
            super(message, null, false, false);
        }
    }
}
