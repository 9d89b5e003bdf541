package org.coderpay.figures;

import java.util.regex.Pattern;

/** The little HTML writing the renderers need: escaping and id checks. */
final class Html {
    private static final Pattern ID_TOKEN = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*");

    private Html() {
    }

    /**
     * Escapes text for use in element content and in double-quoted attribute values. Quotes are
     * escaped too, so one function is safe in both places.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
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

    static boolean isToken(String value) {
        return value != null && ID_TOKEN.matcher(value).matches();
    }

    static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
        return value;
    }
}
