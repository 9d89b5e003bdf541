package org.coderpay.data;

import java.util.List;
import java.util.Locale;

/**
 * The kinds of dataset, each with its JSON Schema ({@code data/schemas/<kind>.schema.json}) and the
 * table columns a {@code salary-table} may show for it. Columns are listed in the order a table shows
 * them; the label column always comes first and is not listed.
 */
public enum DatasetKind {
    PAY_RANGES(List.of("pay", "hourly", "note"), List.of("pay", "hourly")),
    EXPERIENCE_BANDS(List.of("years", "level", "pay", "hourly", "description"), List.of("years", "level", "pay")),
    CREDENTIALS(List.of("name", "signals", "premium"), List.of("name", "signals", "premium")),
    CAREER_PATH(List.of("step", "description"), List.of("step")),
    EDUCATION(List.of("cost", "description"), List.of("cost")),
    FACTS(List.of("figure", "source"), List.of("figure")),
    /** Official statistics: the points of one wage distribution (10th, 25th, 50th... percentile). */
    PERCENTILES(List.of("annual", "hourly"), List.of("annual", "hourly")),
    /** Official statistics: one measure (a median wage) at successive reference periods, oldest first. */
    TIME_SERIES(List.of("code", "annual", "hourly", "employment"), List.of("annual", "hourly")),
    /** Official statistics: one row per occupation or group, each with its wage and spread. */
    WAGE_ESTIMATES(List.of("code", "employment", "annual", "hourly", "spread"), List.of("annual", "spread"));

    private final List<String> columns;
    private final List<String> defaultColumns;

    DatasetKind(List<String> columns, List<String> defaultColumns) {
        this.columns = columns;
        this.defaultColumns = defaultColumns;
    }

    /** The name used in the YAML {@code kind:} key and the schema file name: {@code pay-ranges}. */
    public String yamlName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String schemaFile() {
        return yamlName() + ".schema.json";
    }

    public List<String> columns() {
        return columns;
    }

    public List<String> defaultColumns() {
        return defaultColumns;
    }

    /** Whether the dataset's rows carry dollar ranges a chart can draw. */
    public boolean chartable() {
        return this == PAY_RANGES || this == EXPERIENCE_BANDS || this == EDUCATION;
    }

    /** Whether the rows are points of official statistics (published annual and hourly wages). */
    public boolean official() {
        return this == PERCENTILES || this == TIME_SERIES || this == WAGE_ESTIMATES;
    }

    /** Whether a chart of the rows as points (a distribution, a series) can be drawn. */
    public boolean pointChartable() {
        return this == PERCENTILES || this == TIME_SERIES;
    }

    public static List<String> yamlNames() {
        return java.util.Arrays.stream(values()).map(DatasetKind::yamlName).toList();
    }

    static DatasetKind fromYaml(String name) {
        for (DatasetKind kind : values()) {
            if (kind.yamlName().equals(name)) {
                return kind;
            }
        }
        return null;
    }
}
