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
        assertThat(load().ids()).contains("headline", "levels", "experience", "credentials", "specialties", "states",
                "settings", "career-path", "related-careers", "education", "outlook");
    }

    /** Every figure of /work/shared/content-brief.md, typed from the brief, as the site writes it. */
    static final java.util.Map<String, String> BRIEF = java.util.Map.ofEntries(
            java.util.Map.entry("levels.entry", "$35,000–$45,000"), java.util.Map.entry("levels.mid", "$45,000–$60,000"),
            java.util.Map.entry("levels.senior", "$60,000–$80,000+"), java.util.Map.entry("levels.manager", "$75,000–$100,000+"),
            java.util.Map.entry("headline.national-median", "about $48,000"), java.util.Map.entry("headline.entry-start", "about $38,000"),
            java.util.Map.entry("headline.five-year", "$65,000+"), java.util.Map.entry("headline.five-year-span", "5 years"),
            java.util.Map.entry("headline.hours-per-year", "2,080 hours"),
            java.util.Map.entry("experience.early", "0–2 years"), java.util.Map.entry("experience.established", "3–5 years"),
            java.util.Map.entry("experience.veteran", "6+ years"),
            java.util.Map.entry("credentials.cpc", "+$5,000–$10,000"), java.util.Map.entry("credentials.certified-premium", "20–30%"),
            java.util.Map.entry("specialties.anesthesia", "$55,000–$75,000"), java.util.Map.entry("specialties.emergency-medicine", "$52,000–$70,000"),
            java.util.Map.entry("specialties.cardiology", "$50,000–$68,000"), java.util.Map.entry("specialties.oncology", "$53,000–$72,000"),
            java.util.Map.entry("specialties.surgical", "$54,000–$75,000"), java.util.Map.entry("specialties.risk-adjustment", "$60,000–$85,000"),
            java.util.Map.entry("specialties.risk-adjustment-premium", "20–40%"),
            java.util.Map.entry("states.california", "$55,000–$75,000"), java.util.Map.entry("states.new-york", "$52,000–$72,000"),
            java.util.Map.entry("states.massachusetts", "$51,000–$70,000"), java.util.Map.entry("states.washington", "$50,000–$68,000"),
            java.util.Map.entry("states.connecticut", "$49,000–$67,000"), java.util.Map.entry("states.remote", "$45,000–$65,000"),
            java.util.Map.entry("states.texas-example", "$50,000"), java.util.Map.entry("states.california-example", "$65,000"),
            java.util.Map.entry("settings.hospitals", "$50,000–$70,000"), java.util.Map.entry("settings.physician-offices", "$40,000–$55,000"),
            java.util.Map.entry("settings.insurance-companies", "$48,000–$68,000"), java.util.Map.entry("settings.consulting-auditing", "$60,000–$90,000"),
            java.util.Map.entry("career-path.promotion-raise", "15–30%"), java.util.Map.entry("career-path.management-pay", "$75,000–$120,000+"),
            java.util.Map.entry("related-careers.medical-billing-specialist", "$40,000–$55,000"),
            java.util.Map.entry("related-careers.health-information-technician", "$42,000–$60,000"),
            java.util.Map.entry("related-careers.medical-records-specialist", "$35,000–$50,000"),
            java.util.Map.entry("education.certificate-programs", "$1,000–$15,000"), java.util.Map.entry("education.self-study", "$500–$3,000"),
            java.util.Map.entry("education.training-time", "6–18 months"),
            java.util.Map.entry("outlook.job-growth", "8%"), java.util.Map.entry("outlook.projection-year", "2031"));

    @Test
    void everyFigureMatchesTheContentBriefAndNothingIsExtra() {
        DatasetCatalog catalog = load();
        java.util.Map<String, String> actual = new java.util.TreeMap<>();
        for (Dataset d : catalog.all()) {
            d.rows().stream().filter(r -> r.main() != null).forEach(r -> actual.put(d.id() + "." + r.id(), r.main().text()));
            d.facts().forEach(f -> actual.put(d.id() + "." + f.id(), f.text()));
        }
        assertThat(actual).isEqualTo(new java.util.TreeMap<>(BRIEF));
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
        assertThat(catalog.get("experience").row("veteran").pay().text()).isEqualTo("$60,000–$80,000+");
    }
}
