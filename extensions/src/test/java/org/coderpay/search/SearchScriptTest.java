package org.coderpay.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.SortedMap;

import org.coderpay.build.TestSites;
import org.junit.jupiter.api.Test;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.NativeArray;
import org.mozilla.javascript.Scriptable;

/**
 * The real search-terms.js and search.js in Rhino over small hand-made indexes made by SearchIndex: what
 * a reader's words find (stems, stop words, figures, typing, typos, partial matches, named pages first
 * with their figure), and the results list on a stand-in DOM (search/fake-dom.js) that refuses anything
 * that parses HTML.
 */
class SearchScriptTest {
    private static SearchDocument page(String url, String title, String text) {
        return new SearchDocument(url, title, "", List.of(), text, text, List.of(), null);
    }

    private static SortedMap<String, String> index(SearchDocument... docs) throws IOException {
        try (SearchTerms terms = SearchTerms.of(TestSites.repoRoot())) {
            return SearchIndex.files(List.of(docs), terms::terms);
        }
    }

    private static List<String> found(SortedMap<String, String> index, String query) {
        try (SearchRunner search = SearchRunner.over(index)) {
            return search.find(query).urls();
        }
    }

    @Test
    void stemsStopWordsAndFiguresAsReadersWriteThem() throws IOException {
        var index = index(page("/certified/", "Alpha", "Certified coders earn $50,000 a year."),
                page("/other/", "Beta", "Nothing about that here."));
        assertThat(found(index, "certifications")).containsExactly("/certified/");
        for (String figure : List.of("50k", "$50,000", "50000", "50,000", "$50k")) {
            assertThat(found(index, figure)).as(figure).containsExactly("/certified/");
        }
        assertThat(found(index, "how much do they")).as("stop words only").isEmpty();
        assertThat(found(index, "salary")).as("a word for the same thing").containsExactly("/certified/");
    }

    @Test
    void pagesWithMoreOfTheWordsRankFirstAndSomeWordsAreEnough() throws IOException {
        var index = index(page("/pay/", "Alpha", "Pay is good. Pay rises with experience, and pay is fair."),
                page("/california/", "Beta", "California coders. Their pay is good."),
                page("/none/", "Gamma", "Nothing here."));
        assertThat(found(index, "california pay")).containsExactly("/california/", "/pay/");
        assertThat(found(index, "pay texas")).as("a word no page has").containsExactly("/pay/", "/california/");
    }

    @Test
    void theWordBeingTypedMatchesLongerWordsAndLongWordsSurviveOneTypo() throws IOException {
        var index = index(page("/california/", "California", "Coders in California."),
                page("/certification/", "Certification", "Certification matters."),
                page("/calm/", "Calm", "A calm office."));
        assertThat(found(index, "calif")).containsExactly("/california/");
        assertThat(found(index, "calif ")).as("a finished word is not a prefix").isEmpty();
        assertThat(found(index, "certifcation")).containsExactly("/certification/");
        assertThat(found(index, "califronia")).as("two letters swapped").containsExactly("/california/");
        assertThat(found(index, "clam")).as("no typos in words under five letters").isEmpty();
    }

    @Test
    void aQueryNamingAPageSubjectPutsItFirstWithItsFigure() throws IOException {
        var index = index(page("/guide/", "Pay by state", "California pays most; coders in California earn well."),
                new SearchDocument("/states/california/", "Medical coder pay in California", "", List.of(),
                        "Pay here.", "Pay here.", List.of("California"), "Annual pay: $55,000–$75,000"));
        try (SearchRunner search = SearchRunner.over(index)) {
            SearchRunner.Result result = search.find("how much do coders make in california");
            assertThat(result.urls()).containsExactly("/states/california/", "/guide/");
            assertThat(result.pages().get(0).get("figure")).isEqualTo("Annual pay: $55,000–$75,000");
        }
    }

