package org.coderpay.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.coderpay.diagnostics.DidYouMean;
import org.coderpay.diagnostics.Problem;
import org.coderpay.diagnostics.Problems;
import org.coderpay.diagnostics.SourceText;

import tools.jackson.databind.JsonNode;

/**
 * Reads every dataset of {@code data/}, checks it against the JSON Schema of its kind and against the
 * rules a schema cannot express, and builds the typed model. Every problem of every file is reported
 * (never just the first), each at its file, line and column with the offending lines shown.
 *
 * <p>Rules beyond the schema: a range's low end is not above its high end; a dollar range has a high
 * end or {@code open: true}; a fact has either {@code value} or {@code low}; ids are unique within a
 * dataset (rows and facts share one namespace, since {@code {{ dataset.id }}} names either); a review
 * date is not in the future; an experience band names an existing career level.
 */
public final class DatasetLoader {
    private static final String FILE_NAME = "[a-z][a-z0-9]*(-[a-z0-9]+)*\\.yaml";

    private final Path root;
    private final Problems problems;
    private final LocalDate today;

    /**
     * @param root     the site root, for file names in messages
     * @param problems where problems go
     * @param today    the day review dates must not be after (UTC today in a bake; fixed in tests)
     */
    public DatasetLoader(Path root, Problems problems, LocalDate today) {
        this.root = root.toAbsolutePath().normalize();
        this.problems = problems;
        this.today = today;
    }

    /** Loads {@code dataFolder/*.yaml} with the schemas in {@code dataFolder/schemas}. */
    public DatasetCatalog load(Path dataFolder) {
        return load(dataFolder, dataFolder.resolve("schemas"));
    }

    public DatasetCatalog load(Path dataFolder, Path schemaFolder) {
        SchemaCheck schemas = new SchemaCheck(schemaFolder);
        Map<String, Dataset> datasets = new LinkedHashMap<>();
        Set<String> broken = new TreeSet<>();
        Map<String, List<String>> lines = new LinkedHashMap<>();
        Map<String, YamlTree> trees = new LinkedHashMap<>();
        for (Path file : yamlFiles(dataFolder)) {
            String id = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
            Path shown = Problems.relative(root, file);
            int before = problems.size();
            Optional<List<String>> text = SourceText.readLines(file, shown, problems);
            if (text.isEmpty()) {
                broken.add(id);
                continue;
            }
            FileCheck check = new FileCheck(shown, text.get(), schemas, id);
            Dataset dataset = check.run();
            String name = file.getFileName().toString();
            if (name.endsWith(".yaml") && !name.matches(FILE_NAME)) {
                problems.add(Problem.inFile(shown, "The file name \"" + file.getFileName()
                        + "\" cannot be a dataset name.", "Rename it to lower-case words joined by hyphens,"
                                + " ending in .yaml (for example related-careers.yaml); pages use that name."));
            }
            if (dataset == null || problems.size() > before) {
                broken.add(id);
            } else {
                datasets.put(id, dataset);
                lines.put(id, text.get());
                trees.put(id, check.tree);
            }
        }
        Map<String, Dataset> linked = linkExperience(datasets, trees, lines, broken);
        return new DatasetCatalog(linked, broken);
    }

