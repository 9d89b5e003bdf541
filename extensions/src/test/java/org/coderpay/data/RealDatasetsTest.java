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
        DatasetCatalog catalog = new DatasetLoader(SITE, problems, LocalDate.of(2026, 12, 2)).load(SITE.resolve("data"));
        assertThat(problems.isEmpty()).as(problems.format()).isTrue();
        return catalog;
    }

    @Test
    void everyRealDatasetIsValid() {
        assertThat(load().ids()).contains("headline", "levels", "experience", "credentials", "specialties", "states",
                "settings", "career-path", "related-careers", "education", "bls-wages", "bls-wage-history",
                "bls-projections", "bls-related-occupations");
    }

    /** Every figure of /work/shared/content-brief.md, typed from the brief, as the site writes it. */
    static final java.util.Map<String, String> BRIEF = java.util.Map.ofEntries(
            java.util.Map.entry("levels.entry", "$35,000–$45,000"), java.util.Map.entry("levels.mid", "$45,000–$60,000"),
            java.util.Map.entry("levels.senior", "$60,000–$80,000+"), java.util.Map.entry("levels.manager", "$75,000–$100,000+"),
            java.util.Map.entry("headline.entry-start", "about $38,000"),
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
            java.util.Map.entry("education.training-time", "6–18 months"));

    /**
     * Every official figure the guide uses, typed from /work/shared/bls-figures.md (sections 1, 2, 4a
     * and 5a) as the site writes it: annual wages, BLS's own hourly wages, employment, projections.
     */
    static final java.util.Map<String, String> BLS = java.util.Map.ofEntries(
            java.util.Map.entry("bls-wages.p10", "$37,000 / $17.79"), java.util.Map.entry("bls-wages.p25", "$43,490 / $20.91"),
            java.util.Map.entry("bls-wages.median", "$51,140 / $24.59"), java.util.Map.entry("bls-wages.p75", "$64,820 / $31.17"),
            java.util.Map.entry("bls-wages.p90", "$81,150 / $39.01"), java.util.Map.entry("bls-wages.employment", "194,720"),
            java.util.Map.entry("bls-wages.mean-annual", "$56,790"), java.util.Map.entry("bls-wages.mean-hourly", "$27.30"),
            java.util.Map.entry("bls-wage-history.may-2021", "$46,660 / $22.43 / 180,570"),
            java.util.Map.entry("bls-wage-history.may-2022", "$47,180 / $22.69 / 187,720"),
            java.util.Map.entry("bls-wage-history.may-2023", "$48,780 / $23.45 / 185,690"),
            java.util.Map.entry("bls-wage-history.may-2024", "$50,250 / $24.16 / 187,910"),
            java.util.Map.entry("bls-wage-history.may-2025", "$51,140 / $24.59 / 194,720"),
            java.util.Map.entry("bls-projections.jobs-start", "194,800"), java.util.Map.entry("bls-projections.jobs-end", "208,600"),
            java.util.Map.entry("bls-projections.change", "13,800"), java.util.Map.entry("bls-projections.growth", "7.1%"),
            java.util.Map.entry("bls-projections.openings", "about 14,200"),
            java.util.Map.entry("bls-projections.entry-education", "Postsecondary nondegree award"),
            java.util.Map.entry("bls-projections.all-occupations-growth", "3.1%"),
            java.util.Map.entry("bls-related-occupations.medical-records-specialists", "$51,140 / $24.59 / 194,720 / $37,000–$81,150"),
            java.util.Map.entry("bls-related-occupations.health-information-technologists", "$68,020 / $32.70 / 38,100 / $39,830–$117,420"),
            java.util.Map.entry("bls-related-occupations.medical-health-services-managers", "$123,860 / $59.55 / 597,080 / $73,390–$224,340"),
            java.util.Map.entry("bls-related-occupations.medical-transcriptionists", "$40,410 / $19.43 / 41,550 / $28,250–$55,950"),
            java.util.Map.entry("bls-related-occupations.medical-assistants", "$45,690 / $21.97 / 817,870 / $36,050–$59,310"),
            java.util.Map.entry("bls-related-occupations.medical-secretaries", "$45,930 / $22.08 / 961,610 / $35,930–$60,530"),
            java.util.Map.entry("bls-related-occupations.billing-posting-clerks", "$48,500 / $23.32 / 404,060 / $37,290–$67,710"),
            java.util.Map.entry("bls-related-occupations.all-occupations", "$50,980 / $24.51 / 155,495,730 / $31,200–$128,560"));

    /** Each official dataset's programme and reference period, as its source line names them. */
    static final java.util.Map<String, String> BLS_RELEASES = java.util.Map.of(
            "bls-wages", "Occupational Employment and Wage Statistics (OEWS), May 2025",
            "bls-wage-history", "Occupational Employment and Wage Statistics (OEWS), May 2021 to May 2025",
            "bls-related-occupations", "Occupational Employment and Wage Statistics (OEWS), May 2025",
            "bls-projections", "Employment Projections, 2024–34");

    @Test
    void everyFigureMatchesTheContentBriefOrTheBlsFiguresAndNothingIsExtra() {
        DatasetCatalog catalog = load();
        java.util.Map<String, String> compiled = new java.util.TreeMap<>();
        java.util.Map<String, String> official = new java.util.TreeMap<>();
        for (Dataset d : catalog.all()) {
            java.util.Map<String, String> into = d.source().isBls() ? official : compiled;
            for (Row r : d.rows()) {
                if (d.kind().official()) {
                    java.util.List<String> parts = new java.util.ArrayList<>();
                    for (Range figure : java.util.Arrays.asList(r.annual(), r.hourly(), r.employment(), r.spread())) {
                        if (figure != null) {
                            parts.add(figure.text());
                        }
                    }
                    into.put(d.id() + "." + r.id(), String.join(" / ", parts));
                } else if (r.main() != null) {
                    into.put(d.id() + "." + r.id(), r.main().text());
                }
            }
            d.facts().forEach(f -> into.put(d.id() + "." + f.id(), f.text()));
        }
        assertThat(compiled).isEqualTo(new java.util.TreeMap<>(BRIEF));
        assertThat(official).isEqualTo(new java.util.TreeMap<>(BLS));
    }

    @Test
    void officialAndCompiledFiguresNeverShareADatasetAndOfficialOnesNameTheirRelease() {
        DatasetCatalog catalog = load();
        java.util.Map<String, String> releases = new java.util.TreeMap<>();
        for (Dataset d : catalog.all()) {
            // A fact with a source of its own would put both kinds under one source line.
            assertThat(d.facts()).as(d.id()).allSatisfy(f -> assertThat(f.source()).isEqualTo(d.source()));
            if (d.source().isBls()) {
                assertThat(d.sourceText()).startsWith("U.S. Bureau of Labor Statistics");
                releases.put(d.id(), d.sourceText().substring(d.source().text().length() + 2));
            } else {
                assertThat(d.programme()).as(d.id()).isNull();
                assertThat(d.sourceText()).isEqualTo("Compiled by the guide from published surveys and job postings");
            }
        }
        assertThat(releases).isEqualTo(new java.util.TreeMap<>(BLS_RELEASES));
        assertThat(catalog.get("experience").row("veteran").pay().text()).isEqualTo("$60,000–$80,000+");
    }

    @Test
    void everyGeneratedPageRowHasItsOwnProseAndEveryCredentialItsAwardingBody() {
        DatasetCatalog catalog = load();
        java.util.Map<String, String> seen = new java.util.HashMap<>();
        for (String id : java.util.List.of("states", "specialties", "credentials", "settings")) {
            for (Row r : catalog.get(id).rows()) {
                String words = String.join(" ", r.about());
                assertThat(words.split("\\s+")).as(id + "." + r.id() + " about").hasSizeGreaterThanOrEqualTo(150);
                for (String paragraph : r.about()) {
                    for (String sentence : paragraph.split("(?<=[.?!])\\s+")) {
                        String other = seen.put(sentence, id + "." + r.id());
                        assertThat(other).as("\"" + sentence + "\" repeats " + other).isNull();
                    }
                }
                if (id.equals("credentials")) {
                    assertThat(r.awardedBy()).as(r.id()).isIn("AAPC", "AHIMA");
                }
            }
        }
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
}
