package org.coderpay.data;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.coderpay.bake.BakeSession;
import org.coderpay.diagnostics.DidYouMean;

/**
 * Every dataset of one bake, validated, by id. Templates reach it as {@code datasets}: FreeMarker
 * calls {@link #get(String)} for {@code datasets.specialties}, so an unknown name stops the build with
 * a "did you mean" instead of rendering an empty table.
 */
public final class DatasetCatalog {
    private final Map<String, Dataset> datasets;
    private final Set<String> broken;

    DatasetCatalog(Map<String, Dataset> datasets, Set<String> broken) {
        this.datasets = Map.copyOf(datasets);
        this.broken = Set.copyOf(broken);
        this.order = List.copyOf(datasets.keySet());
    }

    private final List<String> order;

    /**
     * The bake's catalog, loaded and validated once per bake on first use. Problems go to the
     * session, so the strict gate fails the bake.
     */
    public static DatasetCatalog of(BakeSession session) {
        return session.component(DatasetCatalog.class, s -> {
            DatasetCatalog catalog = new DatasetLoader(s.root(), s.problems(), LocalDate.now(ZoneOffset.UTC))
                    .load(s.config().getDataFolder().toPath());
            catalog.chartReference = ChartReference.read(s, catalog);
            return catalog;
        });
    }

    /** Set once, right after loading: the fact charts mark across pay ranges ({@code figures.reference}). */
    private Optional<ChartReference> chartReference = Optional.empty();

    /** The line charts draw across pay ranges (the national median), when jbake.properties names one. */
    public Optional<ChartReference> chartReference() {
        return chartReference;
    }

    /**
     * A fact named as {@code dataset.fact} ({@code headline.national-median}), as pages and settings name
     * one. Empty when its dataset has errors of its own (already reported); an unknown name throws
     * {@link UnknownNameException} with a "did you mean".
     */
    public Optional<Fact> factNamed(String reference) {
        int dot = reference.indexOf('.');
        if (dot < 1 || dot == reference.length() - 1) {
            throw new UnknownNameException("\"" + reference + "\" does not name a fact: write dataset.fact, for example "
                    + order.stream().flatMap(id -> datasets.get(id).facts().stream().map(f -> id + "." + f.id()))
                            .findFirst().orElse("dataset.fact") + ".");
        }
        String dataset = reference.substring(0, dot);
        if (isBroken(dataset)) {
            return Optional.empty();
        }
        return Optional.of(get(dataset).fact(reference.substring(dot + 1)));
    }

    /** The dataset, or an error naming the closest existing one. */
    public Dataset get(String id) {
        Dataset d = datasets.get(id);
        if (d == null) {
            throw new UnknownNameException(unknownMessage(id));
        }
        return d;
    }

    public Optional<Dataset> find(String id) {
        return Optional.ofNullable(datasets.get(id));
    }

    /** Whether the dataset exists but has errors (already reported; callers should stay quiet). */
    public boolean isBroken(String id) {
        return broken.contains(id);
    }

    /** All valid datasets, by file name order. */
    public List<Dataset> all() {
        List<Dataset> list = new ArrayList<>();
        order.forEach(id -> list.add(datasets.get(id)));
        return list;
    }

    public Collection<String> ids() {
        return order;
    }

    /** A template named a dataset, row or fact that does not exist; the message names the closest one. */
    public static final class UnknownNameException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        public UnknownNameException(String message) {
            super(message);
        }
    }

    public String unknownMessage(String id) {
        return "There is no dataset \"" + id + "\"."
                + DidYouMean.closest(id, order).map(s -> " Did you mean \"" + s + "\"?").orElse("")
                + " Datasets: " + String.join(", ", order) + ".";
    }
}
