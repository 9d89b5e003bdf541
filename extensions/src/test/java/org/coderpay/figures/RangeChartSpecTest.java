package org.coderpay.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.coderpay.figures.RangeChart.Bar;
import org.coderpay.figures.RangeChart.ReferenceLine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs the hand-written examples in {@code figures/range_chart_spec.md}. */
class RangeChartSpecTest {

    static Stream<SpecExamples.Example> examples() {
        return SpecExamples.read("/figures/range_chart_spec.md").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void rendersAsSpecified(SpecExamples.Example example) {
        String[] idHolder = new String[1];
        RangeChart chart = parse(example.input(), idHolder);
        RangeChartLayout.Frame frame = example.input().contains("\nwidth: 560") ? RangeChartLayout.WIDE
                : RangeChartLayout.NARROW;

        assertThat(TestFigures.svg(chart, idHolder[0], frame)).isEqualTo(example.expected());
    }

    /** Builds a chart from the spec's line format (documented at the top of the spec file). */
    static RangeChart parse(String input, String[] idHolder) {
        String title = null;
        String description = null;
        String unit = null;
        ReferenceLine reference = null;
        List<Bar> bars = new ArrayList<>();
        for (String line : input.split("\n")) {
            int colon = line.indexOf(':');
            String key = line.substring(0, colon);
            String value = line.substring(colon + 1).strip();
            switch (key) {
                case "id" -> idHolder[0] = value;
                case "title" -> title = value;
                case "description" -> description = value;
                case "unit" -> unit = value;
                case "width" -> { } // the frame, read above
                case "bar" -> bars.add(bar(SpecExamples.parts(value)));
                case "reference" -> {
                    List<String> parts = SpecExamples.parts(value);
                    reference = new ReferenceLine(parts.get(0), Long.parseLong(parts.get(1)),
                            parts.contains("approximate"));
                }
                default -> throw new IllegalArgumentException("unknown spec key " + key);
            }
        }
        return new RangeChart(title, description, unit, bars, reference);
    }

    private static Bar bar(List<String> parts) {
        Long high = parts.get(2).equals("-") ? null : Long.valueOf(parts.get(2));
        List<String> flags = parts.subList(3, parts.size());
        return new Bar(parts.get(0), Long.parseLong(parts.get(1)), high, flags.contains("open"),
                flags.contains("highlighted"));
    }
}
