package org.coderpay.bake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.coderpay.diagnostics.Problem;

/**
 * The lines of the site's jbake.properties, so that a check of a setting can point at the line and
 * column where an editor wrote it. Read once per bake.
 */
public final class JBakeProperties {
    public static final Path FILE = Path.of("jbake.properties");

    private final List<String> lines;

    private JBakeProperties(List<String> lines) {
        this.lines = lines;
    }

    public static JBakeProperties of(BakeSession session) {
        return session.component(JBakeProperties.class, s -> new JBakeProperties(read(s.root().resolve(FILE))));
    }

    public List<String> lines() {
        return lines;
    }

    /** The 1-based line that sets {@code key}, or 0 when the file does not set it (a -D option may). */
    public int lineOf(String key) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith(key) && line.substring(key.length()).stripLeading().matches("[=:].*")) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The value the file gives {@code key} (the rest of its line), or null when the file does not set it. */
    public String value(String key) {
        int line = lineOf(key);
        return line == 0 ? null : lines.get(line - 1).substring(valueColumn(line) - 1).strip();
    }

    /** The 1-based column where the value on {@code line} starts (after {@code key=}), or 0. */
    public int valueColumn(int line) {
        if (line < 1 || line > lines.size()) {
            return 0;
        }
        String text = lines.get(line - 1);
        int separator = text.indexOf('=') >= 0 ? text.indexOf('=') : text.indexOf(':');
        int column = separator + 1;
        while (column < text.length() && Character.isWhitespace(text.charAt(column))) {
            column++;
        }
        return column + 1;
    }

    /**
     * Records a problem with the value of {@code key}: at its line and column when jbake.properties sets
     * it, otherwise on the file as a whole, saying the value came from the command line.
     */
    public void problem(BakeSession session, String key, String value, String message, String hint) {
        int line = lineOf(key);
        if (line == 0) {
            session.problems().add(Problem.inFile(FILE, message + " (set with -D" + key + "=" + value
                    + " on the command line)", hint));
            return;
        }
        session.problems().add(Problem.at(FILE, line, valueColumn(line), message, hint), lines,
                Math.max(1, value.length()));
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return List.of();
        }
    }
}
