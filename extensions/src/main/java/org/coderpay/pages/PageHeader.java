package org.coderpay.pages;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;

import org.coderpay.content.FrontMatter;
import org.coderpay.diagnostics.Problem;
import org.coderpay.diagnostics.Problems;

import freemarker.core.ParseException;
import freemarker.core.PlainTextOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

/**
 * A page's header as the pages that declare generated pages or estimator questions wrote it: its
 * values, and where each one is, so that every problem with a value is reported at its own file, line
 * and column with the line shown. Values such as {@code records.title} are small FreeMarker templates
 * ({@code Medical coder pay in ${row.label}}), read as plain text (the page's layout escapes them).
 */
record PageHeader(Path file, String outputPath, List<String> lines, FrontMatter header) {
    private static final Configuration TEXT = textTemplates();

    /**
     * The header of a page of {@code type}, to keep; for a page of another type, empty, and each key
     * starting with {@code keyPrefix} reported (it would do nothing there), with {@code hint} as the fix.
     */
    static Optional<PageHeader> ofType(String type, String keyPrefix, String hint, Problems problems, Path file,
            String outputPath, List<String> lines, FrontMatter header) {
        PageHeader page = new PageHeader(file, outputPath, lines, header);
        if (type.equals(header.type())) {
            return Optional.of(page);
        }
        header.values().keySet().stream().filter(k -> k.startsWith(keyPrefix)).forEach(key -> page.problemWithKey(
                problems, key, "The key " + key + " only applies to a page of type=" + type + ".", hint));
        return Optional.empty();
    }

    Optional<String> value(String key) {
        return Optional.ofNullable(header.values().get(key)).filter(v -> !v.isBlank());
    }

    int line(String key) {
        return header.lines().getOrDefault(key, 1);
    }

    /** The 1-based column where the value of {@code key} starts on its line. */
    int column(String key) {
        String text = lines.get(line(key) - 1);
        int col = text.indexOf('=') + 1;
        while (col < text.length() && Character.isWhitespace(text.charAt(col))) {
            col++;
        }
        return col + 1;
    }

    /** Records a problem with the value of {@code key}, marking {@code width} characters from its start. */
    void problem(Problems problems, String key, String message, String hint) {
        problem(problems, key, 0, value(key).map(String::length).orElse(1), message, hint);
    }

    /** As {@link #problem(Problems, String, String, String)}, {@code offset} characters into the value. */
    void problem(Problems problems, String key, int offset, int width, String message, String hint) {
        problems.add(Problem.at(file, line(key), column(key) + offset, message, hint), lines, Math.max(1, width));
    }

    /** Records a problem with the key itself (a key that does not belong on this page). */
    void problemWithKey(Problems problems, String key, String message, String hint) {
        problems.add(Problem.at(file, line(key), 1, message, hint), lines, key.length());
    }

    /** The value of {@code key} as a template, or empty (and a problem) when it does not parse. */
    Optional<Template> template(String key, Problems problems) {
        String value = header.values().get(key);
        try {
            return Optional.of(new Template(file + ":" + key, new StringReader(value), TEXT));
        } catch (ParseException e) {
            problem(problems, key, Math.max(0, e.getColumnNumber() - 1), 1, "The " + key + " template does not read: "
                    + e.getEditorMessage(), "Write text with ${row.label}-style values; see docs/editors-guide.md,"
                            + " \"Pages made from the data\".");
            return Optional.empty();
        } catch (IOException e) {
            throw new IllegalStateException(e); // a StringReader does not fail
        }
    }

    /** The template's text for one model, or empty (and a problem naming what failed) when it cannot be made. */
    Optional<String> render(String key, Template template, Map<String, Object> model, String forWhat, Problems problems) {
        StringWriter out = new StringWriter();
        try {
            template.process(model, out);
            return Optional.of(out.toString().strip());
        } catch (TemplateException e) {
            int column = e.getColumnNumber() == null ? 1 : e.getColumnNumber();
            problem(problems, key, column - 1, 1, "The " + key + " template fails for " + forWhat + ": "
                    + firstLine(e.getMessageWithoutStackTop()),
                    "Write it so it works for every row: a value a row may not have needs a default, e.g. "
                            + "${row.note!\"\"}, or <#if row.pay??>...</#if>.");
            return Optional.empty();
        } catch (IOException e) {
            throw new IllegalStateException(e); // a StringWriter does not fail
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "template error";
        }
        return String.join(" ", s.strip().lines().takeWhile(l -> !l.startsWith("----"))
                .map(String::strip).filter(l -> !l.isEmpty()).toList());
    }

    private static Configuration textTemplates() {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setOutputFormat(PlainTextOutputFormat.INSTANCE);
        cfg.setLocale(Locale.US);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setNumberFormat("computer");
        cfg.setBooleanFormat("c");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
        return cfg;
    }
}
