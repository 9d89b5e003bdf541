package org.coderpay.pages;

import java.util.ArrayList;
import java.util.List;

import org.coderpay.data.Dataset;
import org.coderpay.data.DatasetCatalog;
import org.coderpay.data.Range;
import org.coderpay.data.Row;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The published ranges the salary estimator combines, taken from the datasets: the form's choices
 * (for templates/estimator.ftlh) and the JSON file assets/js/estimator.js reads. Both come from this
 * one class, so the form and the arithmetic can never disagree.
 */
public final class EstimatorData {
    public static final String OUTPUT = "estimator.json";

    /** One choice in a select: its value, its label and the range it contributes. */
    public record Choice(String id, String label, String range) {
    }

    /** A question of the form. {@code optional} questions have a "not applicable" first choice. */
    public record Question(String id, String legend, String noneLabel, List<Choice> choices) {
    }

    private EstimatorData() {
    }

    public static List<Question> questions(DatasetCatalog catalog) {
        List<Question> questions = new ArrayList<>();
        questions.add(question(catalog, "experience", "experience", "Years of experience", null));
        questions.add(question(catalog, "credential", "credentials", "Credential", "None yet"));
        questions.add(question(catalog, "specialty", "specialties", "Specialty", "General coding, no specialty"));
        questions.add(question(catalog, "location", "states", "State or remote work", "Another state"));
        questions.add(question(catalog, "setting", "settings", "Work setting", "Not sure yet"));
        return questions;
    }

    private static Question question(DatasetCatalog catalog, String id, String dataset, String legend, String none) {
        List<Choice> choices = new ArrayList<>();
        for (Row row : catalog.get(dataset).rows()) {
            String label = row.years() != null ? row.label() + " (" + row.years().text() + ")"
                    : row.name() != null ? row.label() + " (" + row.name() + ")" : row.label();
            Range range = payOf(catalog, row);
            choices.add(new Choice(row.id(), label, range == null ? null : range.text()));
        }
        return new Question(id, legend, none, choices);
    }

    /** What a row adds to the estimate: an experience band's level pay, a credential's premium, else its pay. */
    static Range payOf(DatasetCatalog catalog, Row row) {
        if (row.level() != null) {
            return catalog.get("levels").row(row.level()).pay();
        }
        return row.premium() != null ? row.premium() : row.pay();
    }

    /** The estimator's data as deterministic JSON (keys in a fixed order, rows in dataset order). */
    public static String json(DatasetCatalog catalog) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("roundTo", 1000);
        ObjectNode groups = root.putObject("groups");
        for (Question q : questions(catalog)) {
            ObjectNode group = groups.putObject(q.id());
            Dataset dataset = catalog.get(switch (q.id()) {
                case "experience" -> "experience";
                case "credential" -> "credentials";
                case "specialty" -> "specialties";
                case "location" -> "states";
                default -> "settings";
            });
            group.put("kind", q.id().equals("credential") ? "premium" : "range");
            if (q.noneLabel() != null && !q.id().equals("credential")) {
                // What "not chosen" means, so the result can say that no published range applied.
                group.put("legend", q.legend());
                group.put("none", q.noneLabel());
            }
            ArrayNode rows = group.putArray("choices");
            for (Row row : dataset.rows()) {
                ObjectNode o = rows.addObject();
                o.put("id", row.id());
                o.put("label", row.years() != null ? row.label() + " (" + row.years().text() + ")" : row.label());
                Range range = payOf(catalog, row);
                if (range != null) {
                    o.put("low", range.low());
                    if (range.high() != null) {
                        o.put("high", range.high());
                    }
                    o.put("open", range.open());
                    o.put("text", range.text());
                }
            }
        }
        return JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }
}
