package org.coderpay.data;

/**
 * Where figures come from, exactly as the content brief attributes them. Nothing more specific (a
 * table number, a URL, a year) is known, so nothing more is claimed.
 */
public enum Source {
    BLS("U.S. Bureau of Labor Statistics (BLS)"),
    COMPILED("Compiled by the guide from published surveys and job postings");

    private final String text;

    Source(String text) {
        this.text = text;
    }

    /** The attribution as readers see it. */
    public String text() {
        return text;
    }

    /** The spelling used in the YAML files: {@code bls} or {@code compiled}. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean isBls() {
        return this == BLS;
    }

    static Source fromYaml(String key) {
        return valueOf(key.toUpperCase(java.util.Locale.ROOT));
    }
}
