package org.coderpay.seo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Values from datasets and headers end up inside a script element: none may end it or change the data. */
class JsonLdTest {
    static final String HOSTILE = "</script><script>alert(1)</script> & <!-- \"quoted\" \\ \u2028line\u2029para </SCRIPT >";

    @Test
    void aHostileValueStaysInsideTheScriptElementAndReadsBackUnchanged() {
        String json = JsonLd.script(List.of(new SchemaOrg.Organization("https://x.example/#o", HOSTILE, "https://x.example/", null)));

        assertThat(json).doesNotContain("<", ">", "&", "\u2028", "\u2029");
        Document page = Jsoup.parse("<html><head><script type=\"application/ld+json\">" + json
                + "</script></head><body><p>after</p></body></html>");
        assertThat(page.select("script")).hasSize(1);
        assertThat(page.select("body p").text()).isEqualTo("after");
        JsonNode read = JsonMapper.builder().build().readTree(page.selectFirst("script").data());
        assertThat(read.path("@graph").get(0).path("name").asString()).isEqualTo(HOSTILE);
    }

    @Test
    void typesComeFirstAndAbsentValuesAreLeftOut() {
        String json = JsonLd.script(List.of(new SchemaOrg.BreadcrumbList(List.of(new SchemaOrg.ListItem(1, "Home", "https://x.example/")))));

        assertThat(json).isEqualTo("{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"BreadcrumbList\","
                + "\"itemListElement\":[{\"@type\":\"ListItem\",\"position\":1,\"name\":\"Home\",\"item\":\"https://x.example/\"}]}]}");
        assertThat(JsonLd.script(List.of(new SchemaOrg.Organization(null, "n", null, null)))).doesNotContain("null", "logo");
    }
}
