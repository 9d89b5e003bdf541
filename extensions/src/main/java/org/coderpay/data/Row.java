package org.coderpay.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One row of a dataset. Which fields are set depends on the dataset's {@link DatasetKind}; the others
 * are null.
 *
 * @param kind       pay ranges only: {@code remote} for a row that is not a place, else null
 * @param pay        annual pay (pay ranges), or for experience bands the pay of their {@link #level}
 * @param years      experience bands: years of experience
 * @param level      experience bands: the id of the career level in {@code levels}
 * @param levelLabel experience bands: that level's label
 * @param cost       education: one-time cost
 * @param premium    credentials: extra annual pay, where one is published
 * @param name       credentials: the full name (Certified Professional Coder)
 * @param signals    credentials: what the credential tells an employer
 * @param payNote    credentials: the pay effect in words where there is no figure
 * @param note       a short remark shown beside the figures (Complex cases.)
 * @param description experience bands, career steps, education: a sentence about the row
 * @param position   1-based place in the dataset (a career step's number)
 * @param line       the line of the row in its YAML file, for messages
 * @param text       every text field of the row as written (a string, or a list of paragraphs), by its key in
 *                   the file ({@code about}, {@code awarded-by}...): what generated pages show of a row's prose
 */
public record Row(String id, String label, String kind, Range pay, Range years, String level, String levelLabel,
        Range cost, Range premium, String name, String signals, String payNote, String note, String description,
        int position, int line, Map<String, Object> text) {

    public Row {
        text = text == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(text));
    }

    /** A row without text fields beyond the typed ones (tests, rows made in code). */
    public Row(String id, String label, String kind, Range pay, Range years, String level, String levelLabel,
            Range cost, Range premium, String name, String signals, String payNote, String note, String description,
            int position, int line) {
        this(id, label, kind, pay, years, level, levelLabel, cost, premium, name, signals, payNote, note, description,
                position, line, Map.of());
    }

    public boolean isRemote() {
        return "remote".equals(kind);
    }

    /**
     * The figure {@code {{ dataset.row }}} shows: pay, else cost, else premium, else years; null when
     * the row has none (a credential without a published premium, a career step).
     */
    public Range main() {
        if (years != null) {
            return years;
        }
        if (pay != null) {
            return pay;
        }
        if (cost != null) {
            return cost;
        }
        return premium;
    }

    /** The figure fields this row has, by the name editors use in {@code {{ dataset.row.field }}}. */
    public List<String> fieldNames() {
        List<String> names = new ArrayList<>(List.of("label"));
        if (pay != null) {
            names.addAll(List.of("pay", "hourly"));
        }
        if (years != null) {
            names.add("years");
        }
        if (level != null) {
            names.add("level");
        }
        if (cost != null) {
            names.add("cost");
        }
        if (premium != null) {
            names.add("premium");
        }
        if (main() != null) {
            names.addAll(List.of("low", "high"));
        }
        for (String[] text : new String[][] {{"name", name}, {"signals", signals}, {"pay-note", payNote},
                {"note", note}, {"description", description}}) {
            if (text[1] != null) {
                names.add(text[0]);
            }
        }
        return names;
    }
}
