package org.coderpay.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.coderpay.figures.RangeChart.Bar;
import org.coderpay.figures.RangeChart.ReferenceLine;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Structural checks on rendered charts, including every range set of the content brief. */
class RangeChartTemplateTest {
    private static final Pattern COORDINATE = Pattern.compile("\\d+(\\.\\d)?");
    private static final List<String> GEOMETRY = List.of("x", "y", "x1", "x2", "y1", "y2", "width", "height");

    static Bar bar(String label, long low, Long high, boolean open) {
        return new Bar(label, low, high, open, false);
    }

    /** The pay ranges of the content brief, one chart per dataset. */
    static List<RangeChart> briefCharts() {
        ReferenceLine median = new ReferenceLine("National median", 48000, true);
        List<RangeChart> charts = new ArrayList<>();
        charts.add(chart("Pay by career level", median, bar("Entry level", 35000, 45000L, false),
                bar("Mid level", 45000, 60000L, false), bar("Senior", 60000, 80000L, true),
                bar("Coding manager", 75000, 100000L, true)));
        charts.add(chart("Pay by specialty", median, bar("Anesthesia", 55000, 75000L, false),
                bar("Emergency medicine", 52000, 70000L, false), bar("Cardiology", 50000, 68000L, false),
                bar("Oncology", 53000, 72000L, false), bar("Surgical", 54000, 75000L, false),
                bar("Risk adjustment", 60000, 85000L, false)));
        charts.add(chart("Pay in the highest-paying states", median, bar("California", 55000, 75000L, false),
                bar("New York", 52000, 72000L, false), bar("Massachusetts", 51000, 70000L, false),
                bar("Washington", 50000, 68000L, false), bar("Connecticut", 49000, 67000L, false),
                bar("Remote", 45000, 65000L, false)));
        charts.add(chart("Pay by work setting", median, bar("Hospitals", 50000, 70000L, false),
                bar("Physician offices", 40000, 55000L, false), bar("Insurance companies", 48000, 68000L, false),
                bar("Consulting and auditing firms", 60000, 90000L, false)));
        charts.add(chart("Management pay", null, bar("Managers and directors", 75000, 120000L, true)));
        charts.add(chart("Pay in related careers", median, bar("Medical billing specialist", 40000, 55000L, false),
                bar("Health information technician", 42000, 60000L, false),
                bar("Medical records specialist", 35000, 50000L, false)));
        charts.add(chart("Cost of training", null, bar("Certificate or associate programme", 1000, 15000L, false),
                bar("Self-study and online courses", 500, 3000L, false)));
        charts.add(chart("Open only", null, bar("Senior", 80000, null, true)));
        return charts;
    }

    /** The phone drawing, which the layout rules below (and the spec file) are worked out for. */
    private static String narrow(RangeChart chart, String idPrefix) {
        return TestFigures.narrowSvg(chart, idPrefix);
    }

    private static RangeChart chart(String title, ReferenceLine reference, Bar... bars) {
        return new RangeChart(title, title + " in US dollars a year; the table above gives the same figures.",
                "US dollars a year", List.of(bars), reference);
    }

    @Test
    void theSvgIsAnImageNamedByItsTitleAndDescription() {
        Document page = Jsoup.parseBodyFragment(TestFigures.chart(briefCharts().get(0), "fig-levels"));

        Element svg = page.selectFirst("svg");
        assertThat(svg.attr("role")).isEqualTo("img");
        assertThat(svg.attr("aria-labelledby")).isEqualTo("fig-levels-title fig-levels-desc");
        assertThat(svg.selectFirst("title#fig-levels-title").text()).isEqualTo("Pay by career level");
        assertThat(svg.selectFirst("desc#fig-levels-desc").text()).contains("the table above");
        assertThat(svg.child(0).tagName()).as("title first, as SVG accessibility expects").isEqualTo("title");
        assertThat(svg.attr("width")).isEqualTo("100%");
        assertThat(svg.attr("viewBox")).matches("0 0 320 \\d+(\\.\\d)?");
    }

