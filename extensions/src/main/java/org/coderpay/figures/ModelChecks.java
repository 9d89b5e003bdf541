package org.coderpay.figures;

import java.util.regex.Pattern;

/** Checks on model values that become ids, class names or text (the templates escape all text). */
final class ModelChecks {
    private static final Pattern ID_TOKEN = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*");

    private ModelChecks() {
    }

    /**
     * Checks a value that becomes part of an id or class name: lower-case words joined by single
     * hyphens, starting with a letter. Such a value needs no escaping and is a valid CSS identifier.
     */
    static String requireToken(String value, String what) {
        if (value == null || !ID_TOKEN.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " must be lower-case letters and digits joined by"
                    + " single hyphens, starting with a letter (like \"risk-adjustment\"), but was "
                    + (value == null ? "null" : "\"" + value + "\""));
        }
        return value;
    }


    static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
        return value;
    }
}
