package org.coderpay.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.coderpay.build.SiteBaker;
import org.coderpay.build.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What docs/editors-guide.md promises an editor, done as an editor would, on a fixture site: a new
 * dimension (a dataset with its pages, list page, table and chart) and a renamed dataset, with files
 * only. The fixture uses the real templates and settings, so these hold for the real site's layouts.
 */
class DimensionsWithoutJavaTest {
    @TempDir
    Path dir;

    private int bakes;

    private SiteBaker.Result bake(Path site) throws IOException {
        return SiteBaker.bake(site, dir.resolve("out" + ++bakes + "/website"));
    }

    private static Document page(SiteBaker.Result result, String path) throws IOException {
        Path file = result.published().resolve(path);
        assertThat(file).as(path).isRegularFile();
        return Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void aNewDimensionIsADatasetAndOnePage() throws IOException {
        Path site = TestSites.fixtureSite(dir.resolve("metros"));
        TestSites.write(site, "data/metros.yaml", """
                kind: pay-ranges
                title: Pay in large metro areas
                label: Metro area
                unit: USD
                period: year
                source: compiled
                reviewed: 2026-11-24
                rows:
                  - id: san-francisco
                    label: San Francisco
                    pay: {low: 60000, high: 82000}
                  - id: chicago
                    label: Chicago
                    pay: {low: 47000, high: 64000}
                """);
        TestSites.write(site, "content/guide/pay-by-metro.md", """
                title=Pay by metro area
                description=What coders earn in large metro areas.
                ~~~~~~
                Cities pay differently.
                """);
        TestSites.write(site, "content/guide/metros.md", """
                title=Pay in every metro area we cover
                description=A page for each metro area in this guide.
                type=records
                records.dataset=metros
                records.permalink=/guide/metros/${row.id}/
                records.title=Medical coder pay in ${row.label}
                records.description=What medical coders in ${row.label} earn: ${row.pay.text} a year.
                records.parent=/guide/pay-by-metro/
                records.related=/guide/pay-by-metro/
                records.compare=headline.entry-start
                records.sort=high-desc
                ~~~~~~
                Each metro area below has a page of its own.
                """);
        SiteBaker.Result result = bake(site);
        assertThat(result.succeeded()).as(result.report()).isTrue();

        Document list = page(result, "guide/metros/index.html");
        assertThat(list.select("main ul.record-list a").eachAttr("href"))
                .containsExactly("/guide/metros/san-francisco/", "/guide/metros/chicago/");
        assertThat(list.select("main table.salary-table__table tbody tr")).hasSize(2);
        assertThat(list.select("main .range-chart svg")).isNotEmpty();
        assertThat(list.select("nav.breadcrumbs a").eachText()).containsExactly("Home", "Pay by metro area");

        Document chicago = page(result, "guide/metros/chicago/index.html");
        assertThat(chicago.selectFirst("h1").text()).isEqualTo("Medical coder pay in Chicago");
        assertThat(chicago.selectFirst("meta[name=description]").attr("content"))
                .isEqualTo("What medical coders in Chicago earn: $47,000–$64,000 a year.");
        assertThat(chicago.select("tr#fig-metros-chicago th").text()).contains("(highlighted)");
        assertThat(chicago.select("main .range-chart svg")).isNotEmpty();
        assertThat(chicago.select(".key-figures").text()).contains("$47,000–$64,000").contains("2nd of 2");
        assertThat(chicago.select("nav.breadcrumbs a").eachText())
                .containsExactly("Home", "Pay by metro area", "Pay in every metro area we cover");
        assertThat(chicago.select("main ul.related a").eachAttr("href"))
                .containsExactly("/guide/metros/san-francisco/", "/guide/pay-by-metro/");
        assertThat(page(result, "index.html").select("a[href=/guide/metros/chicago/]")).as("home page").isNotEmpty();
    }

    @Test
    void aRenamedDatasetNeedsItsNewNameInTheHeaderAndTheBuildSaysWhere() throws IOException {
        Path site = TestSites.fixtureSite(dir.resolve("rename"));
        Files.createDirectories(site.resolve("content/guide"));
        Files.copy(TestSites.repoRoot().resolve("content/guide/settings.md"), site.resolve("content/guide/settings.md"));
        for (String parent : new String[] {"work-settings", "methodology"}) {
            TestSites.write(site, "content/guide/" + parent + ".md", "title=" + parent + "\ndescription=A page.\n~~~~~~\nText.\n");
        }
        Files.move(site.resolve("data/settings.yaml"), site.resolve("data/workplaces.yaml"));

        SiteBaker.Result before = bake(site);
        assertThat(before.succeeded()).isFalse();
        int line = Files.readAllLines(site.resolve("content/guide/settings.md")).indexOf("records.dataset=settings") + 1;
        assertThat(before.report()).contains("content/guide/settings.md:" + line + ":17")
                .contains("There is no dataset \"settings\"").contains("workplaces");

        Path header = site.resolve("content/guide/settings.md");
        Files.writeString(header, Files.readString(header).replace("records.dataset=settings", "records.dataset=workplaces"));
        SiteBaker.Result after = bake(site);
        assertThat(after.succeeded()).as(after.report()).isTrue();
        Document hospitals = page(after, "guide/settings/hospitals/index.html");
        assertThat(hospitals.select("tr#fig-workplaces-hospitals th").text()).contains("(highlighted)");
        assertThat(page(after, "guide/settings/index.html").select("main ul.record-list a")).isNotEmpty();
    }
}