    @ParameterizedTest
    @CsvSource({"narrow, 320", "wide, 560"})
    void everyChartOfTheBriefStaysInsideItsViewBoxWithPlainCoordinates(String variant, int width) {
        RangeChartLayout.Frame frame = variant.equals("wide") ? RangeChartLayout.WIDE : RangeChartLayout.NARROW;
        for (RangeChart chart : briefCharts()) {
            Document svg = Jsoup.parse(TestFigures.svg(chart, "fig-x", frame), "", Parser.xmlParser());
            String[] viewBox = svg.selectFirst("svg").attr("viewBox").split(" ");
            assertThat(viewBox[2]).isEqualTo(String.valueOf(width));
            double height = Double.parseDouble(viewBox[3]);

            // The <svg> itself is sized by percent; everything drawn inside it is in viewBox units.
            svg.select("svg *").forEach(element -> GEOMETRY.forEach(name -> {
                if (element.hasAttr(name)) {
                    String value = element.attr(name);
                    assertThat(value).as(chart.title() + ": " + element).matches(COORDINATE);
                    double number = Double.parseDouble(value);
                    boolean horizontal = name.startsWith("x") || name.equals("width");
                    assertThat(number).as(chart.title() + ": " + element).isBetween(0.0, horizontal ? width : height);
                }
            }));
            svg.select("rect").forEach(rect -> assertThat(Double.parseDouble(rect.attr("x"))
                    + Double.parseDouble(rect.attr("width"))).as(chart.title()).isLessThanOrEqualTo(width - 8.0));
            assertThat(svg.select(".range-chart__bar")).hasSize(chart.bars().size());
        }
    }

    @Test
    void theChartIsDrawnForPhonesAndForWideScreensWithTheSameFiguresAndIdsOfTheirOwn() {
        RangeChart settings = briefCharts().get(3);
        Document page = Jsoup.parseBodyFragment(TestFigures.chart(settings, "fig-w"));

        Element narrow = page.selectFirst(".range-chart > svg.range-chart__svg--narrow");
        Element wide = page.selectFirst(".range-chart > svg.range-chart__svg--wide");
        assertThat(page.select(".range-chart > svg")).containsExactly(narrow, wide);
        assertThat(wide.attr("viewBox")).startsWith("0 0 560 ");
        assertThat(wide.attr("aria-labelledby")).isEqualTo("fig-w-wide-title fig-w-wide-desc");
        assertThat(wide.selectFirst("title#fig-w-wide-title").text()).isEqualTo(narrow.selectFirst("title").text());
        assertThat(wide.select(".range-chart__value").eachText()).isEqualTo(narrow.select(".range-chart__value").eachText());
        // The wide drawing has room for a long label and its range on one line, and for more ticks.
        assertThat(narrow.select(".range-chart__row").get(3).select("text")).hasSize(2);
        assertThat(wide.select(".range-chart__row").get(3).select("text")).singleElement()
                .satisfies(t -> assertThat(t.text()).isEqualTo("Consulting and auditing firms $60,000–$90,000"));
        assertThat(wide.select(".range-chart__axis text").size()).isGreaterThan(narrow.select(".range-chart__axis text").size());
    }

    @Test
    void everyBarShowsItsRangeAsWrittenInTheTables() {
        for (RangeChart chart : briefCharts()) {
            Document page = Jsoup.parseBodyFragment(narrow(chart, "fig-x"));
            List<String> values = page.select(".range-chart__value").eachText();

            assertThat(values).containsExactlyElementsOf(chart.bars().stream().map(Bar::rangeText).toList());
        }
    }

    @Test
    void openEndedBarsGetADashedExtensionAndAnArrowToTheAxisEnd() {
        RangeChart levels = briefCharts().get(0);
        Document svg = Jsoup.parse(narrow(levels, "fig-levels"), "", Parser.xmlParser());

        List<Element> rows = svg.select(".range-chart__row");
        assertThat(rows.get(0).select(".range-chart__extension, .range-chart__arrow")).isEmpty();
        Element senior = rows.get(2);
        assertThat(senior.selectFirst(".range-chart__value").text()).isEqualTo("$60,000–$80,000+");
        assertThat(senior.selectFirst(".range-chart__extension").attr("x2")).isEqualTo("304");
        assertThat(senior.selectFirst(".range-chart__arrow").attr("d")).contains("L312 ");
        // The axis is one step longer than the highest figure ($100,000), so the arrow has room.
        assertThat(svg.select(".range-chart__axis text").eachText()).containsExactly(
                "$25k", "$50k", "$75k", "$100k", "$125k");
    }

