package org.coderpay.data;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one description of a dataset's fields: for each field its name (as editors write it in
 * {@code columns:} and {@code {{ dataset.row.field }}}), its column heading, its unit, how its value is
 * written (always through {@link org.coderpay.figures.FigureFormat}, by way of {@link Range}), the number
 * it sorts by, and what a row without a value shows. Tables, charts and inline figures read fields only
 * from here, so they cannot disagree about a heading, a format or an order.
 *
 * <p>Built from a dataset ({@link #of(Dataset)}); the fields a kind offers as table columns are
 * {@link DatasetKind#columns()}, in the order a table shows them.
 */
public final class DatasetFields {
    /** How a field's value is written. */
    public enum Format {
        /** Plain words. */
        TEXT,
        /** A dollar range, {@code $55,000–$75,000}. */
        MONEY_RANGE,
        /** The hourly equivalent of an annual dollar range, {@code $26.44–$36.06}. */
        HOURLY_RANGE,
        /** A range of years, {@code 0–2 years}. */
        YEARS_RANGE,
        /** A whole number, {@code 3}. */
        NUMBER,
        /** Whatever unit the row's main figure has. */
        MAIN_FIGURE
    }

    /**
     * One field.
     *
     * @param name the name editors write ({@code pay}, {@code hourly})
     * @param heading the column heading ({@code Annual pay})
     * @param unit what the numbers count, for axis and screen-reader text ({@code US dollars a year}); null for words
     * @param format how the value is written
     * @param missing what a table cell shows when a row has no value ({@code ""} leaves it empty); an inline
     *                figure naming a missing value is an error instead
     * @param value the written value of a row, or null when the row has none
     * @param sortKey the number the row sorts by in this column (a range's low end), or null
     */
    public record Field(String name, String heading, String unit, Format format, String missing,
            Function<Row, String> value, Function<Row, Long> sortKey) {

        /** The column's CSS modifier: an official annual wage is styled like pay. */
        public String cssName() {
            return name.equals("annual") ? "pay" : name;
        }

        Field withHeading(String newHeading) {
            return new Field(name, newHeading, unit, format, missing, value, sortKey);
        }

        /** Numbers line up and never wrap; words wrap. */
        public boolean numeric() {
            return format != Format.TEXT;
        }

        /** What a table cell shows for {@code row}. */
        public String cell(Row row) {
            String text = value.apply(row);
            return text == null ? missing : text;
        }

        public Long sortKeyOf(Row row) {
            return sortKey.apply(row);
        }
    }

    private static final Map<String, Field> ROW_FIELDS = new LinkedHashMap<>();

    static {
        add(new Field("label", "Item", null, Format.TEXT, "", Row::label, r -> null));
        add(new Field("pay", "Annual pay", "US dollars a year", Format.MONEY_RANGE, "",
                r -> r.pay() == null ? null : r.pay().text(), r -> r.pay() == null ? null : r.pay().low()));
        // Official statistics publish an hourly wage of their own; elsewhere it is the annual figure / 2,080.
        add(new Field("hourly", "Hourly equivalent", "US dollars an hour", Format.HOURLY_RANGE, "",
                r -> r.hourly() != null ? r.hourly().text() : r.pay() == null ? null : r.pay().hourlyText(),
                r -> r.hourly() != null ? r.hourly().low() : r.pay() == null ? null : r.pay().low()));
        add(new Field("annual", "Annual wage", "US dollars a year", Format.MONEY_RANGE, "",
                r -> r.annual() == null ? null : r.annual().text(), r -> r.annual() == null ? null : r.annual().low()));
        add(new Field("employment", "Employment", "jobs", Format.NUMBER, "",
                r -> r.employment() == null ? null : r.employment().text(),
                r -> r.employment() == null ? null : r.employment().low()));
        add(new Field("spread", "10th to 90th percentile, annual", "US dollars a year", Format.MONEY_RANGE, "",
                r -> r.spread() == null ? null : r.spread().text(), r -> r.spread() == null ? null : r.spread().low()));
        add(new Field("code", "Code", null, Format.TEXT, "", Row::code, r -> null));
        add(new Field("awarded-by", "Awarded by", null, Format.TEXT, "", Row::awardedBy, r -> null));
        add(new Field("years", "Years of experience", "years", Format.YEARS_RANGE, "",
                r -> r.years() == null ? null : r.years().text(), r -> r.years() == null ? null : r.years().low()));
        add(new Field("cost", "Cost", "US dollars", Format.MONEY_RANGE, "",
                r -> r.cost() == null ? null : r.cost().text(), r -> r.cost() == null ? null : r.cost().low()));
        add(new Field("step", "Step", null, Format.NUMBER, "", r -> Integer.toString(r.position()),
                r -> (long) r.position()));
        add(new Field("premium", "Pay effect", "US dollars a year", Format.TEXT, "No published figure",
                r -> r.premium() != null ? r.premium().text() : r.payNote(),
                r -> r.premium() == null ? null : r.premium().low()));
        add(new Field("level", "Career level", null, Format.TEXT, "", Row::levelLabel, r -> null));
        add(new Field("name", "Full name", null, Format.TEXT, "", Row::name, r -> null));
        add(new Field("signals", "What it signals", null, Format.TEXT, "", Row::signals, r -> null));
        add(new Field("pay-note", "Pay effect", null, Format.TEXT, "", Row::payNote, r -> null));
        add(new Field("note", "Note", null, Format.TEXT, "", Row::note, r -> null));
        add(new Field("description", "About", null, Format.TEXT, "", Row::description, r -> null));
        add(new Field("low", "Low end", null, Format.MAIN_FIGURE, "",
                r -> r.main() == null ? null : r.main().lowText(), r -> r.main() == null ? null : r.main().low()));
        add(new Field("high", "High end", null, Format.MAIN_FIGURE, "",
                r -> r.main() == null ? null : r.main().highText(), r -> r.main() == null ? null : r.main().top()));
    }

    /** The columns of a facts dataset: the fact's figure and its source. */
    public static final Field FACT_FIGURE = new Field("figure", "Figure", null, Format.MAIN_FIGURE, "", r -> null,
            r -> null);
    public static final Field FACT_SOURCE = new Field("source", "Source", null, Format.TEXT, "", r -> null, r -> null);

    private static void add(Field field) {
        ROW_FIELDS.put(field.name(), field);
    }

    private final Dataset dataset;
    private final Field label;

    private DatasetFields(Dataset dataset) {
        this.dataset = dataset;
        Field generic = ROW_FIELDS.get("label");
        String heading = dataset.label() != null ? dataset.label() : dataset.kind() == DatasetKind.FACTS ? "Measure"
                : generic.heading();
        this.label = new Field("label", heading, null, Format.TEXT, "", Row::label, r -> null);
    }

    /** The field description of {@code dataset}. */
    public static DatasetFields of(Dataset dataset) {
        return new DatasetFields(dataset);
    }

    /** The label field: each row's name, headed by the dataset's {@code label:} ({@code Specialty}). */
    public Field label() {
        return label;
    }

    /** A field by the name editors write, among the table columns and the row fields of this dataset's kind. */
    public Optional<Field> field(String name) {
        if (name.equals("label")) {
            return Optional.of(label);
        }
        if (dataset.kind() == DatasetKind.FACTS) {
            return name.equals("figure") ? Optional.of(FACT_FIGURE) : name.equals("source") ? Optional.of(FACT_SOURCE)
                    : Optional.empty();
        }
        Field field = ROW_FIELDS.get(name);
        if (field != null && dataset.kind().official() && (name.equals("annual") || name.equals("hourly"))) {
            // Headers of official statistics name what they measure: "Median annual wage".
            String measure = dataset.measure() == null ? "" : dataset.measure() + " ";
            String words = measure + (name.equals("annual") ? "annual wage" : "hourly wage");
            field = field.withHeading(Character.toUpperCase(words.charAt(0))
                    + words.substring(1).toLowerCase(java.util.Locale.ROOT));
        }
        return Optional.ofNullable(field);
    }

    /**
     * The value {@code {{ dataset.row.field }}} writes for {@code row}, or empty when the row has no such
     * value (the caller reports it, naming {@link Row#fieldNames()}).
     */
    public Optional<String> inlineValue(Row row, String name) {
        Field field = ROW_FIELDS.get(name);
        if (field == null || !row.fieldNames().contains(name)) {
            return Optional.empty();
        }
        return Optional.ofNullable(field.value().apply(row));
    }

    /** The dollar field a chart draws for a row: its pay, else its cost; null when it has neither. */
    public static Field chartField(Row row) {
        return row.pay() != null ? ROW_FIELDS.get("pay") : row.cost() != null ? ROW_FIELDS.get("cost") : null;
    }
}
