package org.coderpay.data;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionEndEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A YAML file read the YAML 1.2 way (core schema: {@code no} and {@code on} stay text, {@code 0123} is
 * not octal) into a JSON tree for the schema validator, remembering where each value and key starts so
 * every error can point at the file's own line and column.
 *
 * <p>Positions are keyed by JSON pointer ({@code /rows/0/pay/low}); keys of a mapping are kept under
 * {@code /rows/0/pay/low#key}. Lines and columns are 1-based.
 */
public final class YamlTree {
    /**
     * Deepest nesting of lists and mappings a dataset may have (the real ones go 4 deep). The YAML
     * composer recurses once per level, so without a limit a file of {@code [[[[...} overflows the stack.
     */
    public static final int MAX_NESTING = 20;
    /**
     * Most aliases ({@code *name}) a dataset may use. Each can repeat a whole list, so a few nested ones
     * ("billion laughs") expand to more values than memory holds; the datasets need none.
     */
    public static final int MAX_ALIASES = 10;

    /** A spot in the file, 1-based, with the width of the text there (for the caret line). */
    public record Spot(int line, int column, int width) {
    }

    /** Something in the YAML itself (not in what it means) that an editor must fix. */
    public record Issue(Spot spot, String message, String hint) {
    }

    private final JsonNode root;
    private final Map<String, Spot> spots;
    private final java.util.List<Issue> issues;

    private YamlTree(JsonNode root, Map<String, Spot> spots, java.util.List<Issue> issues) {
        this.root = root;
        this.spots = spots;
        this.issues = issues;
    }

    /** The tree, or null when the file is not YAML at all (see {@link #issues()}). */
    public JsonNode root() {
        return root;
    }

    public java.util.List<Issue> issues() {
        return issues;
    }

    /** Where the value at {@code pointer} starts; falls back to the nearest enclosing value. */
    public Spot spot(String pointer) {
        String p = pointer;
        while (true) {
            Spot s = spots.get(p);
            if (s != null) {
                return s;
            }
            if (p.isEmpty()) {
                return new Spot(1, 1, 1);
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    /** Where the key naming {@code pointer} starts, or the value when there is no key. */
    public Spot keySpot(String pointer) {
        Spot s = spots.get(pointer + "#key");
        return s != null ? s : spot(pointer);
    }

    public static YamlTree parse(String text, String label) {
        LoadSettings settings = LoadSettings.builder().setLabel(label).setSchema(new CoreSchema())
                .setAllowDuplicateKeys(true).setMaxAliasesForCollections(MAX_ALIASES).build();
        java.util.List<Issue> issues = new java.util.ArrayList<>();
        Optional<Node> node;
        try {
            Optional<Issue> limit = beyondLimits(new Parse(settings).parseString(text));
            if (limit.isPresent()) {
                issues.add(limit.get());
                return new YamlTree(null, Map.of(), issues);
            }
            node = new Compose(settings).composeString(text);
        } catch (MarkedYamlEngineException e) {
            Spot spot = e.getProblemMark().map(YamlTree::spotOf).orElse(new Spot(1, 1, 1));
            String problem = e.getProblem() == null ? "malformed YAML" : e.getProblem();
            issues.add(new Issue(spot, "This is not valid YAML: " + problem + ".",
                    "Check the marked line: indent nested keys with spaces (never tabs), put a space after"
                            + " each colon, and quote text that contains \": \" or starts with a special character."));
            return new YamlTree(null, Map.of(), issues);
        } catch (YamlEngineException e) {
            issues.add(new Issue(new Spot(1, 1, 1), "This is not valid YAML: " + e.getMessage(),
                    "Compare the file with the examples in docs/editors-guide.md."));
            return new YamlTree(null, Map.of(), issues);
        }
        Map<String, Spot> spots = new HashMap<>();
        if (node.isEmpty()) {
            issues.add(new Issue(new Spot(1, 1, 1), "The file is empty.",
                    "Write the dataset (see docs/editors-guide.md), or delete the file."));
            return new YamlTree(null, spots, issues);
        }
        JsonNode root = convert(node.get(), "", spots, issues);
        return new YamlTree(root, spots, issues);
    }

    /**
     * Walks the parser's events (the parser keeps its own stack, so this cannot overflow) and reports the
     * first place that goes deeper than {@link #MAX_NESTING} or uses more than {@link #MAX_ALIASES} aliases.
     */
    private static Optional<Issue> beyondLimits(Iterable<Event> events) {
        int depth = 0;
        int aliases = 0;
        for (Event event : events) {
            Spot at = event.getStartMark().map(YamlTree::spotOf).orElse(new Spot(1, 1, 1));
            if (event instanceof CollectionStartEvent && ++depth > MAX_NESTING) {
                return Optional.of(new Issue(at, "Lists and mappings are nested more than " + MAX_NESTING
                        + " levels deep here.", "A dataset needs a few levels at most: compare it with the examples in"
                                + " docs/editors-guide.md and remove the extra brackets or indentation."));
            }
            if (event instanceof CollectionEndEvent) {
                depth--;
            }
            if (event instanceof AliasEvent && ++aliases > MAX_ALIASES) {
                return Optional.of(new Issue(at, "The file uses more than " + MAX_ALIASES + " aliases (*name).",
                        "Write the values out instead of repeating them with & and *; datasets need no aliases."));
            }
        }
        return Optional.empty();
    }

    private static JsonNode convert(Node node, String pointer, Map<String, Spot> spots, java.util.List<Issue> issues) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (pointer.chars().filter(c -> c == '/').count() > MAX_NESTING) {
            // Only an alias that contains itself (&a [*a]) gets here: the parser's nesting was checked.
            issues.add(new Issue(spots.getOrDefault(pointer.substring(0, pointer.lastIndexOf('/')), new Spot(1, 1, 1)),
                    "An alias here contains itself, so the value never ends.", "Write the values out instead of using & and *."));
            return f.nullNode();
        }
        node.getStartMark().ifPresent(m -> spots.put(pointer, widthOf(node, spotOf(m))));
        if (node instanceof MappingNode mapping) {
            ObjectNode object = f.objectNode();
            Set<String> seen = new HashSet<>();
            for (NodeTuple tuple : mapping.getValue()) {
                String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
                String child = pointer + "/" + escape(key);
                tuple.getKeyNode().getStartMark().ifPresent(m -> spots.put(child + "#key",
                        new Spot(spotOf(m).line(), spotOf(m).column(), Math.max(1, key.length()))));
                if (!seen.add(key)) {
                    issues.add(new Issue(spots.get(child + "#key"), "The key \"" + key + "\" appears twice here.",
                            "Keep one of them; YAML tools disagree about which one wins."));
                    continue;
                }
                object.set(key, convert(tuple.getValueNode(), child, spots, issues));
            }
            return object;
        }
        if (node instanceof SequenceNode sequence) {
            ArrayNode array = f.arrayNode();
            int i = 0;
            for (Node item : sequence.getValue()) {
                array.add(convert(item, pointer + "/" + i++, spots, issues));
            }
            return array;
        }
        ScalarNode scalar = (ScalarNode) node;
        String value = scalar.getValue();
        if (value.chars().anyMatch(c -> org.coderpay.diagnostics.SourceText.isForbiddenControl((char) c) && c != '\n')) {
            // A double-quoted "\0" or "\x07" escape: the file is text, but the value is not.
            issues.add(new Issue(spots.get(pointer), "This text holds an invisible control character (written as a"
                    + " \\ escape).", "Remove the escape; a page's text cannot show control characters."));
        }
        Tag tag = scalar.getTag();
        if (!scalar.isPlain()) {
            return f.textNode(value);
        }
        if (Tag.INT.equals(tag)) {
            String digits = value.startsWith("+") || value.startsWith("-") ? value.substring(1) : value;
            if (digits.length() > 1 && digits.startsWith("0") && Character.isDigit(digits.charAt(1))) {
                // YAML 1.1 tools (and JBake's own reader) would take 0123 as octal 83.
                issues.add(new Issue(spots.get(pointer), "The number " + value + " starts with a zero.",
                        "Write it without the leading zero (" + new BigInteger(value) + "); older YAML"
                                + " readers take such numbers as octal."));
            }
            try {
                return f.numberNode(new BigInteger(value.replace("+", "")));
            } catch (NumberFormatException e) {
                return f.textNode(value); // 0x1F, 0o17: let the schema say a number is expected
            }
        }
        if (Tag.FLOAT.equals(tag)) {
            try {
                return f.numberNode(new java.math.BigDecimal(value));
            } catch (NumberFormatException e) {
                return f.textNode(value); // .inf, .nan
            }
        }
        if (Tag.BOOL.equals(tag)) {
            return f.booleanNode(Boolean.parseBoolean(value.toLowerCase(java.util.Locale.ROOT)));
        }
        if (Tag.NULL.equals(tag)) {
            return f.nullNode();
        }
        return f.textNode(value);
    }

    private static Spot widthOf(Node node, Spot spot) {
        if (node instanceof ScalarNode s) {
            int width = s.getValue().lines().findFirst().orElse("").length();
            return new Spot(spot.line(), spot.column(), Math.max(1, Math.min(width, 60)));
        }
        return spot;
    }

    private static Spot spotOf(Mark mark) {
        return new Spot(mark.getLine() + 1, mark.getColumn() + 1, 1);
    }

    /** JSON pointer escaping (RFC 6901). */
    static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