    @Test
    void theReferenceLineCrossesThePlotAndIsLabelledWithItsValue() {
        Document svg = Jsoup.parse(narrow(briefCharts().get(1), "fig-s"), "", Parser.xmlParser());

        Element line = svg.selectFirst(".range-chart__reference");
        assertThat(line.attr("x1")).isEqualTo(line.attr("x2"));
        assertThat(svg.selectFirst(".range-chart__reference-label").text()).isEqualTo("National median: about $48,000");
        // Drawn before the bars, so labels (with their halo) stay readable where it passes behind them.
        assertThat(line.elementSiblingIndex()).isLessThan(svg.select(".range-chart__row").first().elementSiblingIndex());
        assertThat(Double.parseDouble(line.attr("y1"))).isLessThan(Double.parseDouble(svg.selectFirst(".range-chart__bar").attr("y")));
    }

    @Test
    void theReferenceLabelGoesRightOfItsLineWhenItFits() {
        // Axis $40k..$100k (see the spec's "Open ends" example): the line is at 48.5 and the label,
        // 30 characters x 13 x 0.6 = 234 units, fits between 52.5 and 312.
        RangeChart chart = new RangeChart("Pay", "Pay ranges.", "US dollars", List.of(
                new Bar("A", 45000, 65000L, false, false), new Bar("B", 60000, 80000L, true, false)),
                new ReferenceLine("National median", 48000, true));

        Element label = referenceLabel(chart);

        assertThat(label.attr("text-anchor")).isEqualTo("start");
        assertThat(label.attr("x")).isEqualTo("52.5");
    }

    @Test
    void theReferenceLabelGoesLeftOfItsLineWhenTheRightIsTooNarrow() {
        // Axis $40k..$60k in steps of 5,000: $58,000 is at 8 + 18,000 x 304 / 20,000 = 281.6; 234
        // units do not fit right of it but do fit left, ending at 277.6.
        RangeChart chart = new RangeChart("Pay", "Pay ranges.", "US dollars", List.of(
                new Bar("A", 40000, 60000L, false, false)), new ReferenceLine("National median", 58000, true));

        Element label = referenceLabel(chart);

        assertThat(label.attr("text-anchor")).isEqualTo("end");
        assertThat(label.attr("x")).isEqualTo("277.6");
    }

    private static Element referenceLabel(RangeChart chart) {
        return Jsoup.parse(narrow(chart, "fig-p"), "", Parser.xmlParser())
                .selectFirst(".range-chart__reference-label");
    }

    @Test
    void aReferenceLabelTooWideForEitherSideIsPlacedFlushRight() {
        RangeChart chart = new RangeChart("Pay", "Pay ranges.", "US dollars", List.of(
                new Bar("A", 40000, 60000L, false, false)),
                new ReferenceLine("The national median wage for all medical records specialists", 50000, true));

        Element label = referenceLabel(chart);

        // 75 characters at 13 x 0.6 = 585 units, wider than the plot: start at the left edge.
        assertThat(label.attr("text-anchor")).isEqualTo("start");
        assertThat(label.attr("x")).isEqualTo("8");
    }

    @Test
    void theHighlightedBarIsMarkedByClassOnly() {
        RangeChart chart = new RangeChart("Pay", "Pay ranges.", "US dollars", List.of(
                new Bar("A", 40000, 50000L, false, false), new Bar("B", 45000, 60000L, false, true)));

        Document svg = Jsoup.parse(narrow(chart, "fig-p"), "", Parser.xmlParser());

        assertThat(svg.select(".range-chart__row--highlight .range-chart__label").eachText())
                .containsExactly("B $45,000–$60,000");
    }

    @Test
    void coloursComeOnlyFromClassesAndThereIsNoStyleOrScript() {
        for (RangeChart chart : briefCharts()) {
            String html = TestFigures.chart(chart, "fig-x");
            Document page = Jsoup.parseBodyFragment(html);

            assertThat(page.select("[style], style, script, [fill], [stroke], [color]")).isEmpty();
            assertThat(page.getAllElements()).allSatisfy(element -> assertThat(element.attributes().asList())
                    .noneMatch(attribute -> attribute.getKey().startsWith("on")));
        }
    }

    @Test
    void outputIsTheSameUnderEveryDefaultLocale() {
        Locale original = Locale.getDefault();
        List<String> expected = briefCharts().stream().map(c -> TestFigures.chart(c, "fig-x")).toList();
        try {
            for (String tag : List.of("de-DE", "ar-EG-u-nu-arab", "fr-FR")) {
                Locale.setDefault(Locale.forLanguageTag(tag));
                assertThat(briefCharts().stream().map(c -> TestFigures.chart(c, "fig-x")).toList())
                        .as(tag).isEqualTo(expected);
            }
        } finally {
            Locale.setDefault(original);
        }
        assertThat(String.join("", expected)).doesNotContain(",5", "٫");
    }

