package org.coderpay.seo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Serialises a page's schema.org graph for a {@code <script type="application/ld+json">} block.
 *
 * <p>The HTML parser ends a script element at the first {@code </script} whatever the JSON says, and
 * older parsers treat U+2028/U+2029 as line ends; so besides JSON's own escaping, {@code <}, {@code >},
 * {@code &}, U+2028 and U+2029 are written as {@code \}{@code uXXXX} escapes. They can only occur inside
 * JSON strings, where the escape means the same character: the data is unchanged, and no value (a
 * dataset label, a page title) can end the block or open markup in it.
 */
public final class JsonLd {
    private static final JsonMapper MAPPER = JsonMapper.builder(
            JsonFactory.builder().characterEscapes(new ScriptSafeEscapes()).build()).build();

    private JsonLd() {
    }

    /** {@code {"@context":"https://schema.org","@graph":[...]}}, safe to place between script tags as it is. */
    public static String script(List<? extends SchemaOrg.Node> graph) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("@context", "https://schema.org");
        document.put("@graph", graph);
        return MAPPER.writeValueAsString(document);
    }

    /** Jackson's standard JSON escapes plus those that keep the text inert inside an HTML script element. */
    static final class ScriptSafeEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] ascii;

        ScriptSafeEscapes() {
            ascii = standardAsciiEscapesForJSON();
            for (char c : new char[] {'<', '>', '&'}) {
                ascii[c] = ESCAPE_STANDARD;
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch == 0x2028 ? new SerializedString("\\u2028") : ch == 0x2029 ? new SerializedString("\\u2029") : null;
        }
    }
}
