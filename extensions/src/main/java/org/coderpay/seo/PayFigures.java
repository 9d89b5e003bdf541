package org.coderpay.seo;

import java.util.Optional;

import org.coderpay.data.Dataset;
import org.coderpay.data.Range;
import org.coderpay.data.Row;
import org.coderpay.data.Unit;

/**
 * The pay a page is about, as schema.org's {@code estimatedSalary} states it: the currency and the
 * period one amount covers, with the range in words. The datasets give ranges (a low and a high end
 * compiled from several surveys), not percentiles of one distribution; so no percentile is
 * claimed. A dataset that publishes percentiles would fill them in here.
 *
 * @param subject what the pay is for (the row's label: California, Cardiology)
 */
public record PayFigures(String subject, SchemaOrg.MonetaryAmountDistribution distribution) {

    /** The pay of one row, when it is annual pay in dollars; empty for anything else. */
    public static Optional<PayFigures> of(Dataset dataset, Row row) {
        Range pay = row.pay();
        if (pay == null || pay.unit() != Unit.USD) {
            return Optional.empty();
        }
        String duration = "year".equals(dataset.period()) ? "P1Y" : null;
        String words = pay.text() + (duration != null ? " a year" : "") + " (" + dataset.source().text()
                + (dataset.reviewed() == null ? "" : ", reviewed " + dataset.reviewed()) + ")";
        return Optional.of(new PayFigures(row.label(), new SchemaOrg.MonetaryAmountDistribution(dataset.title(),
                words, "USD", duration, null, null, null, null, null)));
    }
}
