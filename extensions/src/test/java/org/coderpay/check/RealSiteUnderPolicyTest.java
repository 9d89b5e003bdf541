package org.coderpay.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.coderpay.build.RealSite;
import org.coderpay.build.TestSites;
import org.coderpay.security.HeadersFileWriter;
import org.coderpay.security.SecurityHeaders;
import org.coderpay.serve.StaticFileServer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The real site under its Content-Security-Policy: every page carries the policy before anything it
 * could govern, the _headers file sends the same policy (plus what only works as a header), and in
 * Chromium no page, with its scripts running, violates it.
 */
class RealSiteUnderPolicyTest {
    @TempDir
    Path profile;

    @Test
    void everyPageCarriesThePolicyBeforeAnyResource() throws IOException {
        Path root = RealSite.published();
        for (Path file : TestSites.htmlFiles(root)) {
            Document doc = Jsoup.parse(file.toFile(), "UTF-8");
            String page = root.relativize(file).toString();
            Element csp = doc.selectFirst("head > meta[http-equiv=Content-Security-Policy]");
            assertThat(csp).as(page + ": CSP meta tag").isNotNull();
            assertThat(csp.attr("content")).isEqualTo(SecurityHeaders.SITE.getContentSecurityPolicy())
                    .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval").contains("default-src 'none'");
            // A meta policy governs only what comes after it: only the charset may come first.
            assertThat(csp.elementSiblingIndex()).as(page + ": the policy follows only <meta charset>").isEqualTo(1);
            assertThat(doc.select("head > meta[name=referrer]").attr("content")).isEqualTo(SecurityHeaders.REFERRER_POLICY);
        }
    }

    @Test
    void headersFileSendsTheSamePolicyAndTheHeaderOnlyRules() throws IOException {
        List<String> lines = Files.readAllLines(RealSite.published().resolve(HeadersFileWriter.OUTPUT), StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("/*");
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            assertThat(line).as("an indented Name: value line").matches("  [A-Za-z-]+: \\S.*");
            String[] parts = line.strip().split(": ", 2);
            headers.put(parts[0], parts[1]);
        }
        assertThat(headers.get("Content-Security-Policy")).startsWith(SecurityHeaders.SITE.getContentSecurityPolicy())
                .contains("frame-ancestors 'none'");
        assertThat(headers).containsEntry("X-Content-Type-Options", "nosniff")
                .containsEntry("Referrer-Policy", SecurityHeaders.REFERRER_POLICY);
    }

    /** Every page, loaded with its scripts (the search with a query, so it fetches its index). */
    @Test
    void noPageViolatesThePolicyInChromium() throws Exception {
        BrowserGate.Browser browser = BrowserGate.Browser.debian();
        assumeTrue(browser.available(), "chromium/chromedriver not installed");
        Path root = RealSite.published();
        PublishedSite site = PublishedSite.load(root, null);
        List<Finding> findings = new ArrayList<>();
        int loaded = 0;
        try (StaticFileServer server = new StaticFileServer(() -> root, 0)) {
            server.start();
            ChromeDriver driver = browser.start(profile);
            try {
                CspViolations.listen(driver);
                for (String page : site.pages()) {
                    String url = "http://127.0.0.1:" + server.port() + PublishedSite.urlOf(page);
                    driver.get(page.startsWith("search") ? url + "?q=coding+pay" : url);
                    // Let deferred scripts and their fetches run before reading what they did.
                    driver.executeAsyncScript("var done = arguments[0]; setTimeout(done, 300);");
                    findings.addAll(CspViolations.collect(site, page, driver, "page load"));
                    loaded++;
                }
            } finally {
                driver.quit();
            }
        }
        assertThat(loaded).isEqualTo(site.pages().size()).isGreaterThan(10);
        assertThat(findings).as("CSP violations").isEmpty();
    }
}