    /**
     * Fills in each experience band's pay from the career level it names, in the dataset its
     * {@code levels-from:} key names, or reports a bad name. Stays quiet when that dataset itself has
     * errors: those are already reported.
     */
    private Map<String, Dataset> linkExperience(Map<String, Dataset> datasets, Map<String, YamlTree> trees,
            Map<String, List<String>> lines, Set<String> broken) {
        Map<String, Dataset> result = new LinkedHashMap<>();
        for (Dataset d : datasets.values()) {
            if (d.kind() != DatasetKind.EXPERIENCE_BANDS) {
                result.put(d.id(), d);
                continue;
            }
            YamlTree tree = trees.get(d.id());
            String levelsId = tree.root().get(LEVELS_FROM).asString();
            Dataset levels = datasets.get(levelsId);
            if (levels == null && broken.contains(levelsId)) {
                broken.add(d.id());
                continue;
            }
            if (levels == null || levels.kind() != DatasetKind.PAY_RANGES) {
                YamlTree.Spot spot = tree.spot("/" + LEVELS_FROM);
                List<String> candidates = datasets.values().stream().filter(x -> x.kind() == DatasetKind.PAY_RANGES)
                        .map(Dataset::id).sorted().toList();
                problems.add(Problem.at(d.file(), spot.line(), spot.column(),
                        levels == null ? "\"" + LEVELS_FROM + ": " + levelsId + "\" names no dataset: there is no data/"
                                + levelsId + ".yaml."
                                : "\"" + LEVELS_FROM + ": " + levelsId + "\" names a dataset of kind "
                                        + levels.kind().yamlName() + "; the career levels must be pay ranges.",
                        DidYouMean.closest(levelsId, candidates).map(x -> "Did you mean \"" + x + "\"? ").orElse("")
                                + (candidates.isEmpty() ? "Add a pay-ranges dataset of career levels."
                                        : "Name one of: " + String.join(", ", candidates) + ".")),
                        lines.get(d.id()), spot.width());
                broken.add(d.id());
                continue;
            }
            List<Row> rows = new ArrayList<>();
            List<String> known = levels.rows().stream().map(Row::id).toList();
            for (Row r : d.rows()) {
                Optional<Row> level = levels.findRow(r.level());
                if (level.isEmpty()) {
                    YamlTree.Spot spot = tree.spot("/rows/" + (r.position() - 1) + "/level");
                    problems.add(Problem.at(d.file(), spot.line(), spot.column(),
                            "Row \"" + r.id() + "\" names the career level \"" + r.level() + "\", which "
                                    + levels.file() + " does not have.",
                            DidYouMean.closest(r.level(), known).map(x -> "Did you mean \"" + x + "\"? ").orElse("")
                                    + "Use one of: " + String.join(", ", known) + "."),
                            lines.get(d.id()), spot.width());
                    continue;
                }
                rows.add(r.withPay(level.get().pay(), level.get().label()));
            }
            if (rows.size() != d.rows().size()) {
                broken.add(d.id());
                continue;
            }
            result.put(d.id(), new Dataset(d.id(), d.kind(), d.title(), d.label(), d.unit(), d.period(), d.source(),
                    d.reviewed(), d.description(), rows, d.facts(), d.file(), d.programme(), d.measure()));
        }
        return result;
    }

