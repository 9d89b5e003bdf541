package org.coderpay.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.coderpay.diagnostics.DidYouMean;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Validates a dataset's JSON tree against the JSON Schema (2020-12) of its kind, kept in
 * {@code data/schemas/}, and turns each error into words an editor can act on: which field, what is
 * wrong with it, and what to write instead.
 */
final class SchemaCheck {
    /** One schema error, located by JSON pointer into the dataset. */
    record Finding(String pointer, boolean atKey, String message, String hint) {
    }

    /** The base IRI schema files are known by; relative $refs between them resolve against it. */
    static final String BASE_IRI = "https://schemas.coderpay.invalid/data/";

    private final Path schemaFolder;
    private final SchemaRegistry registry;
    private final Map<String, Schema> schemas = new HashMap<>();
    private final Map<String, JsonNode> schemaTrees = new HashMap<>();

    SchemaCheck(Path schemaFolder) {
        this.schemaFolder = schemaFolder.toAbsolutePath().normalize();
        // English messages whatever the JVM's locale; "format": "date" is checked, not just noted.
        SchemaRegistryConfig config = SchemaRegistryConfig.builder().locale(Locale.ENGLISH)
                .formatAssertionsEnabled(true).build();
        // Schemas are served from the folder under a fixed base IRI, never fetched from anywhere else:
        // the validator's default loaders stay unused, so a $ref cannot reach the network.
        this.registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(config).schemas(this::schemaText));
    }

    private String schemaText(String iri) {
        if (!iri.startsWith(BASE_IRI)) {
            return null;
        }
        String name = iri.substring(BASE_IRI.length());
        Path file = schemaFolder.resolve(name).normalize();
        if (!file.startsWith(schemaFolder) || !Files.isRegularFile(file)) {
            return null;
        }
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + file, e);
        }
    }

    boolean hasSchema(DatasetKind kind) {
        return Files.isRegularFile(schemaFolder.resolve(kind.schemaFile()));
    }

    Path schemaFile(DatasetKind kind) {
        return schemaFolder.resolve(kind.schemaFile());
    }

    List<Finding> check(DatasetKind kind, JsonNode tree) {
        Schema schema = schemas.computeIfAbsent(kind.schemaFile(),
                name -> registry.getSchema(SchemaLocation.of(BASE_IRI + name)));
        List<Finding> findings = new ArrayList<>();
        for (Error error : schema.validate(tree)) {
            Finding finding = explain(error, tree);
            if (finding != null && !findings.contains(finding)) {
                findings.add(finding);
            }
        }
        return findings;
    }

    private Finding explain(Error error, JsonNode tree) {
        String pointer = pointer(error.getInstanceLocation());
        String field = fieldPath(error.getInstanceLocation());
        String keyword = error.getKeyword() == null ? "" : error.getKeyword();
        JsonNode value = error.getInstanceNode();
        String shown = value == null ? "" : value.isString() ? "\"" + value.asString() + "\"" : value.toString();
        switch (keyword) {
            case "additionalProperties" -> {
                String key = error.getProperty();
                List<String> allowed = allowedKeys(error);
                String hint = DidYouMean.closest(key, allowed).map(s -> "Did you mean \"" + s + "\"? ")
                        .orElse("") + "Allowed here: " + String.join(", ", allowed) + ".";
                return new Finding(pointer + "/" + YamlTree.escape(key), true,
                        "Unknown key \"" + key + "\"" + (field.isEmpty() ? "" : " in " + field) + ".", hint);
            }
            case "required" -> {
                String key = error.getProperty();
                return new Finding(pointer, false, (field.isEmpty() ? "The dataset" : field) + " has no \"" + key
                        + "\".", "Add a line \"" + key + ": ...\"; " + describe(key) + ".");
            }
            case "type" -> {
                String expected = String.valueOf(error.getSchemaNode() == null ? "" : error.getSchemaNode().asString());
                return new Finding(pointer, false, field + " must be " + article(expected) + ", not " + shown + ".",
                        typeHint(expected, value));
            }
            case "enum", "const" -> {
                List<String> allowed = new ArrayList<>();
                JsonNode node = error.getSchemaNode();
                if (node != null && node.isArray()) {
                    node.forEach(v -> allowed.add(v.asString()));
                } else if (node != null) {
                    allowed.add(node.asString());
                }
                String typed = value == null ? "" : value.asString();
                String hint = DidYouMean.closest(typed, allowed).map(s -> "Did you mean \"" + s + "\"? ").orElse("")
                        + "Write one of: " + String.join(", ", allowed) + ".";
                return new Finding(pointer, false, field + " cannot be " + shown + ".", hint);
            }
            case "format" -> {
                return new Finding(pointer, false, field + " must be a real date, not " + shown + ".",
                        "Write the date as YYYY-MM-DD, for example 2026-11-24.");
            }
            case "pattern" -> {
                return new Finding(pointer, false, field + " " + shown + " is not a valid id.",
                        "Use lower-case letters and digits joined by single hyphens, starting with a letter"
                                + " (for example risk-adjustment).");
            }
            case "minimum", "maximum" -> {
                String limit = error.getSchemaNode() == null ? "" : error.getSchemaNode().toString();
                boolean percent = error.getSchemaLocation().toString().contains("allOf");
                return new Finding(pointer, false, field + " is " + shown + ", " + (keyword.equals("minimum")
                        ? "below the smallest allowed value, " : "above the largest allowed value, ") + limit
                        + (percent ? " (a percentage)" : "") + ".",
                        percent ? "A percentage is a number from 0 to 100; write 8 for 8%."
                                : "Check the figure against the source; write whole dollars without commas.");
            }
            case "minItems" -> {
                return new Finding(pointer, false, field + " is empty.", "List at least one entry under it.");
            }
            case "minLength" -> {
                return new Finding(pointer, false, field + " is empty.", "Write the text, or remove the key.");
            }
            case "maxLength" -> {
                return new Finding(pointer, false, field + " is too long.", "Keep it under 200 characters.");
            }
            default -> {
                String message = error.getMessage();
                return new Finding(pointer, false, (field.isEmpty() ? "" : field + ": ") + message + ".",
                        "Compare with the schema of this kind in data/schemas/ and the examples in docs/editors-guide.md.");
            }
        }
    }

    /** The keys the schema object that rejected a key allows, read from the schema itself. */
    private List<String> allowedKeys(Error error) {
        SchemaLocation location = error.getSchemaLocation();
        String iri = location.getAbsoluteIri() == null ? "" : location.getAbsoluteIri().toString();
        String file = iri.substring(iri.lastIndexOf('/') + 1);
        JsonNode tree = schemaTrees.computeIfAbsent(file, name -> {
            try {
                return JsonMapper.builder().build().readTree(Files.readString(schemaFolder.resolve(name)));
            } catch (IOException | RuntimeException e) {
                return null;
            }
        });
        if (tree == null) {
            return List.of();
        }
        NodePath fragment = location.getFragment();
        JsonNode node = tree;
        for (int i = 0; i < fragment.getNameCount() - 1; i++) {
            Object element = fragment.getElement(i);
            node = element instanceof Integer index ? node.path(index) : node.path(String.valueOf(element));
        }
        List<String> keys = new ArrayList<>(node.path("properties").propertyNames());
        return keys;
    }

    static String pointer(NodePath path) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            sb.append('/').append(YamlTree.escape(String.valueOf(path.getElement(i))));
        }
        return sb.toString();
    }

    /** rows[2].pay.low, the way editors read a path. */
    static String fieldPath(NodePath path) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            if (element instanceof Integer index) {
                sb.append('[').append(index).append(']');
            } else {
                sb.append(sb.length() == 0 ? "" : ".").append(element);
            }
        }
        return sb.toString();
    }

    private static String article(String type) {
        return switch (type) {
            case "integer" -> "a whole number";
            case "boolean" -> "true or false";
            case "object" -> "a group of keys";
            case "array" -> "a list (lines starting with \"- \")";
            case "string" -> "text";
            default -> type;
        };
    }

    private static String typeHint(String expected, JsonNode value) {
        String text = value != null && value.isString() ? value.asString() : "";
        return switch (expected) {
            case "integer" -> text.matches("[$0-9,. ]+") && !text.isBlank()
                    ? "Write the number without quotes, $ or commas: " + text.replaceAll("[^0-9]", "") + "."
                    : "Write a whole number, for example 45000.";
            case "boolean" -> text.matches("(?i)yes|no|on|off|y|n")
                    ? "Write true or false. In YAML 1.2, which this site uses, \"" + text + "\" is text."
                    : "Write true or false.";
            case "string" -> "Put the value in double quotes.";
            case "object" -> "Write the keys on the following lines, indented, or as {low: 45000, high: 60000}.";
            default -> "Compare with the examples in docs/editors-guide.md.";
        };
    }

    private static String describe(String key) {
        return switch (key) {
            case "pay", "cost", "premium" -> "for example {low: 45000, high: 60000}";
            case "years" -> "for example {low: 0, high: 2}";
            case "reviewed" -> "the day the figures were last checked, as YYYY-MM-DD";
            case "source" -> "bls or compiled";
            case "unit" -> "what the figures count";
            case "rows" -> "the list of rows, each starting with \"- id: \"";
            case "facts" -> "the list of single figures, each starting with \"- id: \"";
            default -> "see docs/editors-guide.md";
        };
    }
}
