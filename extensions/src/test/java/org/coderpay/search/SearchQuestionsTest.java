package org.coderpay.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.coderpay.build.RealSite;
import org.junit.jupiter.api.Test;

/**
 * Every reader question of search/questions.yaml, typed into the real search script over the real
 * site's index: each must find one of its pages among the first three results, except those marked
 * known-miss, which must still miss (so that the mark is removed once the search answers them).
 */
class SearchQuestionsTest {

    @Test
    void everyReaderQuestionFindsItsPageAmongTheFirstThree() {
        List<ReaderQuestions.Question> questions = ReaderQuestions.all();
        assertThat(questions).as("the question set").hasSizeGreaterThanOrEqualTo(30);
        assertThat(questions.stream().filter(q -> q.knownMiss() == null)).as("questions the search answers")
                .hasSizeGreaterThanOrEqualTo(30);
        List<String> misses = new ArrayList<>();
        ReaderQuestions.Scores scores;
        try (SearchRunner search = SearchRunner.over(RealSite.published())) {
            scores = ReaderQuestions.score(questions, q -> search.find(q).urls());
            for (int i = 0; i < questions.size(); i++) {
                int rank = scores.ranks().get(i);
                boolean answered = rank > 0 && rank <= 3;
                ReaderQuestions.Question q = questions.get(i);
                if (!answered && q.knownMiss() == null) {
                    misses.add("\"" + q.query() + "\" should find one of " + q.pages() + " in the first three, got "
                            + search.find(q.query()).urls().stream().limit(3).toList());
                } else if (answered && q.knownMiss() != null) {
                    misses.add("\"" + q.query() + "\" is answered now: remove its known-miss line");
                }
            }
        }
        System.out.println(scores.summary("site search"));
        assertThat(misses).as("questions whose page is not among the first three results"
                + " (src/test/resources/search/questions.yaml)").isEmpty();
    }
}