    @Test
    void javaAndTheBrowserMakeTheSameTermsFromTheSameText() throws IOException {
        String text = Files.readString(TestSites.repoRoot().resolve("content/guide/certifications.md"), StandardCharsets.UTF_8);
        Context cx = Context.enter();
        try (SearchTerms java = SearchTerms.of(TestSites.repoRoot())) {
            Scriptable scope = cx.initStandardObjects();
            cx.evaluateString(scope, Files.readString(TestSites.repoRoot().resolve(SearchTerms.SCRIPT)), "terms", 1, null);
            scope.put("text", scope, text);
            NativeArray whole = (NativeArray) cx.evaluateString(scope, "SearchTerms.terms(text)", "case", 1, null);
            assertThat(java.terms(text)).isEqualTo(List.copyOf(whole.stream().map(String::valueOf).toList()))
                    .contains("certif", "certifi", "pai");
        } finally {
            Context.exit();
        }
    }

    @Test
    void resultsAreBuiltFromTextNodesAndHostileTextStaysText() throws IOException {
        var index = index(new SearchDocument("/hostile/", "<b onmouseover=alert(1)>Bold</b> pay", "", List.of(),
                "Pay <img src=x onerror=alert(1)> and </p><script>alert(2)</script> pay.",
                "Pay <img src=x onerror=alert(1)> and </p><script>alert(2)</script> pay.", List.of(), "<i>figure</i>"),
                page("javascript:alert(3)", "Sneaky", "Sneaky text."));
        try (SearchRunner search = SearchRunner.over(index);
                InputStream dom = SearchScriptTest.class.getResourceAsStream("/search/fake-dom.js")) {
            search.js(new String(dom.readAllBytes(), StandardCharsets.UTF_8));
            search.js("CoderPaySearch.find(load, '<img src=x onerror=alert(1)>', function (r) {"
                    + " CoderPaySearch.show(r, '<img src=x onerror=alert(1)>'); })");
            assertThat(search.js("document.getElementById('search-status').textContent"))
                    .isEqualTo("1 page matches \u201c<img src=x onerror=alert(1)>\u201d.");
            assertThat(search.js("html(document.getElementById('search-results'))")).isEqualTo("<ol><li>"
                    + "<a href=\"/hostile/\">&lt;b onmouseover=alert(1)&gt;Bold&lt;/b&gt; pay</a><p>&lt;i&gt;figure&lt;/i&gt;</p>"
                    + "<p>Pay &lt;<mark>img</mark> <mark>src</mark>=x <mark>onerror</mark>=<mark>alert</mark>(<mark>1</mark>)&gt; and"
                    + " &lt;/p&gt;&lt;script&gt;<mark>alert</mark>(2)&lt;/script&gt; pay.</p></li></ol>");
            search.js("CoderPaySearch.find(load, 'sneaky', function (r) { CoderPaySearch.show(r, 'sneaky'); })");
            assertThat(search.js("html(document.getElementById('search-results'))")).as("a javascript: address is no link")
                    .isEqualTo("<ol><li><a>Sneaky</a><p><mark>Sneaky</mark> text.</p></li></ol>");
            assertThat(search.js("created.join(' ')").split(" ")).containsOnly("li", "a", "p", "mark");
        }
    }

    @Test
    void snippetsMarkEveryWordOfTheMatchedTermsAndCutAtWords() throws IOException {
        try (SearchRunner search = SearchRunner.over(index(page("/x/", "X", "x")))) {
            search.put("text", "Risk adjustment pays most. Coders in risk adjustment read full records, and every"
                    + " adjustment changes a risk score.");
            assertThat(search.js("CoderPaySearch.snippet(text, {risk: true, adjust: true})"
                    + ".map(function (p) { return p.mark ? '[' + p.text + ']' : p.text; }).join('')"))
                    .isEqualTo("[Risk] [adjustment] pays most. Coders in [risk] [adjustment] read full records, and"
                            + " every [adjustment] changes a [risk] score.");
            search.put("text", "Filler words here. ".repeat(30) + "The certified coders earn more. " + "More filler. ".repeat(30));
            String cut = search.js("CoderPaySearch.snippet(text, {certifi: true})"
                    + ".map(function (p) { return p.mark ? '[' + p.text + ']' : p.text; }).join('')");
            assertThat(cut).startsWith("\u2026").endsWith("\u2026").contains("The [certified] coders earn more.");
            assertThat(cut.length()).isLessThanOrEqualTo(202);
        }
    }
}
