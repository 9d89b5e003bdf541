package org.coderpay.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.coderpay.figures.SalaryTable;
import org.junit.jupiter.api.Test;

/**
 * The one description of each dataset's fields, checked on the real datasets: every column a kind
 * offers is described, and tables, charts and inline figures all say what it says.
 */
class DatasetFieldsTest {
    private static final DatasetCatalog CATALOG = RealDatasetsTest.load();

    @Test
    void everyColumnOfEveryDatasetHasAHeadingAndTablesUseIt() {
        for (String id : CATALOG.ids()) {
            Dataset dataset = CATALOG.get(id);
            DatasetFields fields = DatasetFields.of(dataset);
            List<String> names = dataset.kind().columns();
            SalaryTable table = DatasetFigures.table(dataset, names, "listed", null, null, "/m/");

            assertThat(table.columns().get(0).header()).as(id + " label heading").isEqualTo(fields.label().heading());
            for (int i = 0; i < names.size(); i++) {
                DatasetFields.Field field = fields.field(names.get(i)).orElseThrow();
                SalaryTable.Column column = table.columns().get(i + 1);
                assertThat(field.heading()).as(id + "." + names.get(i)).isNotBlank();
                assertThat(column.header()).as(id + "." + names.get(i)).isEqualTo(field.heading());
                assertThat(column.numeric()).as(id + "." + names.get(i) + " numeric").isEqualTo(field.numeric());
            }
        }
    }

    @Test
    void aRowsInlineFigureIsWhatItsTableCellShowsAndSortsBy() {
        int compared = 0;
        for (String id : CATALOG.ids()) {
            Dataset dataset = CATALOG.get(id);
            if (dataset.kind() == DatasetKind.FACTS) {
                continue;
            }
            DatasetFields fields = DatasetFields.of(dataset);
            List<String> names = dataset.kind().columns();
            SalaryTable table = DatasetFigures.table(dataset, names, "listed", null, null, "/m/");
            for (int r = 0; r < dataset.rows().size(); r++) {
                Row row = dataset.rows().get(r);
                SalaryTable.Row tableRow = table.rows().get(r);
                for (int c = 0; c < names.size(); c++) {
                    DatasetFields.Field field = fields.field(names.get(c)).orElseThrow();
                    assertThat(tableRow.sortKeys().get(c)).as(id + "." + row.id() + "." + field.name() + " sort key")
                            .isEqualTo(field.sortKeyOf(row));
                    var inline = fields.inlineValue(row, field.name());
                    if (inline.isPresent()) {
                        assertThat(tableRow.cells().get(c)).as(id + "." + row.id() + "." + field.name())
                                .isEqualTo(inline.get());
                        compared++;
                    }
                }
            }
        }
        assertThat(compared).isGreaterThan(20);
    }

    @Test
    void aMissingValueShowsWhatTheFieldSaysInTablesAndIsNoInlineFigure() {
        Dataset credentials = CATALOG.get("credentials");
        DatasetFields fields = DatasetFields.of(credentials);
        DatasetFields.Field premium = fields.field("premium").orElseThrow();
        Row withoutFigure = credentials.rows().stream()
                .filter(r -> r.premium() == null && r.payNote() == null).findFirst().orElseThrow();

        assertThat(premium.cell(withoutFigure)).isEqualTo(premium.missing()).isEqualTo("No published figure");
        assertThat(fields.inlineValue(withoutFigure, "premium")).isEmpty();
        assertThat(fields.field("no-such-field")).isEmpty();
    }

    @Test
    void aChartNamesItsAxisAndItsRangesAfterTheFieldItDraws() {
        Dataset specialties = CATALOG.get("specialties");
        Dataset education = CATALOG.get("education");
        String pay = DatasetFields.of(specialties).field("pay").orElseThrow().heading();
        String cost = DatasetFields.of(education).field("cost").orElseThrow().heading();

        assertThat(DatasetFigures.chart(specialties, null, null, CATALOG).unitLabel()).startsWith(pay);
        assertThat(DatasetFigures.chart(education, null, null, CATALOG).unitLabel()).startsWith(cost);
        assertThat(DatasetFigures.chart(education, null, null, CATALOG).reference()).as("no wage median on costs")
                .isNull();
    }
}
