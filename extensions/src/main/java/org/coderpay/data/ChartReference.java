package org.coderpay.data;

import java.util.Optional;

import org.coderpay.bake.BakeSession;
import org.coderpay.bake.JBakeProperties;

/**
 * The fact charts of pay draw as a line across the ranges, and the words naming it, as jbake.properties
 * sets them ({@code figures.reference=headline.national-median}, {@code figures.reference.label=National
 * median}). Declared there, not in Java, so a renamed dataset or fact is an edit of that file.
 */
public record ChartReference(Fact fact, String label) {
    static final String KEY = "figures.reference";
    static final String LABEL_KEY = "figures.reference.label";

    static Optional<ChartReference> read(BakeSession session, DatasetCatalog catalog) {
        Object value = session.config().get(KEY);
        if (value == null || value.toString().isBlank()) {
            return Optional.empty();
        }
        String reference = value.toString().strip();
        Object label = session.config().get(LABEL_KEY);
        try {
            return catalog.factNamed(reference).map(f -> new ChartReference(f,
                    label == null || label.toString().isBlank() ? f.label() : label.toString().strip()));
        } catch (DatasetCatalog.UnknownNameException e) {
            JBakeProperties.of(session).problem(session, KEY, reference, e.getMessage(),
                    "Name the fact charts mark across pay ranges as dataset.fact, or remove " + KEY + ".");
            return Optional.empty();
        }
    }
}
