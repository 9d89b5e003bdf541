package org.coderpay.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a gate found: how much it checked, every finding, and a short note for its summary line
 * ({@code 412 KB}); {@code skipped} explains why a gate could not run (then it does not fail).
 */
public record GateResult(String gate, int checked, String unit, List<Finding> findings, String note,
        String skipped) {

    public GateResult {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Finding.READING_ORDER);
        findings = List.copyOf(sorted);
        note = note == null ? "" : note;
    }

    public static GateResult skipped(String gate, String why) {
        return new GateResult(gate, 0, "pages", List.of(), "", why);
    }

    public boolean passed() {
        return findings.isEmpty();
    }

    /** {@code Gate html: 4 pages and 1 stylesheet checked, 0 findings (Nu HTML Checker 26.5.2).} */
    public String summaryLine() {
        if (skipped != null) {
            return String.format(Locale.ROOT, "Gate %-8s %s", gate + ":", skipped);
        }
        return String.format(Locale.ROOT, "Gate %-8s %s, %d %s checked, %d finding%s%s", gate + ":",
                passed() ? "passed" : "FAILED", checked, unit, findings.size(), findings.size() == 1 ? "" : "s",
                note.isEmpty() ? "" : "; " + note);
    }
}
