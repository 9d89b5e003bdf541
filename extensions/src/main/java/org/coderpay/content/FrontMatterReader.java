package org.coderpay.content;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.coderpay.diagnostics.DidYouMean;
import org.coderpay.diagnostics.Problem;
import org.coderpay.diagnostics.Problems;

/**
 * Reads and checks a page header strictly. Stock JBake drops a page whose header it cannot read and
 * still reports success; here every header problem is reported with its line, and the build stops.
 */
public final class FrontMatterReader {
    public static final String SEPARATOR = "~~~~~~";
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private final Collection<String> pageTypes;

    /** @param pageTypes the page types that have a layout, e.g. article, home, notfound */
    public FrontMatterReader(Collection<String> pageTypes) {
        this.pageTypes = List.copyOf(pageTypes);
    }

    /**
     * @return the header, or empty when it has problems (all of them are added to {@code problems})
     */
    public Optional<FrontMatter> read(Path file, List<String> lines, Problems problems) {
        int before = problems.size();
        int firstText = firstNonBlank(lines);
        if (firstText >= 0 && lines.get(firstText).strip().equals("---")) {
            problems.add(Problem.at(file, firstText + 1, 1,
                    "The header is written as YAML between --- lines; this site reads key=value lines.",
                    "Write each header line as key=value (for example title=Pay by specialty) and end the header "
                            + "with a line of ~~~~~~ instead of ---."), lines, 3);
            return Optional.empty();
        }
        int separator = indexOfSeparator(lines);
        boolean startsLikeHeader = firstText >= 0 && lines.get(firstText).contains("=");
        if (separator < 0 && startsLikeHeader) {
            int nearMiss = indexOfNearMissSeparator(lines);
            if (nearMiss >= 0) {
                problems.add(Problem.at(file, nearMiss + 1, 1,
                        "The header must end with a line of exactly six tildes and nothing else.",
                        "Replace this line with ~~~~~~ (no spaces, no other characters)."),
                        lines, Math.max(1, lines.get(nearMiss).length()));
                return Optional.empty();
            }
        }
        if (separator < 0 || !startsLikeHeader) {
            problems.add(Problem.at(file, 1, 1, "The file has no header.",
                    "Start the file with key=value lines, at least title= and description=, then a line of "
                            + "~~~~~~, then the text. See docs/editors-guide.md."), lines, 1);
            return Optional.empty();
        }
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Integer> lineOf = new LinkedHashMap<>();
        for (int i = 0; i < separator; i++) {
            readLine(file, lines, i, values, lineOf, problems);
        }
        int sepLine = separator + 1;
        for (String key : HeaderKeys.REQUIRED) {
            if (values.getOrDefault(key, "").isBlank()) {
                problems.add(Problem.at(file, sepLine, 1, "The header has no " + key + ".",
                        "Add a line " + key + "=… above the ~~~~~~ line: " + HeaderKeys.ALLOWED.get(key) + "."),
                        lines, SEPARATOR.length());
            }
        }
        check(file, lines, lineOf, values, HeaderKeys.TYPE, pageTypes, problems);
        check(file, lines, lineOf, values, HeaderKeys.STATUS, HeaderKeys.STATUSES, problems);
        checkDate(file, lines, lineOf, values, problems);
        checkNav(file, lines, lineOf, values, problems);
        return problems.size() == before ? Optional.of(new FrontMatter(
                java.util.Collections.unmodifiableMap(values), java.util.Collections.unmodifiableMap(lineOf), sepLine))
                : Optional.empty();
    }

