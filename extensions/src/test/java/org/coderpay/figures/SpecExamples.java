package org.coderpay.figures;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads example blocks from a spec file written the way flexmark-java writes its spec tests: prose in
 * Markdown, and blocks fenced with 32 backticks followed by {@code example Section: n}, holding an
 * input, a line with a single {@code .}, and the expected output.
 */
final class SpecExamples {
    private static final String FENCE = "````````````````````````````````";
    private static final Pattern OPENING = Pattern.compile("^" + FENCE + " example (.+)$");

    /** One example: where it is, what goes in, what must come out. */
    record Example(String name, int line, String input, String expected) {
        @Override
        public String toString() {
            return name + " (line " + line + ")";
        }
    }

    private SpecExamples() {
    }

    static List<Example> read(String resource) {
        String text;
        try (InputStream in = SpecExamples.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("spec resource " + resource + " is missing");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
        List<Example> examples = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher opening = OPENING.matcher(lines[i]);
            if (!opening.matches()) {
                continue;
            }
            int start = i + 1;
            StringBuilder input = new StringBuilder();
            StringBuilder expected = new StringBuilder();
            StringBuilder current = input;
            boolean separated = false;
            for (i = start; i < lines.length && !lines[i].equals(FENCE); i++) {
                if (!separated && lines[i].equals(".")) {
                    separated = true;
                    current = expected;
                    continue;
                }
                current.append(lines[i]).append('\n');
            }
            if (i == lines.length || !separated) {
                throw new IllegalStateException(resource + ":" + start + ": example \"" + opening.group(1)
                        + "\" has no closing fence or no \".\" line between input and expected output");
            }
            examples.add(new Example(opening.group(1), start, input.toString(), expected.toString()));
        }
        if (examples.isEmpty()) {
            throw new IllegalStateException(resource + " holds no examples");
        }
        return examples;
    }

    /** Splits {@code a | b | c} into trimmed parts. */
    static List<String> parts(String value) {
        List<String> parts = new ArrayList<>();
        for (String part : value.split("\\|", -1)) {
            parts.add(part.strip());
        }
        return parts;
    }
}
