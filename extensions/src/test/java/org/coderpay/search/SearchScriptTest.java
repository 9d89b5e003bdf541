package org.coderpay.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.coderpay.build.RealSite;
import org.coderpay.build.TestSites;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the real assets/js/search.js in Rhino: its ranking and snippets on small hand-made indexes, its
 * results list on a stand-in DOM (search/fake-dom.js) that refuses anything that parses HTML, and a
 * query on the real site's index.
 */
class SearchScriptTest {
    private Context cx;
    private Scriptable scope;

    @BeforeEach
    void load() throws IOException {
        cx = Context.enter();
        cx.setLanguageVersion(Context.VERSION_ES6);
        scope = cx.initStandardObjects();
        cx.evaluateString(scope, Files.readString(TestSites.repoRoot().resolve("assets/js/search.js"),
                StandardCharsets.UTF_8), "search.js", 1, null);
        try (InputStream dom = SearchScriptTest.class.getResourceAsStream("/search/fake-dom.js")) {
            cx.evaluateString(scope, new String(dom.readAllBytes(), StandardCharsets.UTF_8), "fake-dom.js", 1, null);
        }
    }

    @AfterEach
    void close() {
        Context.exit();
    }

    private String js(String code) {
        return Context.toString(cx.evaluateString(scope, code, "case", 1, null));
    }

    private void put(String name, Object value) {
        ScriptableObject.putProperty(scope, name, value);
    }

