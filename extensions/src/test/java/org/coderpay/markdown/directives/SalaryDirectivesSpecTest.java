package org.coderpay.markdown.directives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.coderpay.data.DatasetCatalog;
import org.coderpay.data.DatasetLoader;
import org.coderpay.diagnostics.Problems;
import org.coderpay.jbake.HtmlTemplateEngine;
import org.coderpay.markdown.GuideMarkdown;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;

/**
 * Runs the examples of {@code salary_directives_spec.md} the way flexmark's ComboSpecTest runs its
 * spec files: Markdown in, HTML (or the reported error) out, against the real datasets.
 */
class SalaryDirectivesSpecTest {
    static final Path SITE = Path.of(System.getProperty("site.root", "..")).toAbsolutePath().normalize();
    static final String FENCE = "````````````````````````````````";

    record Example(String markdown, String expected) {
    }

    static List<Named<Example>> examples() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/salary_directives_spec.md"), StandardCharsets.UTF_8);
        List<Named<Example>> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).startsWith(FENCE + " example ")) {
                continue;
            }
            String name = lines.get(i).substring((FENCE + " example ").length());
            StringBuilder md = new StringBuilder();
            StringBuilder html = new StringBuilder();
            StringBuilder target = md;
            for (i++; !lines.get(i).equals(FENCE); i++) {
                if (lines.get(i).equals(".") && target == md) {
                    target = html;
                    continue;
                }
                target.append(lines.get(i)).append('\n');
            }
            out.add(Named.of(name, new Example(md.toString(), html.toString())));
        }
        return out;
    }

    static DatasetCatalog catalog() {
        Problems problems = new Problems();
        DatasetCatalog catalog = new DatasetLoader(SITE, problems, LocalDate.of(2026, 12, 2)).load(SITE.resolve("data"));
        assertThat(problems.isEmpty()).as(problems.format()).isTrue();
        return catalog;
    }

    static String render(String markdown) {
        MutableDataSet options = GuideMarkdown.options();
        options.set(SalaryDirectivesExtension.DATASETS, catalog());
        options.set(SalaryDirectivesExtension.TEMPLATES, HtmlTemplateEngine.standaloneFragments(SITE.resolve("templates")));
        options.set(GuideMarkdown.SOURCE_FILE, Path.of("spec.md"));
        options.set(SalaryDirectivesExtension.METHODOLOGY_URL, "/guide/methodology/");
        return HtmlRenderer.builder(options).build().render(Parser.builder(options).build().parse(markdown));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void example(Example example) {
        if (example.expected().startsWith("ERROR ")) {
            String[] parts = example.expected().strip().substring(6).split(": ", 2);
            // Without a bake session GuideMarkdown.report throws "file:line: message hint".
            assertThatThrownBy(() -> render(example.markdown()))
                    .hasMessageStartingWith("spec.md:" + parts[0].split(":")[0] + ": ")
                    .hasMessageContaining(parts[1]);
        } else {
            assertThat(render(example.markdown())).isEqualTo(example.expected());
        }
    }
}
