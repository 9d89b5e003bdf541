package org.coderpay.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.coderpay.build.RealSite;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SearchIndexWriterTest {

    private static JsonNode index() throws IOException {
        return JsonMapper.builder().build().readTree(
                Files.readString(RealSite.published().resolve(SearchIndexWriter.OUTPUT)));
    }

    @Test
    void indexesEveryPublishedPageButTheNotFoundAndSearchPages() throws IOException {
        List<String> urls = new ArrayList<>();
        index().forEach(e -> urls.add(e.get("url").asString()));
        assertThat(urls).contains("/", "/guide/pay-by-state/", "/guide/states/california/", "/guide/estimate-your-pay/")
                .doesNotContain("/404.html", "/search.html").doesNotHaveDuplicates();
        Path site = RealSite.published();
        assertThat(urls).allSatisfy(u -> assertThat(site.resolve(u.substring(1) + (u.endsWith("/") ? "index.html" : "")))
                .isRegularFile());
    }

    @Test
    void entriesCarryTitlesHeadingsAndFiguresAsPlainText() throws IOException {
        JsonNode california = null;
        for (JsonNode e : index()) {
            assertThat(e.get("text").asString()).doesNotContain("<").hasSizeLessThanOrEqualTo(SearchIndexWriter.MAX_TEXT);
            if (e.get("url").asString().equals("/guide/states/california/")) {
                california = e;
            }
        }
        assertThat(california.get("title").asString()).isEqualTo("Medical coder pay in California");
        assertThat(california.get("text").asString()).contains("$55,000–$75,000");
        assertThat(california.get("headings").toString()).contains("How it compares");
    }

    @Test
    void theIndexIsTheSameWhenWrittenTwice() throws IOException {
        var settings = new org.coderpay.template.SiteSettings("t", "", "en", "/", "");
        assertThat(SearchIndexWriter.index(RealSite.published(), settings))
                .isEqualTo(SearchIndexWriter.index(RealSite.published(), settings));
    }
}
