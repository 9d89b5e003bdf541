package org.coderpay.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.coderpay.data.Dataset;
import org.coderpay.data.DatasetCatalog;
import org.coderpay.data.Fact;
import org.coderpay.data.Row;
import org.jbake.app.Oven;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bakes the real site and checks that every figure of every dataset reaches a reader: each row's
 * figures and each fact, formatted as the site formats them, appear in the text of some page.
 */
class EveryFigureOnTheSiteTest {
    static final Path SITE = Path.of(System.getProperty("site.root", "..")).toAbsolutePath().normalize();

    @TempDir
    static Path output;
    static String siteText;

    @BeforeAll
    static void bake() throws IOException {
        Oven oven = new Oven(new JBakeConfigurationFactory().createDefaultJbakeConfiguration(SITE.toFile(),
                output.toFile(), true));
        oven.bake();
        assertThat(oven.getErrors()).as("bake errors").isEmpty();
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.walk(output)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                text.append(Jsoup.parse(p.toFile(), "UTF-8").text()).append('\n');
            }
        }
        siteText = text.toString();
    }

    static List<String> figures() {
        org.coderpay.diagnostics.Problems problems = new org.coderpay.diagnostics.Problems();
        DatasetCatalog catalog = new org.coderpay.data.DatasetLoader(SITE, problems,
                java.time.LocalDate.of(2026, 12, 2)).load(SITE.resolve("data"));
        assertThat(problems.isEmpty()).as(problems.format()).isTrue();
        List<String> figures = new ArrayList<>();
        for (Dataset d : catalog.all()) {
            for (Row r : d.rows()) {
                for (var range : new org.coderpay.data.Range[] {r.pay(), r.years(), r.cost(), r.premium(), r.annual(),
                        r.hourly(), r.employment(), r.spread()}) {
                    if (range != null) {
                        figures.add(d.id() + "." + r.id() + " = " + range.text());
                    }
                }
                if (r.name() != null) {
                    figures.add(d.id() + "." + r.id() + " = " + r.name());
                }
                if (d.kind() == org.coderpay.data.DatasetKind.CAREER_PATH) {
                    figures.add(d.id() + "." + r.id() + " = " + r.label());
                }
            }
            for (Fact f : d.facts()) {
                figures.add(d.id() + "." + f.id() + " = " + f.text());
            }
        }
        return figures;
    }

    @Test
    void everyFigureOfEveryDatasetAppearsOnSomePage() {
        List<String> missing = figures().stream()
                .filter(f -> !siteText.contains(f.substring(f.indexOf(" = ") + 3)))
                .toList();
        assertThat(missing).as("figures no page shows").isEmpty();
        assertThat(figures()).hasSizeGreaterThan(40);
    }

    @Test
    void blsIsCitedOnlyWhereTheBriefAttributesFiguresToIt() {
        assertThat(siteText).contains("U.S. Bureau of Labor Statistics (BLS)");
        assertThat(new File(output.toFile(), "guide").isDirectory()).isTrue();
    }
}
