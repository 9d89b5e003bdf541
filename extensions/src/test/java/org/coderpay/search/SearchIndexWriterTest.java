package org.coderpay.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.coderpay.build.RealSite;
import org.coderpay.build.SiteBaker;
import org.coderpay.build.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SearchIndexWriterTest {
    /** A paragraph of words only (the strict build refuses figures typed by hand), about 230 characters. */
    private static final String PARAGRAPH = "Coders who can read a full record and capture every relevant"
            + " condition are scarce, and employers pay them well for it. Accuracy matters more than speed,"
            + " because a wrong code costs a claim, and audits find the coders who guess.";
    /** A page whose table comes first and whose prose would fill the budget behind it. */
    private static final String TABLE_FIRST = """
            title=Table first
            description=A fixture page with a table before its text.
            ~~~~~~
            ```salary-table
            dataset: specialties
            columns: pay, hourly
            sort: high-desc
            highlight: risk-adjustment
            caption: Annual pay by specialty
            ```

            %s

            %s

            %s

            %s

            %s

            - An item without a full stop
            - An item that asks a question?

            The last paragraph names the quokka.
            """.formatted(PARAGRAPH, PARAGRAPH, PARAGRAPH, PARAGRAPH, PARAGRAPH);
    /** A page whose prose alone is longer than the budget. */
    private static final String LONG_PROSE = "title=Long prose\ndescription=A fixture page longer than the budget.\n"
            + "~~~~~~\n" + (PARAGRAPH + "\n\n").repeat(9) + """
            ```salary-table
            dataset: specialties
            columns: pay, hourly
            caption: Annual pay by specialty
            ```
            """;

    @TempDir
    static Path dir;
    private static SiteBaker.Result fixture;

    @BeforeAll
    static void bakeFixture() throws IOException {
        Path site = TestSites.fixtureSite(dir.resolve("site"));
        TestSites.write(site, "content/guide/table-first.md", TABLE_FIRST);
        TestSites.write(site, "content/guide/long-prose.md", LONG_PROSE);
        fixture = SiteBaker.bake(site, dir.resolve("out/website"));
        assertThat(fixture.succeeded()).as(fixture.report()).isTrue();
    }

    private static List<JsonNode> index() throws IOException {
        return index(RealSite.published());
    }

    /** Every page entry of the index (search/pages/N.json), in page number order. */
    private static List<JsonNode> index(Path published) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        int pages = json.readTree(Files.readString(published.resolve(SearchIndexWriter.OUTPUT))).get("pages").asInt();
        List<JsonNode> entries = new ArrayList<>();
        for (int i = 0; i < pages; i++) {
            entries.add(json.readTree(Files.readString(published.resolve(SearchIndex.pagePath(i)))));
        }
        return entries;
    }

    private static String text(Path published, String url) throws IOException {
        for (JsonNode e : index(published)) {
            if (e.get("url").asString().equals(url)) {
                return e.get("text").asString();
            }
        }
        throw new AssertionError(url + " is not in the index of " + published);
    }

    private static Document page(Path published, String url) throws IOException {
        return Jsoup.parse(Files.readString(published.resolve(url.substring(1) + "index.html")));
    }

    /** A table row as the index writes it, from the published cells: "Label: annual pay X, hourly equivalent Y." */
    private static String rowSentence(Element row) {
        List<String> cells = row.select("td").eachText();
        return row.selectFirst("th").ownText() + ": annual pay " + cells.get(0) + ", hourly equivalent " + cells.get(1) + ".";
    }

    @Test
    void indexesEveryPublishedPageButTheNotFoundAndSearchPages() throws IOException {
        List<String> urls = new ArrayList<>();
        index().forEach(e -> urls.add(e.get("url").asString()));
        assertThat(urls).contains("/", "/guide/pay-by-state/", "/guide/states/california/", "/guide/estimate-your-pay/")
                .doesNotContain("/404.html", "/search.html").doesNotHaveDuplicates();
        Path site = RealSite.published();
        assertThat(urls).allSatisfy(u -> assertThat(site.resolve(u.substring(1) + (u.endsWith("/") ? "index.html" : "")))
                .isRegularFile());
    }

    @Test
    void entriesCarryTitlesHeadingsAndFiguresAsPlainText() throws IOException {
        JsonNode california = null;
        for (JsonNode e : index()) {
            assertThat(e.get("text").asString()).doesNotContain("<").hasSizeLessThanOrEqualTo(SearchIndexWriter.MAX_TEXT);
            if (e.get("url").asString().equals("/guide/states/california/")) {
                california = e;
            }
        }
        assertThat(california.get("title").asString()).isEqualTo("Medical coder pay in California");
        String headline = page(RealSite.published(), "/guide/states/california/").selectFirst(".key-figures__headline dd").text();
        assertThat(california.get("text").asString()).contains(headline);
        assertThat(california.get("figure").asString()).as("the headline figure, as the page's renderer described it")
                .isEqualTo(headline + " a year");
    }

    @Test
    void theIndexIsTheSameWhenWrittenTwice() throws IOException {
        var settings = new org.coderpay.bake.SiteSettings("t", "", "en", "/", "");
        var once = SearchIndexWriter.index(RealSite.published(), TestSites.repoRoot(), settings, PageSubjects.empty());
        assertThat(once).isEqualTo(SearchIndexWriter.index(RealSite.published(), TestSites.repoRoot(), settings,
                PageSubjects.empty()));
        assertThat(once).containsKey(SearchIndex.MANIFEST).containsKey(SearchIndex.chunkPath(0))
                .containsKey(SearchIndex.pagePath(0));
    }

    @Test
    void proseComesFirstAsSentencesAndTableRowsAfterAsReadableItems() throws IOException {
        String text = text(fixture.published(), "/guide/table-first/");
        Document html = page(fixture.published(), "/guide/table-first/");
        assertThat(html.selectFirst("main").text().indexOf("quokka"))
                .as("in page order the last paragraph lies beyond the budget, so this page tests the order")
                .isGreaterThan(SearchIndexWriter.MAX_TEXT);

        assertThat(text).startsWith(PARAGRAPH + " " + PARAGRAPH)
                .contains(PARAGRAPH + " An item without a full stop. An item that asks a question? The last"
                        + " paragraph names the quokka. Annual pay by specialty. ")
                .hasSizeLessThanOrEqualTo(SearchIndexWriter.MAX_TEXT)
                .doesNotContain("  ", "(highlighted)", "Source:", "How we compiled");
        List<Element> rows = html.select("main tbody tr");
        assertThat(rows).hasSizeGreaterThan(1);
        Element highlighted = html.selectFirst("tr.salary-table__row--highlight");
        assertThat(highlighted.text()).as("the published row carries hidden text").contains("(highlighted)");
        assertThat(text).contains(rowSentence(highlighted));
        // The rows come after the prose, in table order, each whole, as far as the budget goes.
        int at = text.indexOf("quokka");
        for (Element row : rows) {
            String sentence = rowSentence(row);
            if (text.indexOf(sentence) < 0) {
                assertThat(text.length() + 1 + sentence.length()).as("only a row that does not fit is left out")
                        .isGreaterThan(SearchIndexWriter.MAX_TEXT);
                break;
            }
            assertThat(text.indexOf(sentence)).isGreaterThan(at);
            at = text.indexOf(sentence);
        }
    }

    @Test
    void proseLongerThanTheBudgetIsCutAtAWordWithAnEllipsisAndTablesGiveWay() throws IOException {
        String text = text(fixture.published(), "/guide/long-prose/");
        String prose = (PARAGRAPH + " ").repeat(9).strip();
        assertThat(prose.length()).isGreaterThan(SearchIndexWriter.MAX_TEXT);
        assertThat(text).hasSizeLessThanOrEqualTo(SearchIndexWriter.MAX_TEXT)
                .hasSizeGreaterThan(SearchIndexWriter.MAX_TEXT - 30).endsWith("\u2026").doesNotContain("Annual pay");
        String kept = text.substring(0, text.length() - 1);
        assertThat(prose).startsWith(kept);
        assertThat(prose.charAt(kept.length())).as("the cut falls between words").isIn(' ', ',', '.');
        assertThat(kept).doesNotEndWith(",").doesNotEndWith(" ");
    }

    @Test
    void theBudgetKeepsWholeSentencesThenWordsOfProseButOnlyWholeRows() {
        assertThat(PageText.fit(List.of("One two three.", "Four five six seven."), List.of("Row: a, b."), 25))
                .isEqualTo("One two three. Four five\u2026");
        assertThat(PageText.fit(List.of("Short."), List.of("Row one: x.", "Row two is long: y."), 20))
                .isEqualTo("Short. Row one: x.");
        assertThat(PageText.fit(List.of("Short."), List.of("Row: x."), 1500)).isEqualTo("Short. Row: x.");
    }

    @Test
    void realPagesReadAsSentencesWithoutScreenReaderOnlyText() throws IOException {
        Path site = RealSite.published();
        for (JsonNode e : index()) {
            String text = e.get("text").asString();
            assertThat(text).as(e.get("url").asString()).doesNotContain("(highlighted)", "  ")
                    .hasSizeLessThanOrEqualTo(SearchIndexWriter.MAX_TEXT);
            for (Element hidden : page(site, e.get("url").asString()).select(".figures-visually-hidden")) {
                assertThat(text).doesNotContain(hidden.parent().text());
            }
        }
        // A record page: its key figures as "term: description", from the published definition list.
        Document california = page(site, "/guide/states/california/");
        Element dt = california.selectFirst("dl dt");
        assertThat(text(site, "/guide/states/california/"))
                .contains(dt.text() + ": " + dt.nextElementSibling().text() + ".");
        // An article: its first paragraph before the table, which reads row by row.
        String specialty = text(site, "/guide/pay-by-specialty/");
        Document html = page(site, "/guide/pay-by-specialty/");
        String caption = html.selectFirst("caption").text();
        String firstRow = rowSentence(html.selectFirst("main tbody tr"));
        assertThat(specialty).contains(caption + ". " + firstRow);
        assertThat(specialty.indexOf(html.select("article > p").get(1).text().replaceAll("\\s+", " ")))
                .isBetween(0, specialty.indexOf(caption));
        assertThat(firstRow.toLowerCase(Locale.ROOT)).startsWith("risk adjustment: annual pay $");
        // Links onward and the review date are on (nearly) every page: they would only add noise.
        for (Element related : california.select("ul.related a")) {
            assertThat(text(site, "/guide/states/california/")).doesNotContain(related.text());
        }
        assertThat(html.select("p.meta")).isNotEmpty();
        assertThat(specialty).doesNotContain(html.selectFirst("p.meta").text());
    }
}
