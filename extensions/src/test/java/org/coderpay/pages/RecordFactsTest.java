package org.coderpay.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.coderpay.data.Dataset;
import org.coderpay.data.DatasetKind;
import org.coderpay.data.Fact;
import org.coderpay.data.Range;
import org.coderpay.data.Row;
import org.coderpay.data.Source;
import org.coderpay.data.Unit;
import org.junit.jupiter.api.Test;

/** What a generated page says of a row beyond its own figures: its comparison and its rank, as values. */
class RecordFactsTest {
    private static Row row(String id, long low, long high) {
        return new Row(id, id.toUpperCase(java.util.Locale.ROOT), null, new Range(Unit.USD, low, high, false, false),
                null, null, null, null, null, null, null, null, null, null, 1, 1);
    }

    private static Fact median(boolean approximate) {
        return new Fact("median", "Median pay", new Range(Unit.USD, 48000, null, false, approximate), Source.BLS, 1);
    }

    @Test
    void theComparisonSaysWhereTheRangeStandsAndByHowMuch() {
        assertThat(RecordPagesRenderer.compare(row("a", 50000, 60000), median(false)))
                .isEqualTo(new RecordPage.Comparison(median(false), "above", "$2,000"));
        assertThat(RecordPagesRenderer.compare(row("b", 30000, 45000), median(false)))
                .isEqualTo(new RecordPage.Comparison(median(false), "below", "$3,000"));
        assertThat(RecordPagesRenderer.compare(row("c", 40000, 50000), median(false)).position()).isEqualTo("within");
        assertThat(RecordPagesRenderer.compare(row("d", 48000, 50000), median(false)).position())
                .as("a range starting at the median is not above it").isEqualTo("within");
        assertThat(RecordPagesRenderer.compare(row("e", 50000, 60000), median(true)).difference())
                .as("a gap from an approximate figure is approximate").isEqualTo("about $2,000");
    }

    @Test
    void aFactThatIsNotADollarFigureIsShownButNotCompared() {
        Fact percent = new Fact("premium", "Premium", new Range(Unit.PERCENT, 20, 30L, false, false), Source.COMPILED, 1);
        RecordPage.Comparison c = RecordPagesRenderer.compare(row("a", 50000, 60000), percent);
        assertThat(c.fact()).isEqualTo(percent);
        assertThat(c.position()).isNull();
        assertThat(c.difference()).isNull();
    }

    @Test
    void rowsWithTheSameTopShareAPlaceAndTheNextComesAfterThemAll() {
        Row a = row("a", 50000, 75000);
        Row b = row("b", 55000, 75000);
        Row top = row("top", 60000, 85000);
        Row last = row("last", 40000, 60000);
        Dataset d = new Dataset("x", DatasetKind.PAY_RANGES, "X", "X", "USD", "year", Source.COMPILED,
                LocalDate.of(2026, 1, 1), null, List.of(a, top, b, last), List.of(), Path.of("data/x.yaml"));
        assertThat(RecordPagesRenderer.rank(top, d)).isEqualTo(new RecordPage.Rank(1, "1st", 4, List.of()));
        assertThat(RecordPagesRenderer.rank(a, d)).isEqualTo(new RecordPage.Rank(2, "2nd", 4, List.of("B")));
        assertThat(RecordPagesRenderer.rank(b, d)).isEqualTo(new RecordPage.Rank(2, "2nd", 4, List.of("A")));
        assertThat(RecordPagesRenderer.rank(last, d)).isEqualTo(new RecordPage.Rank(4, "4th", 4, List.of()));
        assertThat(org.coderpay.figures.FigureFormat.ordinal(11)).isEqualTo("11th");
        assertThat(org.coderpay.figures.FigureFormat.ordinal(22)).isEqualTo("22nd");
    }
}
