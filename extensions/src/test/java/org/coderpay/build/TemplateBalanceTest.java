package org.coderpay.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No template opens an element that another closes: each .ftlh file, read without its FreeMarker
 * comments, interpolations and directives, has balanced HTML tags. A layout that leaves a div open for
 * the page template to close breaks as soon as someone edits one side.
 */
class TemplateBalanceTest {
    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input",
            "link", "meta", "source", "track", "wbr");
    private static final Pattern FTL_COMMENT = Pattern.compile("<#--.*?-->", Pattern.DOTALL);
    private static final Pattern HTML_COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern INTERPOLATION = Pattern.compile("\\$\\{[^}]*}");
    private static final Pattern DIRECTIVE = Pattern.compile("</?[#@][^>]*>");
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>");

    static Stream<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TestSites.repoRoot().resolve("templates"))) {
            return files.filter(p -> p.toString().endsWith(".ftlh")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("templates")
    void tagsBalanceWithinEachTemplate(Path template) throws IOException {
        checkBalanced(template.getFileName().toString(), Files.readString(template));
    }

    @Test
    void theCheckCatchesAnElementClosedElsewhere() {
        assertThatThrownBy(() -> checkBalanced("open.ftlh", "<#macro a>\n<main>\n<div class=\"x\">\n</main>\n</#macro>\n"))
                .hasMessageContaining("open.ftlh:4").hasMessageContaining("</main>").hasMessageContaining("<div>");
        assertThatThrownBy(() -> checkBalanced("left.ftlh", "<section>\n<#if x><p>${y}</p></#if>\n"))
                .hasMessageContaining("left.ftlh:1").hasMessageContaining("<section>");
        assertThatThrownBy(() -> checkBalanced("stray.ftlh", "<p>a</p>\n</div>\n"))
                .hasMessageContaining("stray.ftlh:2");
    }

    @Test
    void theCheckAcceptsDirectivesInsideTags() {
        checkBalanced("ok.ftlh", "<#-- <div> in a comment -->\n<a href=\"${u}\"<#if c> aria-current=\"page\"</#if>>x</a>"
                + "<br><img src=\"i.png\" alt=\"\"/><!-- <p> --><svg><path d=\"M0\"/></svg>");
    }

    /** Throws an AssertionError naming file:line of the first imbalance. */
    static void checkBalanced(String name, String source) {
        String text = blankOut(FTL_COMMENT, source);
        text = blankOut(HTML_COMMENT, text);
        text = blankOut(INTERPOLATION, text);
        text = blankOut(DIRECTIVE, text);
        Deque<String[]> open = new ArrayDeque<>();
        Matcher m = TAG.matcher(text);
        while (m.find()) {
            String tag = m.group(2).toLowerCase(Locale.ROOT);
            int line = lineOf(text, m.start());
            boolean closing = !m.group(1).isEmpty();
            boolean selfClosing = m.group(3).strip().endsWith("/");
            if (VOID.contains(tag) || selfClosing) {
                continue;
            }
            if (!closing) {
                open.push(new String[] {tag, Integer.toString(line)});
            } else if (open.isEmpty()) {
                throw new AssertionError(name + ":" + line + ": </" + tag + "> closes an element this file never opened.");
            } else if (!open.peek()[0].equals(tag)) {
                String[] top = open.peek();
                throw new AssertionError(name + ":" + line + ": </" + tag + "> but <" + top[0] + "> (line " + top[1]
                        + ") is still open.");
            } else {
                open.pop();
            }
        }
        if (!open.isEmpty()) {
            String[] top = open.peek();
            throw new AssertionError(name + ":" + top[1] + ": <" + top[0] + "> is never closed in this file.");
        }
    }

    /** Replaces matches with spaces, keeping newlines so line numbers stay right. */
    private static String blankOut(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(m.group().replaceAll("[^\\n]", " ")));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
