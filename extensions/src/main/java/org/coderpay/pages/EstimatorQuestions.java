package org.coderpay.pages;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.coderpay.bake.BakeSession;
import org.coderpay.content.FrontMatter;
import org.coderpay.content.HeaderKeys;
import org.coderpay.data.Dataset;
import org.coderpay.data.DatasetCatalog;
import org.coderpay.diagnostics.DidYouMean;
import org.coderpay.diagnostics.Problems;

/**
 * The salary estimator's questions, as the estimator page's header declares them, in header order:
 * {@code estimator.<question>=dataset | question | choice for none}. The question's name is what the
 * form and assets/js/estimator.js call it; the dataset gives the choices and their figures; without a
 * choice for none, the question must be answered. Checked once per bake, each problem at its line.
 */
public final class EstimatorQuestions {
    static final String TYPE = "estimator";

    /** One checked question. */
    record Declared(String id, Dataset dataset, String legend, String noneLabel) {
    }

    private final List<PageHeader> declared = new ArrayList<>();
    private List<Declared> resolved;

    public static EstimatorQuestions of(BakeSession session) {
        return session.component(EstimatorQuestions.class, s -> new EstimatorQuestions());
    }

    /** Called by the Markdown engine for every page it publishes; keys of the family on another type are reported. */
    public synchronized void declare(BakeSession session, Path file, String outputPath, List<String> lines,
            FrontMatter header) {
        PageHeader.ofType(TYPE, HeaderKeys.ESTIMATOR_PREFIX, "Move the line to the estimator page, or remove it.",
                session.problems(), file, outputPath, lines, header).ifPresent(declared::add);
    }

    /** The questions of the site's estimator page (the first by file name), checked; empty without one. */
    synchronized List<Declared> resolved(BakeSession session) {
        if (resolved == null) {
            List<PageHeader> pages = new ArrayList<>(declared);
            pages.sort(Comparator.comparing(p -> p.file().toString()));
            resolved = pages.isEmpty() ? List.of() : resolve(session, pages.get(0));
        }
        return resolved;
    }

    /** Whether every question checked out (problems are reported otherwise, and the bake fails). */
    boolean complete;

    private List<Declared> resolve(BakeSession session, PageHeader page) {
        Problems problems = session.problems();
        DatasetCatalog catalog = DatasetCatalog.of(session);
        List<Declared> questions = new ArrayList<>();
        boolean ok = true;
        for (Map.Entry<String, String> e : page.header().values().entrySet()) {
            String key = e.getKey();
            if (!key.startsWith(HeaderKeys.ESTIMATOR_PREFIX)) {
                continue;
            }
            String[] parts = e.getValue().split("\\|", -1);
            String datasetId = parts[0].strip();
            String legend = parts.length > 1 ? parts[1].strip() : "";
            if (parts.length > 3 || legend.isEmpty()) {
                page.problem(problems, key, "Write " + key + "= as: dataset | question | choice for none (optional).",
                        "For example: " + key + "=<dataset> | The question readers see | Not sure yet");
                ok = false;
                continue;
            }
            if (catalog.isBroken(datasetId)) {
                ok = false; // its own problems are already reported
                continue;
            }
            if (catalog.find(datasetId).isEmpty()) {
                page.problem(problems, key, 0, datasetId.length(), "There is no dataset \"" + datasetId + "\".",
                        DidYouMean.closest(datasetId, catalog.ids()).map(s -> "Did you mean \"" + s + "\"? ").orElse("")
                                + "Name a file of data/ without .yaml: " + String.join(", ", catalog.ids()) + ".");
                ok = false;
                continue;
            }
            String none = parts.length > 2 && !parts[2].isBlank() ? parts[2].strip() : null;
            questions.add(new Declared(key.substring(HeaderKeys.ESTIMATOR_PREFIX.length()), catalog.get(datasetId),
                    legend, none));
        }
        if (questions.isEmpty() && ok) {
            problems.add(org.coderpay.diagnostics.Problem.at(page.file(), page.header().separatorLine(), 1,
                    "The estimator page declares no questions.", "Add a line estimator.<question>=dataset | question"
                            + " above the ~~~~~~ line for each question of the form, in the order readers answer them."),
                    page.lines(), 6);
        }
        complete = ok && !questions.isEmpty();
        return List.copyOf(questions);
    }
}
