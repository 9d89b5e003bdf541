package org.coderpay.data;

import java.util.Locale;

/** What a figure counts, which decides how it is written. */
public enum Unit {
    /** US dollars: {@code $55,000–$75,000}. */
    USD,
    /** Extra US dollars on top of pay: {@code +$5,000–$10,000}. */
    USD_INCREASE,
    /** {@code 20–30%}. */
    PERCENT,
    /** {@code 6–18 months}. */
    MONTHS,
    /** {@code 0–2 years}, {@code 6+ years}. */
    YEARS,
    /** {@code 2,080 hours}. */
    HOURS,
    /** A calendar year, written without a thousands separator: {@code 2031}. */
    CALENDAR_YEAR,
    /** A count, such as jobs: {@code 194,720}. */
    COUNT,
    /** Dollars and cents an hour as published (not derived from annual pay), held in cents: {@code $24.59}. */
    USD_HOURLY,
    /** A percentage with one decimal, held in tenths: {@code 7.1%}. */
    PERCENT_DECIMAL,
    /** A value in words, as an official classification publishes it (Postsecondary nondegree award). */
    WORDS;

    /** The spelling used in the YAML files ({@code usd}, {@code calendar-year}). */
    public String yamlName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Unit fromYaml(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    public boolean isMoney() {
        return this == USD || this == USD_INCREASE || this == USD_HOURLY;
    }

    /**
     * How many decimals the YAML value may have; the model holds it times ten to that power, so every
     * figure stays a whole number (cents, tenths) and is written back exactly as published.
     */
    public int decimals() {
        return switch (this) {
            case USD_HOURLY -> 2;
            case PERCENT_DECIMAL -> 1;
            default -> 0;
        };
    }
}
