package org.coderpay.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** What a layout learns about a body comes from the syntax tree, and agrees with the HTML it was rendered to. */
class GuideMarkdownTest {

    @Test
    void sectionsAreTheSecondLevelHeadingsWithTheIdsTheRendererGave() {
        String body = String.join("\n", "Intro.", "", "## Pay *by* `state`", "", "Text.", "", "### A detail", "",
                "## Pay by state", "", "## What   raises pay", "");
        GuideMarkdown.RenderedBody rendered = render(body);

        List<GuideMarkdown.Section> fromHtml = Jsoup.parseBodyFragment(rendered.html()).select("h2[id]").stream()
                .map(h2 -> new GuideMarkdown.Section(h2.text(), h2.id())).toList();
        assertThat(rendered.sections()).as("the same headings, text and ids as the HTML has").isEqualTo(fromHtml);
        assertThat(rendered.sections()).extracting(GuideMarkdown.Section::title)
                .containsExactly("Pay by state", "Pay by state", "What raises pay");
        assertThat(rendered.sections()).extracting(GuideMarkdown.Section::id).doesNotHaveDuplicates();
        assertThat(rendered.directives()).isEmpty();
    }

    private static GuideMarkdown.RenderedBody render(String body) {
        List<String> lines = body.lines().toList();
        return GuideMarkdown.render(body, null, Path.of("content/guide/test.md"), lines, 0);
    }
}
