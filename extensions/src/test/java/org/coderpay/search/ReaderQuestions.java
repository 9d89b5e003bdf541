package org.coderpay.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** The reader questions of search/questions.yaml, and the measures of how well a search answers them. */
final class ReaderQuestions {
    /** A question, the pages that answer it, and why the search misses it so far (null if it does not). */
    record Question(String query, List<String> pages, String knownMiss) {
    }

    /** Where a search put the first page that answers each question (1 = first, 0 = not in the list). */
    record Scores(List<Question> questions, List<Integer> ranks) {
        /** The share of questions answered among the first three results. */
        double recallAt3() {
            return ranks.stream().filter(r -> r > 0 && r <= 3).count() / (double) ranks.size();
        }

        /** Mean reciprocal rank: 1 when every first result answers, 0 when no result does. */
        double mrr() {
            return ranks.stream().mapToDouble(r -> r > 0 ? 1.0 / r : 0).average().orElse(0);
        }

        String summary(String engine) {
            return String.format(Locale.ROOT, "%s: recall@3 %.3f, MRR %.3f over %d questions", engine, recallAt3(),
                    mrr(), ranks.size());
        }
    }

    private ReaderQuestions() {
    }

    @SuppressWarnings("unchecked")
    static List<Question> all() {
        try (InputStream in = ReaderQuestions.class.getResourceAsStream("/search/questions.yaml")) {
            List<Map<String, Object>> raw = (List<Map<String, Object>>) new Load(LoadSettings.builder().build())
                    .loadFromInputStream(in);
            List<Question> out = new ArrayList<>();
            raw.forEach(m -> out.add(new Question(String.valueOf(m.get("q")), (List<String>) m.get("pages"),
                    (String) m.get("known-miss"))));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Scores a search, given as a function from a query to the addresses it ranks, best first. */
    static Scores score(List<Question> questions, Function<String, List<String>> search) {
        List<Integer> ranks = new ArrayList<>();
        for (Question q : questions) {
            List<String> got = search.apply(q.query());
            int rank = 0;
            for (int i = 0; i < got.size() && rank == 0; i++) {
                rank = q.pages().contains(got.get(i)) ? i + 1 : 0;
            }
            ranks.add(rank);
        }
        return new Scores(questions, ranks);
    }
}