    @ParameterizedTest
    @CsvSource({
        // lowest, highest, open-ended extra step, step: the smallest of 1, 2, (2.5,) 5 x 10^n giving
        // at most 4 intervals including the extra step
        "35000, 100000, 1, 25000",   // 20,000 would need 25k..100k = 4, plus 1
        "35000, 100000, 0, 20000",
        "40000, 80000, 0, 10000",
        "40000, 60000, 0, 5000",
        "500, 15000, 0, 5000",       // 2,500 would need 6
        "0, 100000, 0, 25000",
        "0, 5, 0, 2",
        "0, 7, 0, 2",
        "45000, 90000, 0, 20000"})
    void axisStepsAreRound(long lowest, long highest, int extra, long step) {
        assertThat(RangeChartLayout.Axis.niceStep(lowest, highest, extra, 4)).isEqualTo(step);
    }

    @Test
    void coordinatesHaveAtMostOneDecimal() {
        assertThat(RangeChartLayout.round(94.0)).isEqualTo(94.0);
        assertThat(RangeChartLayout.round(63.04)).isEqualTo(63.0);
        assertThat(RangeChartLayout.round(294.6666)).isEqualTo(294.7);
        assertThat(RangeChartLayout.round(0.04)).isEqualTo(0.0);
        assertThat(RangeChartLayout.round(-0.04)).isEqualTo(0.0);
    }

    @Test
    void longTextWrapsAtSpaces() {
        assertThat(RangeChartLayout.wrap("Medical records specialist in a large hospital system", 15, RangeChartLayout.NARROW))
                .containsExactly("Medical records specialist in a", "large hospital system");
        assertThat(RangeChartLayout.wrap("Short", 15, RangeChartLayout.NARROW)).containsExactly("Short");
        // 544 units at 15 x 0.6 take 60 characters.
        assertThat(RangeChartLayout.wrap("Medical records specialist in a large hospital system", 15, RangeChartLayout.WIDE))
                .containsExactly("Medical records specialist in a large hospital system");
    }

    @Test
    void badChartsAreRejected() {
        assertThatThrownBy(() -> new Bar("Inverted", 80000, 60000L, false, false))
                .hasMessageContaining("\"Inverted\"").hasMessageContaining("below its low end");
        assertThatThrownBy(() -> new RangeChart("Empty", "No bars.", "USD", List.of()))
                .hasMessageContaining("no bars");
        assertThatThrownBy(() -> TestFigures.chart(briefCharts().get(0), "1st"))
                .hasMessageContaining("id prefix");
    }

    @Test
    void hostileTextInAChartStaysTextInTheSvg() {
        String attack = "\"><script>alert(1)</script><foreignObject><img src=x onerror=alert(2)></foreignObject>";
        RangeChart chart = new RangeChart(attack, attack, attack,
                List.of(new Bar(attack, 40000, 60000L, false, true)), new ReferenceLine(attack, 50000, false));

        Document page = Jsoup.parseBodyFragment(TestFigures.chart(chart, "fig-evil"));

        assertThat(page.select("script, img, foreignObject, foreignobject")).isEmpty();
        assertThat(page.select("[onerror]")).isEmpty();
        assertThat(page.selectFirst("svg title").text()).isEqualTo(attack);
        assertThat(page.selectFirst("svg desc").text()).isEqualTo(attack);
        assertThat(page.select(".range-chart__reference-label").first().text()).startsWith(attack);
        assertThat(String.join(" ", page.select(".range-chart__svg--narrow .range-chart__label").eachText()))
                .contains("alert(1)");
    }

    @Test
    void aTemplateErrorIsReportedAtItsFileLineAndColumn(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Files.createDirectories(dir.resolve("figures"));
        java.nio.file.Files.writeString(dir.resolve("figures/range-chart.ftlh"), "<div>\n${chart.nope}\n</div>\n");
        FigureTemplates broken = new FigureTemplates(org.coderpay.jbake.HtmlTemplateEngine.standaloneFragments(dir));

        assertThatThrownBy(() -> broken.renderChart(briefCharts().get(0), "fig-x"))
                .isInstanceOf(TemplateRenderer.FailedException.class)
                .hasMessageContaining("figures/range-chart.ftlh:2:3")
                .hasMessageContaining("nope");
    }
}
