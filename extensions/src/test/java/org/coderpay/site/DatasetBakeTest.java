package org.coderpay.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.coderpay.bake.BakeSession;
import org.coderpay.diagnostics.Problem;
import org.jbake.app.Oven;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bakes a copy of the real site with one thing changed, through JBake, and checks what the bake
 * reports: dataset errors stop it even when no page uses the dataset, directive errors point at the
 * Markdown line, and templates reach the datasets as typed objects.
 */
class DatasetBakeTest {
    @TempDir
    Path temp;

    private Path copySite() throws IOException {
        Path site = temp.resolve("site");
        for (String part : List.of("jbake.properties", "templates", "content", "data", "assets")) {
            Path from = EveryFigureOnTheSiteTest.SITE.resolve(part);
            try (Stream<Path> walk = Files.walk(from)) {
                for (Path p : walk.toList()) {
                    Path to = site.resolve(EveryFigureOnTheSiteTest.SITE.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(to);
                    } else {
                        Files.createDirectories(to.getParent());
                        Files.copy(p, to);
                    }
                }
            }
        }
        Files.deleteIfExists(site.resolve("content/guide/data-check.md"));
        return site;
    }

    private record Bake(List<Problem> problems, int errors, Path output) {
    }

    private Bake bake(Path site) {
        Path output = temp.resolve("out");
        JBakeConfiguration config = new JBakeConfigurationFactory().createDefaultJbakeConfiguration(site.toFile(),
                output.toFile(), true);
        Oven oven = new Oven(config);
        oven.bake();
        return new Bake(BakeSession.of(config).problems().list(), oven.getErrors().size(), output);
    }

    private static List<String> lines(Bake bake) {
        return bake.problems().stream().map(p -> p.location() + "  " + p.message()).toList();
    }

    @Test
    void aBrokenDatasetNoPageUsesStillStopsTheBake() throws IOException {
        Path site = copySite();
        Path file = site.resolve("data/related-careers.yaml");
        Files.writeString(file, Files.readString(file).replace("high: 55000}", "high: 55000, open: no}"));
        Bake bake = bake(site);
        assertThat(bake.errors()).isPositive();
        assertThat(lines(bake)).containsExactly(
                "data/related-careers.yaml:12:42  rows[0].pay.open must be true or false, not \"no\".");
    }

    @Test
    void directiveErrorsPointAtTheMarkdownFileAndLine() throws IOException {
        Path site = copySite();
        Files.writeString(site.resolve("content/guide/pay.md"), """
                title=Pay
                description=Pay.
                ~~~~~~
                Specialty pay is {{ specialties.anesthsia }}.

                ```salary-table
                dataset: level
                ```
                """);
        Bake bake = bake(site);
        assertThat(bake.errors()).isPositive();
        assertThat(lines(bake)).containsExactly(
                "content/guide/pay.md:4:21  The dataset \"specialties\" has no row or fact \"anesthsia\".",
                "content/guide/pay.md:7:10  There is no dataset \"level\".");
        assertThat(bake.problems().get(1).hint()).startsWith("Did you mean \"levels\"?");
    }

    @Test
    void aTableAndAChartOfOneDatasetOnOnePageGetDistinctIds() throws IOException {
        Path site = copySite();
        Files.writeString(site.resolve("content/guide/pay.md"), """
                title=Pay
                description=Pay.
                ~~~~~~
                ```salary-table
                dataset: specialties
                ```

                ```salary-chart
                dataset: specialties
                highlight: oncology
                ```

                ```salary-table
                dataset: specialties
                sort: label
                ```
                """);
        Bake bake = bake(site);
        assertThat(lines(bake)).isEmpty();
        Document page = Jsoup.parse(bake.output().resolve("guide/pay/index.html").toFile(), "UTF-8");
        List<String> ids = page.select("[id]").eachAttr("id");
        assertThat(ids).doesNotHaveDuplicates().contains("fig-specialties-caption", "fig-specialties-3-caption");
        assertThat(page.select(".range-chart")).hasSize(1);
        assertThat(page.select(".range-chart > svg[role=img]")).as("the phone and the wide drawing").hasSize(2);
        assertThat(page.select("svg title").eachText()).containsExactly("Pay by specialty", "Pay by specialty");
        assertThat(page.select("svg.range-chart__svg--wide desc").text()).contains("Oncology: $53,000–$72,000");
        assertThat(page.select("table").get(1).select("tbody th").eachText().get(0)).isEqualTo("Anesthesia");
        assertThat(page.select("p.salary-table__source a").attr("href")).isEqualTo("/guide/methodology/");
    }

    @Test
    void templatesReachDatasetsAsTypedObjects() throws IOException {
        Path site = copySite();
        Path article = site.resolve("templates/article.ftlh");
        Files.writeString(article, Files.readString(article).replace("${page.body?no_esc}",
                "${page.body?no_esc}<p id=\"median\">${datasets.headline.fact('entry-start').text}"
                         + " ${datasets.levels.rows[2].pay.text}</p><p id=\"more\">"
                        + "${datasets.states.row('remote').pay.lowText} ${datasets.states.row('remote').remote?c}"
                        + " ${datasets.specialties.rows[0].pay.hourlyText} ${datasets.levels.reviewedText}"
                        + " ${datasets['bls-projections'].sourceText}</p>"));
        Bake bake = bake(site);
        assertThat(lines(bake)).isEmpty();
        Document page = Jsoup.parse(bake.output().resolve("guide/what-medical-coders-do/index.html").toFile(), "UTF-8");
        assertThat(page.select("#median").text()).isEqualTo("about $38,000 $60,000–$80,000+");
        assertThat(page.select("#more").text()).isEqualTo("$45,000 true $26.44–$36.06 December 2, 2026"
                + " U.S. Bureau of Labor Statistics (BLS), Employment Projections, 2024–34");
    }

    @Test
    void aMisspelledDatasetInATemplateStopsTheBake() throws IOException {
        Path site = copySite();
        Path article = site.resolve("templates/article.ftlh");
        Files.writeString(article, Files.readString(article).replace("${page.body?no_esc}",
                "${page.body?no_esc}${datasets.levles.title}"));
        Bake bake = bake(site);
        assertThat(bake.errors()).isPositive();
        assertThat(bake.problems()).anySatisfy(p -> assertThat(p.message()).contains("levles")
                .contains("Did you mean \"levels\""));
    }

    @Test
    void aMisspelledFactInATemplateStopsTheBakeWithTheKnownIds() throws IOException {
        Path site = copySite();
        Path article = site.resolve("templates/article.ftlh");
        Files.writeString(article, Files.readString(article).replace("${page.body?no_esc}",
                "${page.body?no_esc}${datasets.headline.fact('entry-strat').text}"));
        Bake bake = bake(site);
        assertThat(bake.errors()).isPositive();
        assertThat(bake.problems()).anySatisfy(p -> assertThat(p.message()).isEqualTo("The dataset \"headline\" has no"
                + " fact \"entry-strat\". Did you mean \"entry-start\"? It has: entry-start,"
                + " five-year, five-year-span, hours-per-year."));
    }
}
