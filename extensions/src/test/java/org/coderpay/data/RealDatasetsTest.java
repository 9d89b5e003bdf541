package org.coderpay.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.coderpay.diagnostics.Problems;
import org.junit.jupiter.api.Test;

class RealDatasetsTest {
    static final Path SITE = Path.of(System.getProperty("site.root", "..")).toAbsolutePath().normalize();

    static DatasetCatalog load() {
        Problems problems = new Problems();
        DatasetCatalog catalog = new DatasetLoader(SITE, problems, LocalDate.of(2026, 11, 24)).load(SITE.resolve("data"));
        assertThat(problems.isEmpty()).as(problems.format()).isTrue();
        return catalog;
    }

    @Test
    void everyRealDatasetIsValid() {
        assertThat(load().all()).isNotEmpty().allSatisfy(d -> assertThat(d.rows().size() + d.facts().size())
                .as(d.id() + " has rows or facts").isPositive());
    }

    /**
     * Every figure is whole and written the site's way. The values themselves are the editors' to
     * change (checked against their sources by people, see the methodology page), so none is copied here:
     * a correct edit of a figure in data/ passes.
     */
    @Test
    void everyFigureIsARangeTheSiteCanWrite() {
        for (Dataset d : load().all()) {
            for (Row r : d.rows()) {
                for (Range range : new Range[] {r.pay(), r.years(), r.cost(), r.premium()}) {
                    if (range != null) {
                        assertThat(range.high() == null || range.high() >= range.low()).as(d.id() + "." + r.id()).isTrue();
                        assertThat(range.text()).as(d.id() + "." + r.id()).isNotBlank().doesNotContain("null");
                    }
                }
            }
            d.facts().forEach(f -> assertThat(f.text()).as(d.id() + "." + f.id()).isNotBlank().doesNotContain("null"));
        }
    }

    @Test
    void anExperienceBandShowsThePayOfTheCareerLevelItNames() {
        DatasetCatalog catalog = load();
        for (Dataset d : catalog.all()) {
            for (Row band : d.rows()) {
                if (band.level() != null) {
                    Row level = catalog.all().stream().flatMap(x -> x.findRow(band.level()).stream())
                            .filter(r -> r.label().equals(band.levelLabel())).findFirst().orElseThrow();
                    assertThat(band.pay()).as(d.id() + "." + band.id()).isEqualTo(level.pay());
                }
            }
        }
    }

    @Test
    void onlyTheMedianAndTheOutlookAreAttributedToBls() {
        DatasetCatalog catalog = load();
        java.util.List<String> bls = new java.util.ArrayList<>();
        for (Dataset d : catalog.all()) {
            d.facts().stream().filter(f -> f.source().isBls()).forEach(f -> bls.add(d.id() + "." + f.id()));
            if (d.source().isBls()) {
                d.rows().forEach(r -> bls.add(d.id() + "." + r.id()));
            }
        }
        assertThat(bls).containsExactlyInAnyOrder("headline.national-median", "outlook.job-growth", "outlook.projection-year");
    }
}
