package org.coderpay.markdown.directives;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.coderpay.data.DatasetCatalog;
import org.coderpay.markdown.GuideMarkdown;
import org.jsoup.Jsoup;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The salary-table and salary-chart blocks and the inline {{ dataset.id }} figures on random input
 * against the real datasets: rendering either gives HTML or stops with the problem report's message
 * ("file:line: what is wrong, how to fix it"); never any other exception. Without a bake session the
 * report is thrown as an IllegalArgumentException (in a bake it is recorded instead).
 */
class DirectiveParserPropertiesTest {
    private static DatasetCatalog catalog;

    @BeforeContainer
    static void loadTheRealDatasets() {
        catalog = SalaryDirectivesSpecTest.catalog();
    }

    @Property(tries = 500)
    void randomBlocksRenderOrReportAProblemAtALine(@ForAll("documents") String markdown) {
        MutableDataSet options = GuideMarkdown.options();
        options.set(SalaryDirectivesExtension.DATASETS, catalog);
        options.set(SalaryDirectivesExtension.TEMPLATES, org.coderpay.jbake.HtmlTemplateEngine
                .standaloneFragments(SalaryDirectivesSpecTest.SITE.resolve("templates")));
        options.set(GuideMarkdown.SOURCE_FILE, Path.of("random.md"));
        String html;
        try {
            html = HtmlRenderer.builder(options).build().render(Parser.builder(options).build().parse(markdown));
        } catch (IllegalArgumentException report) {
            assertThat(report.getMessage()).as("a problem report naming the file and line")
                    .matches("(?s)random\\.md:\\d+: \\S.*");
            return;
        }
        assertThat(Jsoup.parseBodyFragment(html).select("script, [onerror]")).isEmpty();
    }

    /** Documents of directive blocks with real and wrong options, inline figures, and noise. */
    @Provide
    Arbitrary<String> documents() {
        Arbitrary<String> dataset = Arbitraries.oneOf(Arbitraries.of("specialties", "states", "levels", "credentials",
                "experience", "headline", "education", "career-path", "nosuch", ""), Arbitraries.strings().ofMaxLength(10));
        Arbitrary<String> option = Arbitraries.oneOf(
                dataset.map(d -> "dataset: " + d),
                Arbitraries.of("columns: pay, hourly", "columns: nosuch", "columns:", "sort: high-desc", "sort: sideways",
                        "highlight: anesthesia", "highlight: nosuch", "caption: </script><b>x</b>", "colums: pay",
                        "rows: 1", "dataset specialties", ": :", "# comment", "dataset: specialties # comment"),
                Arbitraries.strings().all().ofMaxLength(30));
        Arbitrary<String> block = Combinators.combine(Arbitraries.of("salary-table", "salary-chart", "salary-tabel", "text"),
                option.list().ofMaxSize(5)).as((kind, opts) -> "```" + kind + "\n" + String.join("\n", opts) + "\n```\n");
        Arbitrary<String> figure = Combinators.combine(dataset, Arbitraries.oneOf(Arbitraries.of("anesthesia", "national-median",
                "entry", "cca", "nosuch", ""), Arbitraries.strings().ofMaxLength(8)), Arbitraries.of("", ".hourly", ".name", ".pay", ".x"))
                .as((d, id, field) -> "Text {{ " + d + "." + id + field + " }} more.\n");
        Arbitrary<String> noise = Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.of("{{", "}}", "{{ }}", "\\{{ x }}", "`{{ levels.entry }}`", "```", "~~~"));
        Arbitrary<String> part = Arbitraries.frequencyOf(Tuple.of(3, block), Tuple.of(3, figure), Tuple.of(2, noise));
        return part.list().ofMaxSize(4).map(parts -> String.join("\n", parts));
    }
}