    private static void readLine(Path file, List<String> lines, int i, Map<String, String> values,
            Map<String, Integer> lineOf, Problems problems) {
        String line = lines.get(i);
        if (line.isBlank()) {
            return;
        }
        int eq = line.indexOf('=');
        if (eq < 0) {
            problems.add(Problem.at(file, i + 1, 1, "This header line has no '='.",
                    "Header lines are key=value. Put text below the ~~~~~~ line."), lines, line.length());
            return;
        }
        String key = line.substring(0, eq).strip();
        String value = line.substring(eq + 1).strip();
        int keyColumn = line.indexOf(key.isEmpty() ? "=" : key) + 1;
        if (!HeaderKeys.isAllowed(key)) {
            String hint = DidYouMean.closest(key, HeaderKeys.ALLOWED.keySet())
                    .map(k -> "Did you mean \"" + k + "\"? ")
                    .orElse("");
            problems.add(Problem.at(file, i + 1, keyColumn, "Unknown header key \"" + key + "\".",
                    hint + "Allowed keys: " + String.join(", ", HeaderKeys.ALLOWED.keySet()) + ", and "
                            + String.join(", ", HeaderKeys.FAMILIES.keySet().stream().map(p -> p + "<name>").toList()) + "."),
                    lines, Math.max(1, key.length()));
        } else if (values.containsKey(key)) {
            problems.add(Problem.at(file, i + 1, keyColumn, "The header sets \"" + key + "\" twice (first on line "
                    + lineOf.get(key) + ").", "Keep one " + key + "= line."), lines, key.length());
        } else {
            values.put(key, value);
            lineOf.put(key, i + 1);
        }
    }

    private static void check(Path file, List<String> lines, Map<String, Integer> lineOf, Map<String, String> values,
            String key, Collection<String> allowed, Problems problems) {
        String value = values.get(key);
        if (value == null || allowed.contains(value)) {
            return;
        }
        int line = lineOf.get(key);
        String hint = DidYouMean.closest(value, allowed).map(v -> "Did you mean \"" + v + "\"? ").orElse("");
        problems.add(Problem.at(file, line, valueColumn(lines.get(line - 1)),
                "Unknown " + key + " \"" + value + "\".",
                hint + "Use one of: " + String.join(", ", allowed.stream().sorted().toList()) + "."),
                lines, Math.max(1, value.length()));
    }

    private static void checkDate(Path file, List<String> lines, Map<String, Integer> lineOf,
            Map<String, String> values, Problems problems) {
        String value = values.get(HeaderKeys.DATE);
        if (value == null) {
            return;
        }
        try {
            LocalDate.parse(value, ISO_DATE);
        } catch (DateTimeParseException e) {
            int line = lineOf.get(HeaderKeys.DATE);
            problems.add(Problem.at(file, line, valueColumn(lines.get(line - 1)),
                    "\"" + value + "\" is not a valid date.",
                    "Write the date as YYYY-MM-DD with a real month and day, for example date=2026-11-24."),
                    lines, Math.max(1, value.length()));
        }
    }

    private static void checkNav(Path file, List<String> lines, Map<String, Integer> lineOf,
            Map<String, String> values, Problems problems) {
        String value = values.get(HeaderKeys.NAV);
        if (value == null || value.matches("[1-9][0-9]{0,2}")) {
            return;
        }
        int line = lineOf.get(HeaderKeys.NAV);
        problems.add(Problem.at(file, line, valueColumn(lines.get(line - 1)),
                "nav must be a whole number from 1, not \"" + value + "\".",
                "Write nav=1 for the first item of the header navigation, nav=2 for the next, and so on; "
                        + "leave nav out to keep the page out of the navigation."),
                lines, Math.max(1, value.length()));
    }

    private static int valueColumn(String line) {
        int eq = line.indexOf('=');
        int col = eq + 1;
        while (col < line.length() && Character.isWhitespace(line.charAt(col))) {
            col++;
        }
        return col + 1;
    }

    private static int firstNonBlank(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    /** JBake itself only accepts the separator written exactly, so we do too. */
    private static int indexOfSeparator(List<String> lines) {
        return lines.indexOf(SEPARATOR);
    }

    private static int indexOfNearMissSeparator(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().matches("~{3,}")) {
                return i;
            }
        }
        return -1;
    }
}
