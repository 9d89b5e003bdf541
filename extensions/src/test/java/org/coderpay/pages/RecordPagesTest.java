package org.coderpay.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.coderpay.build.SiteBaker;
import org.coderpay.build.TestSites;
import org.coderpay.data.Dataset;
import org.coderpay.data.DatasetCatalog;
import org.coderpay.data.DatasetLoader;
import org.coderpay.diagnostics.Problems;
import org.coderpay.data.Row;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordPagesTest {
    @TempDir
    Path dir;

    private int bakes;

    private Path site() {
        return TestSites.fixtureSite(dir.resolve("site" + ++bakes));
    }

    private SiteBaker.Result bake(Path site) throws IOException {
        return SiteBaker.bake(site, dir.resolve("out" + bakes + "/website"));
    }

    private static Document page(SiteBaker.Result result, String path) throws IOException {
        Path file = result.published().resolve(path);
        assertThat(file).as(path).isRegularFile();
        return Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void everyRowOfEachDimensionHasItsOwnPageAndTheListLinksToIt() throws IOException {
        SiteBaker.Result result = bake(site());
        assertThat(result.succeeded()).as(result.report()).isTrue();
        DatasetCatalog catalog = new DatasetLoader(TestSites.repoRoot(), new Problems(), LocalDate.of(2100, 1, 1))
                .load(TestSites.repoRoot().resolve("data"));
        Set<String> titles = new HashSet<>();
        Set<String> descriptions = new HashSet<>();
        for (Dimension dimension : RecordPagesRenderer.DIMENSIONS) {
            Dataset dataset = catalog.get(dimension.dataset());
            Document list = page(result, "guide/" + dimension.slug() + "/index.html");
            for (Row row : dataset.rows()) {
                String url = "/guide/" + dimension.slug() + "/" + row.id() + "/";
                assertThat(list.select("main a[href=" + url + "]")).as(url).isNotEmpty();
                Document doc = page(result, "guide/" + dimension.slug() + "/" + row.id() + "/index.html");
                String title = doc.selectFirst("h1").text();
                assertThat(titles.add(title)).as("unique title " + title).isTrue();
                assertThat(doc.title()).startsWith(title);
                String description = doc.selectFirst("meta[name=description]").attr("content");
                assertThat(descriptions.add(description)).as("unique description " + description).isTrue();
                assertThat(doc.select("nav.breadcrumbs [aria-current=page]").text()).isEqualTo(title);
                // The editors' own paragraphs for this row (data: about) are on its page.
                assertThat(doc.select("main p").eachText()).containsAll(row.about());
                assertThat(doc.select("tr#" + "fig-" + dimension.dataset() + "-" + row.id() + " th").text())
                        .as("the record's own row is highlighted").contains("(highlighted)");
                if (row.pay() != null) {
                    // The compiled ranges are never compared with an official figure under their source line.
                    assertThat(doc.select("main").text()).contains(row.pay().text()).contains(row.pay().hourlyText())
                            .doesNotContain("national median");
                    assertThat(doc.select("main .range-chart")).as("one chart (drawn for phones and wide screens)").hasSize(1);
                    assertThat(doc.select("main .range-chart > svg[role=img]")).hasSize(2);
                }
            }
        }
    }

    @Test
    void aRowAddedToADatasetAddsAPageWithNoOtherEdit() throws IOException {
        Path site = site();
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
        Document oregon = page(result, "guide/states/oregon/index.html");
        assertThat(oregon.selectFirst("h1").text()).isEqualTo("Medical coder pay in Oregon");
        assertThat(oregon.select("main").text()).contains("$47,000–$63,000").contains("$22.60–$30.29");
        assertThat(page(result, "guide/states/california/index.html").select("a[href=/guide/states/oregon/]"))
                .isNotEmpty();
    }

    @Test
    void hostileTextInDataStaysInert() throws IOException {
        Path site = site();
        Path states = site.resolve("data/states.yaml");
        Files.writeString(states, Files.readString(states)
                .replace("label: California", "label: \"<script>alert(1)</script> & \\\"Cali\\\"\""));
        SiteBaker.Result result = bake(site);
        assertThat(result.succeeded()).as(result.report()).isTrue();
        Document doc = page(result, "guide/states/california/index.html");
        assertThat(doc.select("script:not([src])")).isEmpty();
        assertThat(doc.select("script[src]").eachAttr("src")).allMatch(src -> src.startsWith("/js/"));
        assertThat(doc.selectFirst("h1").text()).isEqualTo("Medical coder pay in <script>alert(1)</script> & \"Cali\"");
    }

    @Test
    void aPageAtTheSameAddressAsAGeneratedOneStopsTheBuild() throws IOException {
        Path site = site();
        TestSites.write(site, "content/guide/states.md", """
                title=States
                description=States.
                ~~~~~~
                Text.
                """);
        SiteBaker.Result result = bake(site);
        assertThat(result.succeeded()).isFalse();
        assertThat(result.report()).contains("guide/states/index.html").contains("content/guide/states.md")
                .contains("data/states.yaml");
    }
}
