package org.coderpay.data;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.coderpay.figures.FigureFormat;

/**
 * One validated YAML file of {@code data/}: a dimension of pay (levels, specialties, states...) with
 * its rows and single facts. Immutable; reached by templates as {@code datasets.<id>}.
 *
 * @param id       the file name without {@code .yaml}
 * @param label    the heading of a table's first column (Specialty)
 * @param unit     what the figures count, as written in the file (USD, percent)
 * @param period   what period the figures cover (year, one-time, through 2031)
 * @param reviewed when the figures were last checked
 * @param file     the file as editors see it, relative to the site root
 * @param programme the statistical programme that produced official figures (Employment Projections),
 *                  or null for the guide's own compilations
 */
public record Dataset(String id, DatasetKind kind, String title, String label, String unit, String period,
        Source source, LocalDate reviewed, String description, List<Row> rows, List<Fact> facts, Path file,
        String programme, String measure) {

    public Dataset {
        rows = List.copyOf(rows);
        facts = List.copyOf(facts);
    }

    /** A dataset of the guide's own figures: no programme, no measure. */
    public Dataset(String id, DatasetKind kind, String title, String label, String unit, String period,
            Source source, LocalDate reviewed, String description, List<Row> rows, List<Fact> facts, Path file) {
        this(id, kind, title, label, unit, period, source, reviewed, description, rows, facts, file, null, null);
    }

    public Optional<Row> findRow(String rowId) {
        return rows.stream().filter(r -> r.id().equals(rowId)).findFirst();
    }

    public Optional<Fact> findFact(String factId) {
        return facts.stream().filter(f -> f.id().equals(factId)).findFirst();
    }

    /** The row, for templates ({@code datasets.states.row('remote')}); an unknown id stops the build. */
    public Row row(String rowId) {
        return findRow(rowId).orElseThrow(() -> unknown("row", rowId, rows.stream().map(Row::id).toList()));
    }

    /** The fact, for templates ({@code datasets.headline.fact('national-median').text}). */
    public Fact fact(String factId) {
        return findFact(factId).orElseThrow(() -> unknown("fact", factId, facts.stream().map(Fact::id).toList()));
    }

    private DatasetCatalog.UnknownNameException unknown(String what, String name, List<String> known) {
        return new DatasetCatalog.UnknownNameException("The dataset \"" + id + "\" has no " + what + " \"" + name
                + "\"." + org.coderpay.diagnostics.DidYouMean.closest(name, known)
                        .map(s -> " Did you mean \"" + s + "\"?").orElse("") + " It has: " + String.join(", ", known) + ".");
    }

    /** Row ids then fact ids: everything {@code {{ id.x }}} can name. */
    public List<String> ids() {
        return java.util.stream.Stream.concat(rows.stream().map(Row::id), facts.stream().map(Fact::id)).toList();
    }

    /** The review date as readers see it: November 24, 2026. */
    public String reviewedText() {
        return FigureFormat.humanDate(reviewed);
    }

    /** The review date for {@code datetime} attributes: 2026-11-24. */
    public String reviewedIso() {
        return FigureFormat.isoDate(reviewed);
    }

    /**
     * The attribution as readers see it under a table or chart: the source, and for official figures
     * the programme and the reference period (U.S. Bureau of Labor Statistics, Occupational Employment
     * and Wage Statistics, May 2025), so a reader can find the release.
     */
    public String sourceText() {
        return programme == null ? source.text() : source.text() + ", " + programme + ", " + period;
    }
}
