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
 * @param code       official statistics: the code of the group in its classification (29-2072)
 * @param annual     official statistics: the annual wage as published (a percentile, a median)
 * @param hourly     official statistics: the hourly wage as published, in cents (never derived)
 * @param percentile percentiles: which percentile the row is (10, 25, 50, 75, 90)
 * @param employment official statistics: how many jobs
 * @param spread     official statistics: the annual wages at the low and high percentiles published
 */
public record Row(String id, String label, String kind, Range pay, Range years, String level, String levelLabel,
        Range cost, Range premium, String name, String signals, String payNote, String note, String description,
        int position, int line, Map<String, Object> text, String code, Range annual, Range hourly,
        Integer percentile, Range employment, Range spread) {

    public Row {
        text = text == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(text));
    }

    /** A row with its text fields but no official statistics. */
    public Row(String id, String label, String kind, Range pay, Range years, String level, String levelLabel,
            Range cost, Range premium, String name, String signals, String payNote, String note, String description,
            int position, int line, Map<String, Object> text) {
        this(id, label, kind, pay, years, level, levelLabel, cost, premium, name, signals, payNote, note, description,
                position, line, text, null, null, null, null, null, null);
    }

    /** The paragraphs written for the row's own page ({@code about:}), or none. */
    @SuppressWarnings("unchecked")
    public List<String> about() {
        Object about = text.get("about");
        return about instanceof List<?> list ? (List<String>) list : about == null ? List.of() : List.of(about.toString());
    }

    /** Credentials: the body that awards it ({@code awarded-by:}), or null. */
    public String awardedBy() {
        Object by = text.get("awarded-by");
        return by == null ? null : by.toString();
    }

    /** A row without per-row prose or official statistics (the pay, cost and credential kinds). */
    public Row(String id, String label, String kind, Range pay, Range years, String level, String levelLabel,
            Range cost, Range premium, String name, String signals, String payNote, String note, String description,
            int position, int line) {
        this(id, label, kind, pay, years, level, levelLabel, cost, premium, name, signals, payNote, note, description,
                position, line, Map.of());
    }

    /** The same row with another pay range (an experience band takes its career level's). */
    public Row withPay(Range newPay, String newLevelLabel) {
        return new Row(id, label, kind, newPay, years, level, newLevelLabel, cost, premium, name, signals, payNote,
                note, description, position, line, text, code, annual, hourly, percentile, employment,
                spread);
    }

    public boolean isRemote() {
        return "remote".equals(kind);
    }

    /**
     * The figure {@code {{ dataset.row }}} shows: pay, else cost, else premium, else years; null when
     * the row has none (a credential without a published premium, a career step).
     */
    public Range main() {
        if (annual != null) {
            return annual;
        }
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
        for (Object[] figure : new Object[][] {{"annual", annual}, {"hourly", hourly}, {"employment", employment},
                {"spread", spread}}) {
            if (figure[1] != null && !names.contains((String) figure[0])) {
                names.add((String) figure[0]);
            }
        }
        if (main() != null) {
            names.addAll(List.of("low", "high"));
        }
        for (String[] text : new String[][] {{"name", name}, {"signals", signals}, {"pay-note", payNote},
                {"note", note}, {"description", description}, {"awarded-by", awardedBy()}, {"code", code}}) {
            if (text[1] != null) {
                names.add(text[0]);
            }
        }
        return names;
    }
}