    private static List<Path> yamlFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().matches("(?i).*\\.ya?ml"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list " + folder, e);
        }
    }

    /** The checks of one file, sharing its name, lines and tree. */
    /** The key of an experience-bands dataset that names the dataset of career levels its bands take pay from. */
    private static final String LEVELS_FROM = "levels-from";

    private final class FileCheck {
        private final Path shown;
        private final List<String> lines;
        private final SchemaCheck schemas;
        private final String id;
        private YamlTree tree;

        FileCheck(Path shown, List<String> lines, SchemaCheck schemas, String id) {
            this.shown = shown;
            this.lines = lines;
            this.schemas = schemas;
            this.id = id;
        }

        private void report(YamlTree.Spot spot, String message, String hint) {
            problems.add(Problem.at(shown, spot.line(), spot.column(), message, hint), lines, spot.width());
        }

        Dataset run() {
            if (shown.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".yml")) {
                problems.add(Problem.inFile(shown, "Datasets end in .yaml, not .yml.",
                        "Rename the file to " + id + ".yaml."));
                return null;
            }
            tree = YamlTree.parse(String.join("\n", lines), shown.toString());
            tree.issues().forEach(i -> report(i.spot(), i.message(), i.hint()));
            JsonNode root = tree.root();
            if (root == null) {
                return null;
            }
            if (!root.isObject()) {
                report(tree.spot(""), "A dataset must be a group of keys (kind:, title:, rows: ...), not a "
                        + (root.isArray() ? "list." : "single value."), "Start from an example in docs/editors-guide.md.");
                return null;
            }
            JsonNode kindNode = root.get("kind");
            DatasetKind kind = kindNode != null && kindNode.isString() ? DatasetKind.fromYaml(kindNode.asString()) : null;
            if (kind == null) {
                String typed = kindNode == null ? null : kindNode.asString();
                report(kindNode == null ? tree.spot("") : tree.spot("/kind"),
                        kindNode == null ? "The dataset has no \"kind\"." : "Unknown kind \"" + typed + "\".",
                        (typed == null ? "" : DidYouMean.closest(typed, DatasetKind.yamlNames())
                                .map(s -> "Did you mean \"" + s + "\"? ").orElse(""))
                                + "Write \"kind: \" and one of: " + String.join(", ", DatasetKind.yamlNames()) + ".");
                return null;
            }
            if (!schemas.hasSchema(kind)) {
                problems.add(Problem.inFile(shown, "The schema for kind \"" + kind.yamlName() + "\" is missing: "
                        + schemas.schemaFile(kind) + ".", "Restore data/schemas/ from version control."));
                return null;
            }
            int before = problems.size();
            for (SchemaCheck.Finding f : schemas.check(kind, root)) {
                report(f.atKey() ? tree.keySpot(f.pointer()) : tree.spot(f.pointer()), f.message(), f.hint());
            }
            checkRules(root);
            if (problems.size() != before || !tree.issues().isEmpty()) {
                return null;
            }
            return build(kind, root);
        }

        /** The rules beyond the schema; written to cope with values the schema already rejected. */
        private void checkRules(JsonNode root) {
            JsonNode reviewed = root.get("reviewed");
            if (reviewed != null && reviewed.isString()) {
                try {
                    LocalDate date = LocalDate.parse(reviewed.asString());
                    if (date.isAfter(today)) {
                        report(tree.spot("/reviewed"), "The review date " + date + " is in the future.",
                                "Write the day the figures were actually checked (today is " + today + " in UTC).");
                    }
                } catch (DateTimeParseException e) {
                    // The schema's "format": "date" reports it.
                }
            }
            Map<String, String> ids = new LinkedHashMap<>();
            for (String list : List.of("rows", "facts")) {
                JsonNode items = root.get(list);
                if (items == null || !items.isArray()) {
                    continue;
                }
                for (int i = 0; i < items.size(); i++) {
                    JsonNode item = items.get(i);
                    String at = "/" + list + "/" + i;
                    JsonNode itemId = item.get("id");
                    if (itemId != null && itemId.isString()) {
                        String first = ids.putIfAbsent(itemId.asString(), at);
                        if (first != null) {
                            report(tree.spot(at + "/id"), "The id \"" + itemId.asString() + "\" is used twice in this"
                                    + " dataset (first at line " + tree.spot(first + "/id").line() + ").",
                                    "Give each row and fact its own id; pages name them in {{ " + id + ".<id> }}.");
                        }
                    }
                    if (list.equals("facts")) {
                        checkFact(item, at);
                    } else {
                        for (String field : List.of("pay", "cost", "premium", "years", "spread")) {
                            checkRange(item.get(field), at + "/" + field, !field.equals("years"));
                        }
                    }
                }
            }
        }

        private void checkFact(JsonNode fact, String at) {
            if (!fact.isObject()) {
                return;
            }
            boolean value = fact.has("value");
            boolean low = fact.has("low");
            boolean words = "words".equals(fact.path("unit").asString(""));
            if (words || fact.has("text")) {
                if (!words || value || low || fact.has("high")) {
                    report(tree.keySpot(at + (fact.has("text") ? "/text" : "/unit")),
                            "A fact in words has \"unit: words\" and \"text\", and no figure.",
                            "Write unit: words and text: ... for a value in words, or value: for a figure.");
                }
                return;
            }
            if (value && (low || fact.has("high") || fact.has("open"))) {
                report(tree.keySpot(at + "/value"), "A fact has either \"value\" or \"low\"/\"high\", not both.",
                        "Keep value: for a single figure, or low: and high: (or open: true) for a range.");
            } else if (!value && !low) {
                report(tree.spot(at), "The fact has no figure.",
                        "Add value: 48000 for a single figure, or low: and high: for a range.");
            } else if (low) {
                checkRange(fact, at, false);
            }
        }

        private void checkRange(JsonNode range, String at, boolean needsTop) {
            if (range == null || !range.isObject()) {
                return;
            }
            JsonNode low = range.get("low");
            JsonNode high = range.get("high");
            if (low != null && high != null && low.isIntegralNumber() && high.isIntegralNumber()
                    && high.asLong() < low.asLong()) {
                report(tree.spot(at + "/high"), "The high end " + high.asLong() + " is below the low end "
                        + low.asLong() + ".", "Swap them, or check both against the source.");
            }
            JsonNode open = range.get("open");
            boolean isOpen = open != null && open.isBoolean() && open.asBoolean();
            if (needsTop && high == null && !isOpen && low != null) {
                report(tree.spot(at), "The range has a low end but no high end.",
                        "Add high: ..., or open: true when the range has no top (\"$80,000+\").");
            }
        }

        private Dataset build(DatasetKind kind, JsonNode root) {
            Source source = Source.fromYaml(root.get("source").asString());
            List<Row> rows = new ArrayList<>();
            JsonNode rowNodes = root.path("rows");
            for (int i = 0; i < rowNodes.size(); i++) {
                JsonNode r = rowNodes.get(i);
                Unit money = Unit.USD;
                String at = "/rows/" + i;
                Integer percentile = r.has("percentile") ? r.get("percentile").asInt() : null;
                rows.add(new Row(r.get("id").asString(), r.get("label").asString(), text(r, "kind"),
                        range(r.get("pay"), money), range(r.get("years"), Unit.YEARS), text(r, "level"), null,
                        range(r.get("cost"), money), range(r.get("premium"), Unit.USD_INCREASE), text(r, "name"),
                        text(r, "signals"), text(r, "pay-note"), text(r, "note"), text(r, "description"), i + 1,
                        tree.spot(at).line(), texts(r), text(r, "code"),
                        single(r, "annual", Unit.USD, at), single(r, "hourly", Unit.USD_HOURLY, at), percentile,
                        single(r, "employment", Unit.COUNT, at), range(r.get("spread"), money)));
            }
            List<Fact> facts = new ArrayList<>();
            JsonNode factNodes = root.path("facts");
            for (int i = 0; i < factNodes.size(); i++) {
                JsonNode f = factNodes.get(i);
                Unit unit = Unit.fromYaml(f.get("unit").asString());
                String at = "/facts/" + i;
                Source factSource = f.has("source") ? Source.fromYaml(f.get("source").asString()) : source;
                if (unit == Unit.WORDS) {
                    facts.add(new Fact(f.get("id").asString(), f.get("label").asString(), null, factSource,
                            tree.spot(at).line(), f.get("text").asString()));
                    continue;
                }
                long low = scaled(f.has("value") ? f.get("value") : f.get("low"), unit,
                        at + (f.has("value") ? "/value" : "/low"));
                Long high = f.has("high") ? scaled(f.get("high"), unit, at + "/high") : null;
                Range figure = new Range(unit, low, high, f.path("open").asBoolean(false),
                        f.path("approximate").asBoolean(false));
                facts.add(new Fact(f.get("id").asString(), f.get("label").asString(), figure, factSource,
                        tree.spot(at).line()));
            }
            return new Dataset(id, kind, root.get("title").asString(), text(root, "label"),
                    root.get("unit").asString(), root.get("period").asString(), source,
                    LocalDate.parse(root.get("reviewed").asString()), text(root, "description"), rows, facts, shown,
                    text(root, "programme"), text(root, "measure"));
        }

        /** A single published figure of a row ({@code annual: 51140}, {@code hourly: 24.59}), or null. */
        private Range single(JsonNode row, String key, Unit unit, String at) {
            JsonNode node = row.get(key);
            return node == null ? null : new Range(unit, scaled(node, unit, at + "/" + key), null, false, false);
        }

        /**
         * The number in the unit's smallest step (cents for an hourly wage, tenths for 7.1%). A value with
         * more decimals than the unit has would be rounded silently, so it is reported instead.
         */
        private long scaled(JsonNode node, Unit unit, String at) {
            java.math.BigDecimal value = node.decimalValue().movePointRight(unit.decimals());
            try {
                return value.setScale(0, java.math.RoundingMode.UNNECESSARY).longValueExact();
            } catch (ArithmeticException e) {
                report(tree.spot(at), "The figure " + node.asString() + " has more decimals than a "
                        + unit.yamlName() + " figure can show (" + unit.decimals() + ").",
                        "Copy the figure exactly as the source publishes it: " + (unit.decimals() == 0
                                ? "a whole number." : unit.decimals() + " decimal(s), for example "
                                        + (unit.decimals() == 2 ? "24.59." : "7.1.")));
                return 0;
            }
        }

        /**
         * The row's text fields as written, by key: a string, or a list of strings (paragraphs). So a
         * text field the schema allows (about, awarded-by...) reaches templates with no Java change.
         */
        private static Map<String, Object> texts(JsonNode row) {
            Map<String, Object> texts = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> field : row.properties()) {
                JsonNode v = field.getValue();
                if (v.isString()) {
                    texts.put(field.getKey(), v.asString());
                } else if (v.isArray() && !v.isEmpty()) {
                    List<String> items = new ArrayList<>();
                    v.forEach(item -> items.add(item.asString()));
                    if (v.valueStream().allMatch(JsonNode::isString)) {
                        texts.put(field.getKey(), List.copyOf(items));
                    }
                }
            }
            return texts;
        }

        private static String text(JsonNode node, String key) {
            JsonNode v = node.get(key);
            return v == null || v.isNull() ? null : v.asString();
        }

        private static Range range(JsonNode node, Unit unit) {
            if (node == null || !node.isObject()) {
                return null;
            }
            Long high = node.has("high") ? node.get("high").asLong() : null;
            return new Range(unit, node.get("low").asLong(), high, node.path("open").asBoolean(false), false);
        }
    }
}
