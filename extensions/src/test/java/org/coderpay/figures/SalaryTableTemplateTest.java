package org.coderpay.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.coderpay.figures.SalaryTable.Column;
import org.coderpay.figures.SalaryTable.Footnote;
import org.coderpay.figures.SalaryTable.Row;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Structural checks on rendered tables, read back with an HTML5 parser. */
class SalaryTableTemplateTest {
    private static final Footnote FOOTNOTE = new Footnote(
            "Compiled by the guide from published surveys and job postings", LocalDate.of(2026, 11, 1), "/methodology/");

    /** The specialties dataset of the content brief, with pay and hourly columns. */
    static SalaryTable specialties(String highlight) {
        long[][] ranges = {{55000, 75000}, {52000, 70000}, {50000, 68000}, {53000, 72000}, {54000, 75000}, {60000, 85000}};
        String[] ids = {"anesthesia", "emergency-medicine", "cardiology", "oncology", "surgical", "risk-adjustment"};
        String[] labels = {"Anesthesia", "Emergency medicine", "Cardiology", "Oncology", "Surgical", "Risk adjustment"};
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            long low = ranges[i][0];
            long high = ranges[i][1];
            rows.add(new Row(ids[i], labels[i],
                    List.of(FigureFormat.moneyRange(low, high, false), FigureFormat.hourlyRange(low, high, false)),
                    List.of(low, low), ids[i].equals(highlight)));
        }
        return new SalaryTable("Pay by specialty",
                List.of(Column.label("Specialty"), Column.numeric("Annual pay", "pay"), Column.numeric("Hourly", "hourly")),
                rows, FOOTNOTE);
    }

    @Test
    void theScrollRegionIsFocusableAndNamedByTheCaption() {
        Document page = Jsoup.parseBodyFragment(TestFigures.table(specialties(null), "fig-specialties"));

        Element region = page.selectFirst("[role=region]");
        assertThat(region).isNotNull();
        assertThat(region.attr("tabindex")).isEqualTo("0");
        Element caption = page.getElementById(region.attr("aria-labelledby"));
        assertThat(caption).isNotNull();
        assertThat(caption.tagName()).isEqualTo("caption");
        assertThat(caption.text()).isEqualTo("Pay by specialty");
        assertThat(region.select("table")).hasSize(1);
    }

    @Test
    void headCellsAreColumnHeadersAndEachRowStartsWithARowHeader() {
        Document page = Jsoup.parseBodyFragment(TestFigures.table(specialties(null), "fig-specialties"));

        assertThat(page.select("thead th")).hasSize(3).allSatisfy(th -> assertThat(th.attr("scope")).isEqualTo("col"));
        assertThat(page.select("tbody tr")).hasSize(6).allSatisfy(tr -> {
            Element first = tr.child(0);
            assertThat(first.tagName()).isEqualTo("th");
            assertThat(first.attr("scope")).isEqualTo("row");
            assertThat(tr.select("td")).hasSize(2);
        });
        assertThat(page.select("tbody th").eachText()).containsExactly(
                "Anesthesia", "Emergency medicine", "Cardiology", "Oncology", "Surgical", "Risk adjustment");
    }

    @Test
    void numericColumnsAreMarkedForRightAlignmentInHeadAndBody() {
        Document page = Jsoup.parseBodyFragment(TestFigures.table(specialties(null), "fig-specialties"));

        assertThat(page.select("td")).hasSize(12).allSatisfy(td -> assertThat(td.hasClass("salary-table__num")).isTrue());
        assertThat(page.select("thead th.salary-table__num").eachText()).containsExactly("Annual pay", "Hourly");
        assertThat(page.select("td.salary-table__col--hourly").first().text()).isEqualTo("$26.44–$36.06");
        assertThat(page.select("td.salary-table__col--pay").first().attr("data-sort")).isEqualTo("55000");
    }

    @Test
    void theHighlightedRowIsMarkedForEyesAndForScreenReaders() {
        Document page = Jsoup.parseBodyFragment(TestFigures.table(specialties("risk-adjustment"), "fig-s"));

        assertThat(page.select("tr.salary-table__row--highlight")).hasSize(1);
        Element row = page.getElementById("fig-s-risk-adjustment");
        assertThat(row.hasClass("salary-table__row--highlight")).isTrue();
        // Read in the row header, so a screen reader says it with every cell of the row.
        assertThat(row.selectFirst("th").text()).isEqualTo("Risk adjustment (highlighted)");
        assertThat(row.select("th .figures-visually-hidden").text()).isEqualTo("(highlighted)");
        assertThat(page.select("mark")).isEmpty();
    }

    @Test
    void theSourceLineNamesTheSourceTheReviewDateAndLinksToTheMethodology() {
        Document page = Jsoup.parseBodyFragment(TestFigures.table(specialties(null), "fig-specialties"));

        Element source = page.selectFirst(".salary-table__source");
        assertThat(source.text()).isEqualTo("Source: Compiled by the guide from published surveys and job postings."
                + " Last reviewed November 1, 2026. About these figures");
        assertThat(source.selectFirst("time").attr("datetime")).isEqualTo("2026-11-01");
        assertThat(source.selectFirst("a").attr("href")).isEqualTo("/methodology/");
        assertThat(source.parent().selectFirst("[role=region]")).as("outside the scroll region").isNotNull();
        assertThat(page.selectFirst("[role=region] .salary-table__source")).isNull();
    }

    @Test
    void hostileTextStaysText() {
        String attack = "\"><script>alert(1)</script><img src=x onerror=alert(2)>";
        SalaryTable table = new SalaryTable(attack,
                List.of(Column.label(attack), Column.numeric(attack, null)),
                List.of(new Row("evil", attack, List.of(attack), true)),
                new Footnote(attack, LocalDate.of(2026, 1, 1), "/m/?q=\"><script>"), attack);

        Document page = Jsoup.parseBodyFragment(TestFigures.table(table, "fig-evil"));

        assertThat(page.select("script, img")).isEmpty();
        assertThat(page.select("[onerror]")).isEmpty();
        assertThat(page.selectFirst("caption").text()).isEqualTo(attack);
        assertThat(page.selectFirst("td").text()).isEqualTo(attack);
        assertThat(page.selectFirst(".salary-table__source a").attr("href")).isEqualTo("/m/?q=\"><script>");
        // Long enough to fold on a phone: the heading is repeated in every cell's data-label, escaped.
        assertThat(page.selectFirst(".salary-table--stack")).isNotNull();
        assertThat(page.selectFirst("td").attr("data-label")).isEqualTo(attack);
        assertThat(page.selectFirst("td").attributes().asList()).as("class and data-label, nothing smuggled in").hasSize(2);
    }

    @Test
    void aTableTooWideForAPhoneFoldsAndLabelsEveryFigureWithValidMarkup() {
        Document page = Jsoup.parseBodyFragment(TestFigures.table(specialties(null), "fig-s"));

        assertThat(page.selectFirst("div.salary-table").hasClass("salary-table--stack")).isTrue();
        // HTML forbids ARIA table roles on table elements (the Nu checker rejects them): the script adds them.
        assertThat(page.select("table, thead, tbody, tr, th, td")).allSatisfy(e -> assertThat(e.hasAttr("role")).isFalse());
        // Every figure is labelled with its own column's heading, so a block reads "Annual pay $55,000–$75,000".
        List<String> headings = page.select("thead th").eachText();
        for (var row : page.select("tbody tr")) {
            var cells = row.select("td");
            for (int i = 0; i < cells.size(); i++) {
                assertThat(cells.get(i).attr("data-label")).isEqualTo(headings.get(i + 1));
            }
        }
    }

    @Test
    void aTableThatFitsAPhoneStaysAPlainTable() {
        SalaryTable narrow = new SalaryTable("Pay by level", List.of(Column.label("Level"),
                Column.numeric("Annual pay", "pay")),
                List.of(new Row("entry", "Entry level", List.of("$35,000–$45,000"), false)),
                new Footnote("Survey", LocalDate.of(2026, 1, 1), "/m/"));

        Document page = Jsoup.parseBodyFragment(TestFigures.table(narrow, "fig-l"));

        assertThat(page.selectFirst("div.salary-table").hasClass("salary-table--stack")).isFalse();
        assertThat(page.select("[role=table], [role=cell], [data-label]")).isEmpty();
    }

    @Test
    void whetherATableFoldsIsDecidedByItsLongestFiguresAndWords() {
        // 0.55 x 16 px a character: "Level" 44 + 16 + "$35,000–$45,000" 132 = 192 px fits in 288;
        // a second figure column of 13 characters (114.4 px, heading "Hourly" shorter) adds 130.4: 322.4 folds.
        SalaryTable one = new SalaryTable("c", List.of(Column.label("Level"), Column.numeric("Pay", "pay")),
                List.of(new Row("a", "Entry", List.of("$35,000–$45,000"), false)),
                new Footnote("s", LocalDate.of(2026, 1, 1), "/m/"));
        SalaryTable two = new SalaryTable("c", List.of(Column.label("Level"), Column.numeric("Pay", "pay"),
                Column.numeric("Hourly", "hourly")),
                List.of(new Row("a", "Entry", List.of("$35,000–$45,000", "$16.83–$21.63"), false)),
                new Footnote("s", LocalDate.of(2026, 1, 1), "/m/"));

        assertThat(SalaryTableModel.tooWideForPhone(one)).isFalse();
        assertThat(SalaryTableModel.tooWideForPhone(two)).isTrue();
    }

    @Test
    void twoTablesOfOneDatasetOnOnePageShareNoId() {
        FigureIds ids = new FigureIds();
        String html = TestFigures.table(specialties(null), ids.next("specialties"))
                + TestFigures.table(specialties("surgical"), ids.next("specialties"));

        Document page = Jsoup.parseBodyFragment(html);

        List<String> all = page.select("[id]").eachAttr("id");
        assertThat(all).hasSize(14).doesNotHaveDuplicates();
        page.select("[role=region]").forEach(region ->
                assertThat(page.getElementById(region.attr("aria-labelledby"))).isNotNull());
    }

    @Test
    void nothingNeedsInlineStyleOrScript() {
        String html = TestFigures.table(specialties("surgical"), "fig-specialties");

        Document page = Jsoup.parseBodyFragment(html);
        assertThat(page.select("[style], style, script")).isEmpty();
        assertThat(page.getAllElements()).allSatisfy(element -> assertThat(element.attributes().asList())
                .noneMatch(attribute -> attribute.getKey().startsWith("on")));
    }

    @Test
    void malformedTablesAreRejectedWithTheReason() {
        List<Column> columns = List.of(Column.label("Level"), Column.numeric("Annual pay", "pay"));

        assertThatThrownBy(() -> new SalaryTable("Levels", columns,
                List.of(new Row("entry", "Entry", List.of("$1", "$2"), false)), FOOTNOTE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("row \"entry\"").hasMessageContaining("2 figure cell(s)")
                .hasMessageContaining("1 figure column(s)");
        assertThatThrownBy(() -> new SalaryTable("Levels", columns, List.of(
                new Row("entry", "Entry", List.of("$1"), false), new Row("entry", "Entry again", List.of("$2"), false)),
                FOOTNOTE))
                .hasMessageContaining("two rows with the same id \"entry\"");
        assertThatThrownBy(() -> new SalaryTable("Levels", List.of(Column.label("Level")), List.of(), FOOTNOTE))
                .hasMessageContaining("at least one figure column");
        assertThatThrownBy(() -> new SalaryTable("Levels", columns, List.of(), FOOTNOTE))
                .hasMessageContaining("\"Levels\" has no rows");
        assertThatThrownBy(() -> new Row("Entry Level", "Entry", List.of("$1"), false))
                .hasMessageContaining("row id");
        assertThatThrownBy(() -> new Footnote("BLS", LocalDate.of(2026, 1, 1), "javascript:alert(1)"))
                .hasMessageContaining("methodology URL");
        assertThatThrownBy(() -> TestFigures.table(specialties(null), "fig specialties"))
                .hasMessageContaining("id prefix");
    }

    @Test
    void theSortedColumnSaysSoInAriaSortAndNoOtherDoes() {
        SalaryTable plain = specialties(null);
        SalaryTable sorted = new SalaryTable(plain.caption(), plain.columns(), plain.rows(), plain.footnote(), null,
                new SalaryTable.Order(1, false));

        assertThat(Jsoup.parseBodyFragment(TestFigures.table(plain, "fig-s")).select("[aria-sort]")).isEmpty();
        Document page = Jsoup.parseBodyFragment(TestFigures.table(sorted, "fig-s"));
        assertThat(page.select("thead th[aria-sort]")).singleElement()
                .satisfies(th -> assertThat(th.text()).isEqualTo(plain.columns().get(1).header()))
                .satisfies(th -> assertThat(th.attr("aria-sort")).isEqualTo("descending"));
        assertThatThrownBy(() -> new SalaryTable(plain.caption(), plain.columns(), plain.rows(), plain.footnote(), null,
                new SalaryTable.Order(plain.columns().size(), true))).hasMessageContaining("is sorted by column");
    }
}
