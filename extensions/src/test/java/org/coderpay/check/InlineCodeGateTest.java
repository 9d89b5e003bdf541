package org.coderpay.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InlineCodeGateTest {
    @TempDir
    Path dir;

    @Test
    void scriptFilesAndJsonLdPass() throws Exception {
        PublishedSite site = new Fixture(dir).page("index.html",
                "<script src=\"/js/a.js\"></script><script type=\"application/ld+json\">{\"@type\":\"WebSite\"}</script><p>x</p>").site();

        assertThat(new InlineCodeGate().check(site).findings()).isEmpty();
    }

    @Test
    void inlineScriptStyleElementStyleAttributeAndHandlerEachFail() throws Exception {
        PublishedSite site = new Fixture(dir).page("index.html", "<script>alert(1)</script>\n<style>p{color:red}</style>\n"
                + "<p style=\"color: red\">x</p>\n<button type=\"button\" onclick=\"go()\">Go</button>").site();

        GateResult result = new InlineCodeGate().check(site);

        assertThat(result.findings()).extracting(Finding::line).containsExactly(12, 13, 14, 15);
        assertThat(result.findings()).extracting(Finding::message)
                .anySatisfy(m -> assertThat(m).startsWith("Inline <script>"))
                .anySatisfy(m -> assertThat(m).startsWith("<style> element"))
                .anySatisfy(m -> assertThat(m).startsWith("style=\"color: red\""))
                .anySatisfy(m -> assertThat(m).startsWith("onclick="));
    }
}
