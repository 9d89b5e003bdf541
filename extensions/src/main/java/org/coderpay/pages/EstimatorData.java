package org.coderpay.pages;

import java.util.ArrayList;
import java.util.List;

import org.coderpay.bake.BakeSession;
import org.coderpay.data.Dataset;
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

    /** The form's questions, as the estimator page's header declares them (see {@link EstimatorQuestions}). */
    public static List<Question> questions(BakeSession session) {
        List<Question> questions = new ArrayList<>();
        for (EstimatorQuestions.Declared q : EstimatorQuestions.of(session).resolved(session)) {
            List<Choice> choices = new ArrayList<>();
            for (Row row : q.dataset().rows()) {
                String label = row.years() != null ? row.label() + " (" + row.years().text() + ")"
                        : row.name() != null ? row.label() + " (" + row.name() + ")" : row.label();
                Range range = payOf(row);
                choices.add(new Choice(row.id(), label, range == null ? null : range.text()));
            }
            questions.add(new Question(q.id(), q.legend(), q.noneLabel(), choices));
        }
        return questions;
    }

    /**
     * What a row adds to the estimate: a credential's premium, else its pay (for an experience band the
     * loader has already filled in its career level's pay).
     */
    static Range payOf(Row row) {
        return row.premium() != null ? row.premium() : row.pay();
    }

    /** The estimator's data as deterministic JSON (keys in a fixed order, rows in dataset order). */
    public static String json(BakeSession session) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("roundTo", 1000);
        ObjectNode groups = root.putObject("groups");
        for (EstimatorQuestions.Declared q : EstimatorQuestions.of(session).resolved(session)) {
            ObjectNode group = groups.putObject(q.id());
            Dataset dataset = q.dataset();
            // A premium is added on top of the averaged ranges; every other choice is one of those ranges.
            boolean premium = dataset.rows().stream().anyMatch(r -> r.premium() != null);
            group.put("kind", premium ? "premium" : "range");
            if (q.noneLabel() != null && !premium) {
                // What "not chosen" means, so the result can say that no published range applied.
                group.put("legend", q.legend());
                group.put("none", q.noneLabel());
            }
            ArrayNode rows = group.putArray("choices");
            for (Row row : dataset.rows()) {
                ObjectNode o = rows.addObject();
                o.put("id", row.id());
                o.put("label", row.years() != null ? row.label() + " (" + row.years().text() + ")" : row.label());
                Range range = payOf(row);
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
