package org.coderpay.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.coderpay.figures.SalaryTable.Column;
import org.coderpay.figures.SalaryTable.Footnote;
import org.coderpay.figures.SalaryTable.Row;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs the hand-written examples in {@code figures/salary_table_spec.md}. */
class SalaryTableSpecTest {

    static Stream<SpecExamples.Example> examples() {
        return SpecExamples.read("/figures/salary_table_spec.md").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void rendersAsSpecified(SpecExamples.Example example) {
        String[] idHolder = new String[1];
        SalaryTable table = parse(example.input(), idHolder);

        assertThat(TestFigures.table(table, idHolder[0])).isEqualTo(example.expected());
    }

    /** Builds a table from the spec's line format (documented at the top of the spec file). */
    static SalaryTable parse(String input, String[] idHolder) {
        String caption = null;
        String note = null;
        String source = null;
        LocalDate reviewed = null;
        String methodology = null;
        List<Column> columns = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        for (String line : input.split("\n")) {
            int colon = line.indexOf(':');
            String key = line.substring(0, colon);
            String value = line.substring(colon + 1).strip();
            switch (key) {
                case "id" -> idHolder[0] = value;
                case "caption" -> caption = value;
                case "note" -> note = value;
                case "source" -> source = value;
                case "reviewed" -> reviewed = LocalDate.parse(value);
                case "methodology" -> methodology = value;
                case "column" -> columns.add(column(SpecExamples.parts(value)));
                case "row" -> rows.add(row(SpecExamples.parts(value)));
                default -> throw new IllegalArgumentException("unknown spec key " + key);
            }
        }
        return new SalaryTable(caption, columns, rows, new Footnote(source, reviewed, methodology), note);
    }

    private static Column column(List<String> parts) {
        boolean numeric = parts.size() > 1 && parts.get(1).equals("numeric");
        String modifier = parts.size() > 2 ? parts.get(2) : null;
        return new Column(parts.get(0), numeric, modifier);
    }

    private static Row row(List<String> parts) {
        List<String> cells = new ArrayList<>();
        List<Long> sortKeys = new ArrayList<>();
        boolean highlighted = false;
        for (String part : parts.subList(2, parts.size())) {
            if (part.equals("highlighted")) {
                highlighted = true;
            } else if (part.startsWith("sort=")) {
                for (String key : part.substring(5).split(",")) {
                    sortKeys.add(key.equals("-") ? null : Long.valueOf(key));
                }
            } else {
                cells.add(part);
            }
        }
        return new Row(parts.get(0), parts.get(1), cells, sortKeys, highlighted);
    }
}
