package org.coderpay.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlValidityGateTest {
    @TempDir
    Path dir;

    @Test
    void validPagesAndStylesheetsPass() throws Exception {
        PublishedSite site = new Fixture(dir).page("index.html", "<p>Fine.</p>")
                .page("guide/pay/index.html", "<table><caption>Pay</caption><tr><th scope=\"row\">Entry</th><td>$1</td></tr></table>")
                .site();

        GateResult result = new HtmlValidityGate().check(site);

        assertThat(result.findings()).isEmpty();
        assertThat(result.checked()).isEqualTo(3);
    }

    @Test
    void everyInvalidElementIsReportedWithPageSourceAndLine() throws Exception {
        PublishedSite site = new Fixture(dir).page("index.html", "<p>Fine.</p>")
                .page("guide/pay/index.html", "<p>One <div>block in a paragraph</div></p>\n<img src=\"/css/site.css\">")
                .site();

        GateResult result = new HtmlValidityGate().check(site);

        assertThat(result.passed()).isFalse();
        assertThat(result.findings()).allSatisfy(f -> {
            assertThat(f.page()).isEqualTo("guide/pay/index.html");
            assertThat(f.source()).isEqualTo("content/guide/pay.md");
        });
        // The stray </p> on line 12, the img without alt on line 13: both reported, not just the first.
        assertThat(result.findings()).anySatisfy(f -> {
            assertThat(f.line()).isEqualTo(12);
            assertThat(f.message()).contains("“p” end tag");
        });
        assertThat(result.findings()).anySatisfy(f -> {
            assertThat(f.line()).isEqualTo(13);
            assertThat(f.message()).contains("alt");
        });
        assertThat(result.findings().get(0).format()).contains("guide/pay/index.html:12").contains("> 12 |");
        assertThat(result.findings()).allSatisfy(f -> assertThat(f.hint()).contains("inside <main>"));
    }

    @Test
    void errorsOutsideMainPointAtTheLayout() throws Exception {
        PublishedSite site = new Fixture(dir)
                .file("index.html", Fixture.html("Home", "<p>Fine.</p>").replace("<main", "<nav><li>Loose item</li></nav>\n<main"))
                .site();

        GateResult result = new HtmlValidityGate().check(site);

        assertThat(result.findings()).isNotEmpty().allSatisfy(f -> {
            assertThat(f.line()).isEqualTo(10);
            assertThat(f.hint()).contains("templates/layout.ftlh");
        });
    }

    @Test
    void invalidCssIsReportedAtItsOwnLine() throws Exception {
        PublishedSite site = new Fixture(dir).page("index.html", "<p>Fine.</p>")
                .file("css/site.css", "body { color: #000; }\np { colr: red; }\n").site();

        GateResult result = new HtmlValidityGate().check(site);

        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.page()).isEqualTo("css/site.css");
            assertThat(f.source()).isEqualTo("assets/css/site.css");
            assertThat(f.line()).isEqualTo(2);
            assertThat(f.message()).contains("colr");
        });
    }
}
