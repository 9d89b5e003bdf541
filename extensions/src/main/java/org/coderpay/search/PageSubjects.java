package org.coderpay.search;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.coderpay.bake.BakeSession;

/**
 * What a generated page is about, as the step that renders it knows it: the names of its subject (a
 * state, a specialty, a credential and its full name...) and its headline figure. A query that names
 * the subject puts the page first, and the result shows the figure. Renderers describe their pages here
 * while they write them, so search never reads data back out of the HTML.
 */
public final class PageSubjects {
    /**
     * @param names  what readers call the subject, each a phrase ("California", "Certified Professional Coder")
     * @param figure the page's headline figure with its label ("Annual pay: $55,000–$75,000"), or null
     */
    public record Subject(List<String> names, String figure) {
        public Subject {
            names = List.copyOf(names);
        }
    }

    private final Map<String, Subject> byOutput = new TreeMap<>();

    private PageSubjects() {
    }

    public static PageSubjects of(BakeSession session) {
        return session.component(PageSubjects.class, s -> new PageSubjects());
    }

    /** A set with no page described, for indexing a site outside a bake. */
    static PageSubjects empty() {
        return new PageSubjects();
    }

    /** Records what the page at {@code outputPath} (as claimed, e.g. "guide/states/texas/index.html") is about. */
    public synchronized void describe(String outputPath, List<String> names, String figureLabel, String figureValue) {
        String figure = figureValue == null || figureValue.isBlank() ? null
                : figureLabel == null || figureLabel.isBlank() ? figureValue : figureLabel + ": " + figureValue;
        byOutput.put(outputPath, new Subject(names.stream().filter(n -> n != null && !n.isBlank()).toList(), figure));
    }

    public synchronized Optional<Subject> find(String outputPath) {
        return Optional.ofNullable(byOutput.get(outputPath));
    }
}
