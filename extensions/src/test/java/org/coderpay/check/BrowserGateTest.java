package org.coderpay.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;

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

    @Test
    void phoneLayoutNamesEveryPageAndElementAPhoneReaderWouldStumbleOn() throws Exception {
        assumeTrue(BrowserGate.Browser.debian().available(), "chromium/chromedriver not installed");
        String css = Fixture.CSS + "body { margin: 0; display: flex; flex-direction: column; min-height: 100vh; }\n"
                + "main { flex: 1 0 auto; } header { height: 48px; } .tall { height: 120px; }\n"
                + ".scroll { overflow-x: auto; } .unbreakable { display: inline-block; width: 500px; } .small { font-size: 12px; }\n"
                + ".tight { line-height: 1; margin: 0; padding: 0; list-style: none; } .tight li { margin: 0; }\n"
                + ".loose { display: block; }\n";
        String good = page("Good", "", "header", "<p>A <a href=\"/\">link in a sentence</a> is fine.</p>"
                + "<div class=\"scroll\"><table><tr><th scope=\"row\">Pay</th><td>$1</td></tr></table></div>"
                + "<svg viewBox=\"0 0 200 60\" width=\"200\" height=\"60\" role=\"img\" aria-label=\"Chart\">"
                + "<line x1=\"0\" y1=\"50\" x2=\"200\" y2=\"50\" stroke=\"currentColor\"/>"
                + "<text x=\"10\" y=\"30\" font-size=\"18\">Label</text></svg>");
        String bad = page("Bad", ", maximum-scale=1", "header class=\"tall\"",
                "<div class=\"scroll\"><table><tr><th scope=\"row\">Pay</th><td><span class=\"unbreakable\">$1</span></td></tr></table></div>"
                + "<p class=\"small\">Small print.</p>"
                + "<ul class=\"tight\"><li><a href=\"/\">One</a></li><li><a href=\"/\">Two</a></li></ul>"
                + "<svg viewBox=\"0 0 200 60\" width=\"200\" height=\"60\" role=\"img\" aria-label=\"Chart\">"
                + "<line x1=\"0\" y1=\"25\" x2=\"200\" y2=\"25\" stroke=\"currentColor\"/>"
                + "<text x=\"10\" y=\"30\" font-size=\"18\">Label</text></svg>");
        PublishedSite site = new Fixture(dir).file("css/site.css", css).file("index.html", good)
                .file("guide/bad/index.html", bad.replace("<link rel=\"stylesheet\" href=\"/css/site.css\">",
                        "<link rel=\"stylesheet\" href=\"/css/site.css\"><link rel=\"stylesheet\" href=\"/css/short.css\">"))
                .file("css/short.css", "body { display: block; }\n").site();

        GateResult result = new BrowserGate(BrowserGate.Browser.debian(), true).check(site);

        List<Finding> phone = result.findings().stream().filter(f -> f.message().startsWith("Phone layout")).toList();
        assertThat(phone).allSatisfy(f -> assertThat(f.page()).isEqualTo("guide/bad/index.html"));
        for (List<String> expected : List.of(List.of("the header <header>", "is 120 px tall"),
                List.of("a table <table>", "px box, so readers scroll sideways"),
                List.of("text <p> \"Small print.\"", "is 12 px"),
                List.of("a tap target <a href=\"/\"> \"One\"", "too close to <a href=\"/\"> \"Two\""),
                List.of("a chart label <text> \"Label\"", "touches <line>"),
                List.of("the footer <footer>", "px above the bottom of a 800 px screen"),
                List.of("the viewport tag <meta>", "blocks zoom"))) {
            assertThat(phone).as(expected.get(0)).anySatisfy(f -> assertThat(f.message()).contains(expected));
        }
        for (String variant : List.of("(320 px, light)", "(360 px, dark)", "(412 px, light)", "(412 px, dark)")) {
            assertThat(phone).as(variant).anySatisfy(f -> assertThat(f.message()).contains(variant).contains("is 12 px"));
        }
        assertThat(phone).filteredOn(f -> f.message().contains("a chart label"))
                .allSatisfy(f -> assertThat(f.line()).isPositive());
    }

    /** A page with a header and a footer around its main content, as the site's layout writes it. */
    private static String page(String title, String viewportExtra, String headerTag, String body) {
        return "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1" + viewportExtra + "\">\n"
                + "<title>" + title + "</title>\n<link rel=\"stylesheet\" href=\"/css/site.css\">\n</head>\n<body>\n"
                + "<" + headerTag + "><a href=\"/\" class=\"loose\">Home</a></header>\n"
                + "<main id=\"main\">\n<h1>" + title + "</h1>\n" + body + "\n</main>\n<footer><p>Footer</p></footer>\n</body>\n</html>\n";
    }
}