    private static Map<String, Object> page(String url, String title, List<String> headings, String text) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("url", url);
        page.put("title", title);
        page.put("description", "");
        page.put("headings", headings);
        page.put("text", text);
        return page;
    }

    private void index(List<Map<String, Object>> pages) {
        cx.evaluateString(scope, "var index = " + JsonMapper.builder().build().writeValueAsString(pages) + ";",
                "index.json", 1, null);
    }

    /** The addresses of the ranked pages, best first. */
    private List<String> ranked(String query) {
        put("query", query);
        String urls = js("CoderPaySearch.rank(index, query).map(function (hit) { return hit.page.url; }).join(' ')");
        return urls.isEmpty() ? List.of() : Arrays.asList(urls.split(" "));
    }

    /** The snippet of text for query, each marked part in [brackets]; "" when no word is in text. */
    private String snippet(String text, String query) {
        put("text", text);
        put("query", query);
        return js("(CoderPaySearch.snippet(text, CoderPaySearch.words(query)) || [])"
                + ".map(function (p) { return p.mark ? '[' + p.text + ']' : p.text; }).join('')");
    }

    @Test
    void queryWordsAreLowerCaseOnceEachWithoutSurroundingPunctuation() {
        assertThat(js("CoderPaySearch.words('Risk, adjustment risk. $60,000 a').join('|')"))
                .isEqualTo("risk|adjustment|$60,000");
    }

    @Test
    void theWholePhraseRanksAboveTheSameWordsApartAndEveryWordMustBeSomewhere() {
        index(List.of(
                page("/apart/", "Alpha", List.of(), "The risk of a late claim is one adjustment to plans."),
                page("/phrase/", "Beta", List.of(), "Risk adjustment coders capture every condition."),
                page("/one-word/", "Gamma", List.of(), "Only the risk is here."),
                page("/fields/", "Risk guide", List.of("Adjustment"), "")));
        // Alpha and Beta match in the same field at word starts, so only the phrase puts Beta first
        // (by title alone Alpha would come first); Gamma lacks a word; the title outweighs the text.
        assertThat(ranked("risk adjustment")).containsExactly("/fields/", "/phrase/", "/apart/");
        assertThat(ranked("RISK  Adjustment")).containsExactly("/fields/", "/phrase/", "/apart/");
        assertThat(ranked("risk of")).containsExactly("/apart/");
        assertThat(ranked("")).isEmpty();
    }

    @Test
    void aWordAtAWordStartRanksAboveTheSameLettersInsideAWord() {
        index(List.of(
                page("/inside/", "Alpha", List.of(), "Every taxpayer files a return."),
                page("/start/", "Beta", List.of(), "Coders' pay by level.")));
        assertThat(ranked("pay")).containsExactly("/start/", "/inside/");
    }

    @Test
    void everyOccurrenceOfEveryWordIsMarked() {
        String text = "Risk adjustment pays most. Coders in risk adjustment read full records, and every"
                + " adjustment changes a risk score.";
        assertThat(snippet(text, "risk adjustment")).isEqualTo("[Risk] [adjustment] pays most. Coders in [risk]"
                + " [adjustment] read full records, and every [adjustment] changes a [risk] score.");
        assertThat(snippet("The payer pays.", "pay payer")).as("overlapping words make one mark")
                .isEqualTo("The [payer] [pay]s.");
        assertThat(snippet(text, "oncology")).isEmpty();
    }

    @Test
    void theSnippetIsWhereThePhraseIsOrElseWhereMostWordsAre() {
        String filler = "Coders read records and write codes all day long. ".repeat(6);
        String phrase = "The risk is small. " + filler + "An adjustment is rare. " + filler
                + "Risk adjustment pays most of all. " + filler;
        assertThat(snippet(phrase, "risk adjustment")).startsWith("\u2026Coders")
                .contains(" [Risk] [adjustment] pays most of all. ").endsWith("\u2026").doesNotContain("small", "rare");
        String apart = "Every adjustment changes the risk score. " + filler + "Risk adjustment pays most of all. " + filler;
        assertThat(snippet(apart, "risk adjustment")).as("the phrase beats the words close together")
                .contains(" [Risk] [adjustment] pays most of all. ").doesNotContain("Every");
        String close = "The risk is small. " + filler + "Every adjustment changes the risk score. " + filler;
        assertThat(snippet(close, "risk adjustment")).as("both words close together beat the first word alone")
                .contains("Every [adjustment] changes the [risk] score. ").doesNotContain("small");
    }

    @Test
    void snippetsStartAtAWordOrSentenceAndEndAtAWordWithEllipsesWhereTextIsLeftOut() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            text.append("w").append(i).append(i % 7 == 6 ? ". " : i % 5 == 4 ? ", " : " ");
        }
        String full = text.toString().strip();
        for (int i = 100; i < 300; i += 7) {
            String shown = snippet(full, "w" + i);
            assertThat(shown).contains("[w" + i + "]");
            String plain = shown.replace("[", "").replace("]", "");
            boolean cutBefore = plain.startsWith("\u2026"), cutAfter = plain.endsWith("\u2026");
            plain = plain.substring(cutBefore ? 1 : 0, plain.length() - (cutAfter ? 1 : 0));
            int at = full.indexOf(plain);
            assertThat(at).as(shown).isGreaterThanOrEqualTo(0);
            assertThat(plain.length()).as(shown).isBetween(120, 200);
            assertThat(cutBefore).as(shown).isEqualTo(at > 0);
            assertThat(cutAfter).as(shown).isEqualTo(at + plain.length() < full.length());
            assertThat(at == 0 || full.charAt(at - 1) == ' ').as("starts at a word: " + shown).isTrue();
            int end = at + plain.length();
            assertThat(end == full.length() || full.charAt(end) == ' '
                    || ",.".indexOf(full.charAt(end)) >= 0 && full.charAt(end + 1) == ' ')
                    .as("ends at a word, less a comma or full stop: " + shown).isTrue();
            if (cutAfter) {
                assertThat(plain).as(shown).doesNotEndWith(",").doesNotEndWith(".");
            }
        }
    }

    @Test
    void hostileIndexTextAndQueriesComeBackAsText() {
        index(List.of(
                page("/hostile/", "<b onmouseover=alert(1)>Bold</b> pay", List.of(),
                        "Pay <img src=x onerror=alert(1)> and </p><script>alert(2)</script> pay."),
                page("javascript:alert(3)", "Sneaky", List.of(), "Sneaky text.")));
        js("CoderPaySearch.show(index, '<img src=x onerror=alert(1)>')");
        assertThat(js("document.getElementById('search-status').textContent"))
                .isEqualTo("1 page matches \u201c<img src=x onerror=alert(1)>\u201d.");
        assertThat(js("html(document.getElementById('search-results'))")).isEqualTo("<ol><li>"
                + "<a href=\"/hostile/\">&lt;b onmouseover=alert(1)&gt;Bold&lt;/b&gt; pay</a>"
                + "<p>Pay &lt;<mark>img</mark> <mark>src</mark>=x <mark>onerror</mark>=<mark>alert</mark>(1)&gt; and"
                + " &lt;/p&gt;&lt;script&gt;<mark>alert</mark>(2)&lt;/script&gt; pay.</p></li></ol>");
        js("CoderPaySearch.show(index, 'sneaky')");
        assertThat(js("html(document.getElementById('search-results'))")).as("a javascript: address is no link")
                .isEqualTo("<ol><li><a>Sneaky</a><p><mark>Sneaky</mark> text.</p></li></ol>");
        assertThat(js("created.join(' ')").split(" ")).containsOnly("li", "a", "p", "mark");
    }

    @Test
    void riskAdjustmentOnTheRealIndex() throws IOException {
        cx.evaluateString(scope, "var index = " + Files.readString(RealSite.published().resolve(SearchIndexWriter.OUTPUT),
                StandardCharsets.UTF_8) + ";", "search-index.json", 1, null);
        List<String> hits = ranked("risk adjustment");
        assertThat(hits.get(0)).isEqualTo("/guide/specialties/risk-adjustment/");
        assertThat(hits).contains("/guide/pay-by-specialty/");
        List<String> snippets = new ArrayList<>();
        for (int i = 0; i < hits.size(); i++) {
            snippets.add(js("(function (page) { var terms = ['risk', 'adjustment'];"
                    + " return (CoderPaySearch.snippet(page.text, terms) || CoderPaySearch.snippet(page.description, terms))"
                    + ".map(function (p) { return p.mark ? '[' + p.text + ']' : p.text; }).join(''); })"
                    + "(CoderPaySearch.rank(index, 'risk adjustment')[" + i + "].page)"));
        }
        assertThat(snippets).allSatisfy(s -> assertThat(s.toLowerCase(Locale.ROOT)).contains("[risk]", "[adjustment]")
                .doesNotContain("(highlighted)"));
        assertThat(snippets).allSatisfy(s -> assertThat(s.replace("[", "").replace("]", "")).hasSizeLessThanOrEqualTo(202));
        assertThat(snippets.get(hits.indexOf("/guide/pay-by-specialty/"))).contains("[risk] [adjustment] pays most");
    }
}
