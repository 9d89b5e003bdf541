package org.coderpay.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.coderpay.build.RealSite;
import org.coderpay.build.SiteBaker;
import org.coderpay.build.TestSites;
import org.coderpay.data.Dataset;
import org.coderpay.data.DatasetCatalog;
import org.coderpay.data.DatasetLoader;
import org.coderpay.data.Row;
import org.coderpay.diagnostics.Problems;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages made from data: on the real site, every row of every dataset a page of type=records names has
 * its page with its figures (read from the dataset now, not copied here); on fixture sites, a row
 * added, hostile text, a clash, and the header's checks.
 */
class RecordPagesTest {
    @TempDir
    Path dir;

    private int bakes;

    private Path site() {
        return TestSites.fixtureSite(dir.resolve("site" + ++bakes));
    }

    /** A fixture site with the real pages of type=records, so it has the real generated pages. */
    private Path siteWithRecordPages() {
        return TestSites.withRecordPages(site());
    }

    private SiteBaker.Result bake(Path site) throws IOException {
        return SiteBaker.bake(site, dir.resolve("out" + bakes + "/website"));
    }

    private static Document page(Path published, String path) throws IOException {
        Path file = published.resolve(path);
        assertThat(file).as(path).isRegularFile();
        return Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    private static Document pageAt(Path published, String url) throws IOException {
        return page(published, url.substring(1) + "index.html");
    }

    /** The pages of type=records of a site's content/guide/. */
    static List<Path> recordPages(Path site) throws IOException {
        try (Stream<Path> files = Files.list(site.resolve("content/guide"))) {
            return files.filter(f -> f.toString().endsWith(".md")).filter(f -> header(f, "type").equals("records"))
                    .sorted().toList();
        }
    }

    /** A header value of a page, as written. */
    static String header(Path page, String key) {
        try {
            return Files.readAllLines(page).stream().takeWhile(l -> !l.equals("~~~~~~"))
                    .filter(l -> l.startsWith(key + "=")).map(l -> l.substring(key.length() + 1).strip())
                    .findFirst().orElse("");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static DatasetCatalog realData() {
        return new DatasetLoader(TestSites.repoRoot(), new Problems(), LocalDate.of(2100, 1, 1))
                .load(TestSites.repoRoot().resolve("data"));
    }

    @Test
    void onTheRealSiteEveryRowOfEachDeclaredDatasetHasItsPageWithItsFigures() throws IOException {
        Path published = RealSite.published();
        DatasetCatalog catalog = realData();
        List<Path> declared = recordPages(TestSites.repoRoot());
        assertThat(declared).as("pages of type=records").isNotEmpty();
        Set<String> titles = new HashSet<>();
        Set<String> descriptions = new HashSet<>();
        Document home = page(published, "index.html");
        for (Path source : declared) {
            Dataset dataset = catalog.get(header(source, "records.dataset"));
            String slug = source.getFileName().toString().replace(".md", "");
            Document list = page(published, "guide/" + slug + "/index.html");
            List<Element> links = list.select("main ul.record-list a");
            assertThat(links).as(source + ": one link per row").hasSize(dataset.rows().size());
            assertThat(home.select("a[href=/guide/" + slug + "/]")).as("the home page lists " + slug).isNotEmpty();
            for (int i = 0; i < dataset.rows().size(); i++) {
                Row row = dataset.rows().get(i);
                String url = links.get(i).attr("href");
                Document doc = pageAt(published, url);
                String title = doc.selectFirst("h1").text();
                assertThat(links.get(i).text()).isEqualTo(title);
                assertThat(titles.add(title)).as("unique title " + title).isTrue();
                assertThat(doc.title()).startsWith(title);
                String description = doc.selectFirst("meta[name=description]").attr("content");
                assertThat(descriptions.add(description)).as("unique description " + description).isTrue();
                assertThat(doc.select("nav.breadcrumbs [aria-current=page]").text()).isEqualTo(title);
                // The editors' own paragraphs for this row (data: about) are on its page.
                assertThat(doc.select("main p").eachText()).containsAll(row.about());
                assertThat(doc.select("tr#fig-" + dataset.id() + "-" + row.id() + " th").text())
                        .as("the record's own row is highlighted").contains("(highlighted)");
                String keyFigures = doc.select("main .key-figures").text();
                if (row.pay() != null) {
                    assertThat(keyFigures).contains(row.pay().text()).contains(row.pay().hourlyText());
                    // The compiled ranges are never compared with an official figure under their source line.
                    assertThat(doc.select("main").text()).doesNotContain("national median");
                    assertThat(doc.select("main .range-chart")).as("one chart (drawn for phones and wide screens)").hasSize(1);
                } else {
                    assertThat(keyFigures).contains(row.name()).contains(row.signals());
                    if (row.premium() != null) {
                        assertThat(keyFigures).contains(row.premium().text());
                    }
                }
                if (row.text().get("about") instanceof List<?> about) {
                    for (Object paragraph : about) {
                        assertThat(doc.select("main p").eachText()).as(url + " about").contains(paragraph.toString());
                    }
                }
                if (row.text().get("awarded-by") != null) {
                    assertThat(keyFigures).contains(row.text().get("awarded-by").toString());
                }
                assertThat(doc.select("main ul.related a")).as("links to the other rows and the related pages")
                        .hasSizeGreaterThanOrEqualTo(dataset.rows().size() - 1);
            }
        }
    }

    @Test
    void aRowAddedToADatasetAddsAPageWithNoOtherEdit() throws IOException {
        Path site = siteWithRecordPages();
        Path states = site.resolve("data/states.yaml");
        String yaml = Files.readString(states);
        Files.writeString(states, yaml.replace("rows:\n", """
                rows:
                  - id: oregon
                    label: Oregon
                    pay: {low: 47000, high: 63000}
                """));
        SiteBaker.Result result = bake(site);
        assertThat(result.succeeded()).as(result.report()).isTrue();
        Document oregon = page(result.published(), "guide/states/oregon/index.html");
        assertThat(oregon.selectFirst("h1").text()).contains("Oregon");
        assertThat(oregon.select("main .key-figures").text()).contains("$47,000–$63,000").contains("$22.60–$30.29");
        assertThat(page(result.published(), "guide/states/california/index.html").select("a[href=/guide/states/oregon/]"))
                .isNotEmpty();
    }

    @Test
    void rowsWithTheSameTopOfRangeShareTheirPlace() throws IOException {
        Path site = siteWithRecordPages();
        Path states = site.resolve("data/states.yaml");
        // Two rows above every real one, with the same top: both first, each naming the other.
        Files.writeString(states, Files.readString(states).replace("rows:\n", """
                rows:
                  - id: first-a
                    label: First A
                    pay: {low: 80000, high: 990000}
                  - id: first-b
                    label: First B
                    pay: {low: 70000, high: 990000}
                """));
        SiteBaker.Result result = bake(site);
        assertThat(result.succeeded()).as(result.report()).isTrue();
        String a = page(result.published(), "guide/states/first-a/index.html").select(".key-figures").text();
        String b = page(result.published(), "guide/states/first-b/index.html").select(".key-figures").text();
        assertThat(a).contains("Joint 1st of").contains("with First B");
        assertThat(b).contains("Joint 1st of").contains("with First A");
        assertThat(page(result.published(), "guide/states/california/index.html").select(".key-figures").text())
                .as("the next one is third, not second").contains("3rd of");
    }

    @Test
    void aRowsAboutParagraphsAndAwardingBodyAreShownWhereTheDatasetHasThem() throws IOException {
        Path site = siteWithRecordPages();
        // The fixture's own copy of the schemas allows the text fields editors write for generated pages.
        String about = "\"about\": { \"type\": \"array\", \"items\": { \"type\": \"string\" } },\n"
                + "          \"awarded-by\": { \"type\": \"string\" },\n          ";
        for (String schema : List.of("pay-ranges", "credentials")) {
            Path file = site.resolve("data/schemas/" + schema + ".schema.json");
            Files.writeString(file, Files.readString(file).replaceFirst("\"id\": \\{", about + "\"id\": {"));
        }
        // The real rows already have their prose: start this case from rows without it.
        for (String data : List.of("data/states.yaml", "data/credentials.yaml")) {
            Path file = site.resolve(data);
            Files.writeString(file, Files.readString(file).replaceAll("(?m)^    about:\n(      - >-\n(        .*\n)+)+", "")
                    .replaceAll("(?m)^    awarded-by: .*\n", ""));
        }
        Path states = site.resolve("data/states.yaml");
        Files.writeString(states, Files.readString(states).replace("    label: California\n", """
                    label: California
                    about:
                      - California pays most, & living there costs most.
                      - Its hospitals hire many coders.
                """));
        Path credentials = site.resolve("data/credentials.yaml");
        Files.writeString(credentials, Files.readString(credentials).replace("    label: CPC\n", """
                    label: CPC
                    awarded-by: AAPC
                """));
        SiteBaker.Result result = bake(site);
        assertThat(result.succeeded()).as(result.report()).isTrue();
        Document california = page(result.published(), "guide/states/california/index.html");
        assertThat(california.select("article > p").eachText()).startsWith("California pays most, & living there costs most.",
                "Its hospitals hire many coders.");
        assertThat(california.select("article > p.lead")).hasSize(1);
        assertThat(page(result.published(), "guide/credentials/cpc/index.html").select(".key-figures").text())
                .contains("Awarded by AAPC");
        assertThat(page(result.published(), "guide/states/new-york/index.html").text()).doesNotContain("hospitals hire");
    }

    @Test
    void hostileTextInDataStaysInert() throws IOException {
        Path site = siteWithRecordPages();
        Path states = site.resolve("data/states.yaml");
        Files.writeString(states, Files.readString(states)
                .replace("label: California", "label: \"<script>alert(1)</script> & \\\"Cali\\\"\""));
        SiteBaker.Result result = bake(site);
        assertThat(result.succeeded()).as(result.report()).isTrue();
        Document doc = page(result.published(), "guide/states/california/index.html");
        assertThat(doc.select("script:not([src])")).isEmpty();
        assertThat(doc.select("script[src]").eachAttr("src")).allMatch(src -> src.startsWith("/js/"));
        assertThat(doc.selectFirst("h1").text()).contains("<script>alert(1)</script> & \"Cali\"");
        assertThat(doc.title()).contains("<script>alert(1)</script> & \"Cali\"");
    }

    @Test
    void aPageAtTheSameAddressAsAGeneratedOneStopsTheBuild() throws IOException {
        Path site = siteWithRecordPages();
        TestSites.write(site, "content/guide/states/california.md", """
                title=California
                description=California.
                ~~~~~~
                Text.
                """);
        SiteBaker.Result result = bake(site);
        assertThat(result.succeeded()).isFalse();
        assertThat(result.report()).contains("guide/states/california/index.html")
                .contains("content/guide/states/california.md").contains("data/states.yaml");
    }

    @Test
    void aMisspelledChartReferenceIsReportedAtItsLineInJbakeProperties() throws IOException {
        Path site = site();
        Path properties = site.resolve("jbake.properties");
        Files.writeString(properties, Files.readString(properties) + "\nfigures.reference=headline.entry-strat\n");
        int line = Files.readAllLines(properties).indexOf("figures.reference=headline.entry-strat") + 1;
        SiteBaker.Result result = bake(site);
        assertThat(result.succeeded()).isFalse();
        assertThat(result.report()).contains("jbake.properties:" + line + ":19").contains("Did you mean \"entry-start\"?");
    }

    @Test
    void mistakesInTheHeaderAreReportedAtTheirLineAndColumnAllInOneRun() throws IOException {
        Path site = site();
        TestSites.write(site, "content/guide/places.md", """
                title=Places
                description=Every place.
                type=records
                records.dataset=stats
                records.permalink=/places/${row.id}/
                records.title=Pay in ${row.label}
                records.description=Pay in ${row.label}.
                ~~~~~~
                Text.
                """);
        TestSites.write(site, "content/guide/settings-list.md", """
                title=Settings
                description=Every setting.
                type=records
                records.dataset=settings
                records.permalink=/settings/${row.id}/
                records.title=Pay in ${row.labl}
                records.description=Pay in ${row.label}.
                records.parent=/guide/pay-by-stat/
                records.columns=pay, hourli
                records.compare=headline.entry-strat
                ~~~~~~
                Text.
                """);
        TestSites.write(site, "content/guide/pay-by-state.md", "title=By state\ndescription=A page.\n~~~~~~\nText.\n");
        TestSites.write(site, "content/guide/plain.md", """
                title=Plain
                description=An article.
                records.dataset=states
                ~~~~~~
                Text.
                """);
        SiteBaker.Result result = bake(site);
        assertThat(result.succeeded()).isFalse();
        assertThat(result.report())
                .contains("content/guide/places.md:4:17").contains("There is no dataset \"stats\"")
                .contains("Did you mean \"states\"?")
                .contains("content/guide/settings-list.md:6:").contains("row.labl")
                .contains("content/guide/settings-list.md:8:16").contains("No guide page is published at /guide/pay-by-stat/")
                .contains("Did you mean \"/guide/pay-by-state/\"?")
                .contains("content/guide/settings-list.md:9:22").contains("no column \"hourli\"")
                .contains("content/guide/settings-list.md:10:17").contains("Did you mean \"entry-start\"?")
                .contains("content/guide/plain.md:3:1").contains("only applies to a page of type=records");
    }

    @Test
    void anEstimatorQuestionNamingAnUnknownDatasetIsReportedAtItsLine() throws IOException {
        Path site = site();
        TestSites.write(site, "content/guide/estimate.md", """
                title=Estimate
                description=Estimate your pay.
                type=estimator
                estimator.experience=experience | Years of experience
                estimator.location=stats | State | Another state
                ~~~~~~
                Text.
                """);
        SiteBaker.Result result = bake(site);
        assertThat(result.succeeded()).isFalse();
        assertThat(result.report()).contains("content/guide/estimate.md:5:20")
                .contains("There is no dataset \"stats\"").contains("Did you mean \"states\"?");
    }

    @Test
    void theEstimatorAsksTheQuestionsItsHeaderDeclaresInThatOrder() throws IOException {
        Path site = site();
        TestSites.write(site, "content/guide/estimate.md", """
                title=Estimate
                description=Estimate your pay.
                type=estimator
                estimator.where=settings | Where do you work? | Not sure
                estimator.experience=experience | How long have you coded?
                ~~~~~~
                Text.
                """);
        SiteBaker.Result result = bake(site);
        assertThat(result.succeeded()).as(result.report()).isTrue();
        Document doc = page(result.published(), "guide/estimate/index.html");
        assertThat(doc.select("form#estimator label").eachText()).containsExactly("Where do you work?",
                "How long have you coded?");
        assertThat(doc.select("select#estimator-where option").first().text()).isEqualTo("Not sure");
        assertThat(doc.select("select#estimator-experience").hasAttr("required")).isTrue();
        String json = Files.readString(result.published().resolve("estimator.json"));
        assertThat(json.indexOf("\"where\"")).isPositive().isLessThan(json.indexOf("\"experience\""));
        DatasetCatalog catalog = realData();
        assertThat(doc.select("select#estimator-where option")).hasSize(catalog.get("settings").rows().size() + 1);
    }
}
