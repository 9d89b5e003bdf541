package org.coderpay.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs Chromium; skipped (like the gate itself) where Debian's chromium and chromedriver are missing. */
class BrowserGateTest {
    @TempDir
    Path dir;

    @Test
    void missingBrowserSkipsTheGateWithHowToRunIt() throws Exception {
        BrowserGate gate = new BrowserGate(new BrowserGate.Browser(dir.resolve("no-chromium"), dir.resolve("no-driver")), false);

        GateResult result = gate.check(new Fixture(dir.resolve("site")).page("index.html", "<p>x</p>").site());

        assertThat(result.passed()).isTrue();
        assertThat(result.summaryLine()).contains("Browser checks SKIPPED: chromium/chromedriver not found. To run them: "
                + "apt-get install -y chromium chromium-driver, then ./mvnw verify");
    }

    @Test
    void missingBrowserFailsWhereTheChecksAreRequired() throws Exception {
        BrowserGate gate = new BrowserGate(new BrowserGate.Browser(dir.resolve("no-chromium"), dir.resolve("no-driver")), true);

        GateResult result = gate.check(new Fixture(dir.resolve("site")).page("index.html", "<p>x</p>").site());

        assertThat(result.findings()).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("chromium/chromedriver not found"));
    }

    @Test
    void accessiblePagePassesAndLowContrastAndInvisibleFocusFail() throws Exception {
        assumeTrue(BrowserGate.Browser.debian().available(), "chromium/chromedriver not installed");
        PublishedSite site = new Fixture(dir)
                .page("index.html", "<p>Readable <a href=\"/guide/pay/\">pay guide</a>.</p>")
                .file("guide/pay/index.html", Fixture.html("Pay", "<p class=\"faint\">Hard to read.</p>"
                        + "<p><a class=\"bare\" href=\"/\">Home</a></p>").replace("<main", "<article class=\"other\"></article><main"))
                .file("css/site.css", Fixture.CSS + "@media (prefers-color-scheme: dark) { .faint { color: #444; background: #000; } }\n"
                        + ".bare:focus { outline: none; }\n").site();

        GateResult result = new BrowserGate(BrowserGate.Browser.debian(), true).check(site);

        assertThat(result.checked()).isEqualTo(2);
        assertThat(result.findings()).allSatisfy(f -> assertThat(f.page()).isEqualTo("guide/pay/index.html"));
        // The faint text fails only in the dark scheme: proof that the scheme really switches.
        assertThat(result.findings()).filteredOn(f -> f.message().contains("color-contrast")).isNotEmpty()
                .allSatisfy(f -> assertThat(f.message()).contains("dark"));
        assertThat(result.findings()).anySatisfy(f -> assertThat(f.message()).contains("Keyboard").contains("not visible"));
    }

    @Test
    void linksOutOfTheTabOrderOrOutOfDocumentOrderFail() throws Exception {
        assumeTrue(BrowserGate.Browser.debian().available(), "chromium/chromedriver not installed");
        PublishedSite site = new Fixture(dir)
                .page("index.html", "<p><a href=\"/\">First</a> <a tabindex=\"-1\" href=\"/\">Skipped</a></p>")
                .page("guide/pay/index.html", "<ul><li><a href=\"/\">One</a></li><li><a tabindex=\"1\" href=\"/\">Jumps</a></li></ul>")
                .site();

        GateResult result = new BrowserGate(BrowserGate.Browser.debian(), true).check(site);

        assertThat(result.findings()).filteredOn(f -> f.page().equals("index.html"))
                .anySatisfy(f -> assertThat(f.message()).contains("Tab never reaches"));
        assertThat(result.findings()).filteredOn(f -> f.page().equals("guide/pay/index.html"))
                .anySatisfy(f -> assertThat(f.message()).contains("out of document order"));
    }

    @Test
    void contentWiderThanAPhoneFailsReflowUnlessItScrollsInARegionOfItsOwn() throws Exception {
        assumeTrue(BrowserGate.Browser.debian().available(), "chromium/chromedriver not installed");
        PublishedSite site = new Fixture(dir)
                .page("index.html", "<div class=\"scroll\"><table><tr><td class=\"wide\">Wide cell</td></tr></table></div>")
                .page("guide/pay/index.html", "<p class=\"wide\">Too wide.</p>")
                .file("css/site.css", Fixture.CSS + ".wide { width: 500px; } .scroll { overflow-x: auto; }\n").site();

        GateResult result = new BrowserGate(BrowserGate.Browser.debian(), true).check(site);

        assertThat(result.findings()).filteredOn(f -> f.message().startsWith("Reflow"))
                .allSatisfy(f -> assertThat(f.page()).isEqualTo("guide/pay/index.html"))
                .anySatisfy(f -> assertThat(f.message()).startsWith("Reflow (320 px): the page is ")
                        .contains("Sticking out: <p> \"Too wide.\""))
                .anySatisfy(f -> assertThat(f.message()).startsWith("Reflow (360 px)"))
                .noneSatisfy(f -> assertThat(f.message()).startsWith("Reflow (1280 px)"))
                .allSatisfy(f -> assertThat(f.line()).as("the element's line in the page").isPositive());
    }

    @Test
    void anInlineScriptOrStyleBlockedByThePolicyIsAFindingNamingPageAndDirective() throws Exception {
        assumeTrue(BrowserGate.Browser.debian().available(), "chromium/chromedriver not installed");
        String policy = "<meta http-equiv=\"Content-Security-Policy\" content=\""
                + org.coderpay.security.SecurityHeaders.SITE.getContentSecurityPolicy().replace("'", "&#39;") + "\">\n";
        PublishedSite site = new Fixture(dir)
                .file("index.html", Fixture.html("Home", "<p>Obeys the policy.</p>").replace("<meta charset=\"utf-8\">\n",
                        "<meta charset=\"utf-8\">\n" + policy))
                .file("guide/pay/index.html", Fixture.html("Pay", "<p style=\"color: red\">Styled inline.</p>"
                        + "<script>document.title = 'ran';</script>").replace("<meta charset=\"utf-8\">\n",
                        "<meta charset=\"utf-8\">\n" + policy).replace("<main", "<article class=\"other\"></article><main"))
                .site();

        GateResult result = new BrowserGate(BrowserGate.Browser.debian(), true).check(site);

        assertThat(result.findings()).filteredOn(f -> f.message().contains("Content-Security-Policy"))
                .isNotEmpty()
                .allSatisfy(f -> assertThat(f.page()).isEqualTo("guide/pay/index.html"))
                .anySatisfy(f -> assertThat(f.message()).contains("script-src"))
                .anySatisfy(f -> assertThat(f.message()).contains("style-src"));
    }
}
