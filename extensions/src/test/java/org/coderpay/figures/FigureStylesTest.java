package org.coderpay.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The renderers and the figures section of the site's stylesheet must agree: a class the HTML uses
 * but the CSS never styles is a table that loses its alignment or a chart that loses its colours.
 */
class FigureStylesTest {
    private static final String START = "/* === figures: tables and charts ===";
    private static final String END = "/* === end figures === */";

    static String figuresSection() throws IOException {
        Path css = Path.of(System.getProperty("site.root", ".."), "assets", "css", "site.css");
        String text = Files.readString(css, StandardCharsets.UTF_8);
        int start = text.indexOf(START);
        int end = text.indexOf(END);
        assertThat(start).as("figures section start in " + css).isNotNegative();
        assertThat(end).as("figures section end in " + css).isGreaterThan(start);
        return text.substring(start, end);
    }

    @Test
    void everyClassTheRenderersWriteIsStyled() throws IOException {
        String html = TestFigures.table(SalaryTableTemplateTest.specialties("surgical"), "fig-a")
                + String.join("", RangeChartTemplateTest.briefCharts().stream()
                        .map(chart -> TestFigures.chart(chart, "fig-b")).toList())
                + TestFigures.chart(new RangeChart("t", "d", "u",
                        java.util.List.of(new RangeChart.Bar("x", 1, 2L, true, true))), "fig-c");
        Document page = Jsoup.parseBodyFragment(html);
        Set<String> classes = new TreeSet<>();
        page.select("[class]").forEach(element -> classes.addAll(element.classNames()));
        // Column modifiers are hooks named by the caller (pay, hourly, ...), styled only where needed.
        classes.removeIf(name -> name.startsWith("salary-table__col--"));
        // A bar's group only carries the highlight modifier; its parts are styled, not the group.
        classes.remove("range-chart__row");
        String css = figuresSection();

        assertThat(classes).contains("salary-table__row--highlight", "range-chart__row--highlight",
                "range-chart__arrow", "range-chart__reference", "figures-visually-hidden");
        // Whole class names only: ".range-chart__row" must not be satisfied by ".range-chart__row--highlight".
        assertThat(classes).allSatisfy(name -> assertThat(css).as("style for ." + name)
                .containsPattern("\\." + java.util.regex.Pattern.quote(name) + "(?![\\w-])"));
    }

    @Test
    void theFiguresSectionColoursThroughCustomPropertiesAndCoversDarkAndPrint() throws IOException {
        String css = figuresSection();

        assertThat(css).contains("@media (prefers-color-scheme: dark)", "@media print", "tabular-nums",
                ":focus-visible", "position: sticky");
        // Colours are set once per scheme as custom properties; rules only refer to them.
        String rules = css.replaceAll("(?s):root \\{[^}]*}", "");
        assertThat(rules.replaceAll("(?s)@media print \\{.*", "")).doesNotContainPattern("#[0-9a-fA-F]{3,6}\\b");
    }
}
