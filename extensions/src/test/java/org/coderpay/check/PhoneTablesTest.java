package org.coderpay.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.coderpay.build.RealSite;
import org.coderpay.serve.StaticFileServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Issue 18 on the real site in Chromium: at 320, 360 and 412 px every salary table shows all of its
 * figures without sideways scrolling (its scroll region is no wider inside than outside), a folded
 * table labels each figure with its column's heading, and the sort buttons stay on screen. Fails
 * naming the page, the width and the table. Skipped where Chromium is missing.
 */
class PhoneTablesTest {
    private static final int[] WIDTHS = {320, 360, 412};

    @TempDir
    Path profile;

    @Test
    void everySalaryTableFitsAPhoneAndKeepsItsSortButtons() throws IOException {
        assumeTrue(BrowserGate.Browser.debian().available(), "chromium/chromedriver not installed");
        Path site = RealSite.published();
        List<String> pages;
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(p -> p.toString().endsWith(".html")).filter(PhoneTablesTest::hasTable)
                    .map(p -> site.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
        assertThat(pages).as("pages with salary tables").hasSizeGreaterThan(10);

        List<String> problems = new ArrayList<>();
        ChromeDriver driver = BrowserGate.Browser.debian().start(profile);
        try (StaticFileServer server = new StaticFileServer(() -> site, 0)) {
            server.start();
            for (int width : WIDTHS) {
                driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 800,
                        "screenWidth", width, "screenHeight", 800, "deviceScaleFactor", 1, "mobile", true));
                for (String page : pages) {
                    driver.get("http://127.0.0.1:" + server.port() + PublishedSite.urlOf(page));
                    Object found = driver.executeScript(MEASURE);
                    for (Object problem : (List<?>) found) {
                        problems.add(page + " at " + width + " px: " + problem);
                    }
                }
            }
        } finally {
            driver.quit();
        }
        assertThat(problems).isEmpty();
    }

    private static boolean hasTable(Path file) {
        try {
            return Files.readString(file).contains("class=\"salary-table__table");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs in the page: what is wrong with each salary table, as text. */
    private static final String MEASURE = """
            var problems = [];
            document.querySelectorAll('.salary-table').forEach(function (box) {
              var name = box.querySelector('caption').textContent.trim();
              var region = box.querySelector('.salary-table__scroll');
              if (region.scrollWidth > region.clientWidth + 1) {
                problems.push('"' + name + '" scrolls sideways: ' + region.scrollWidth + ' px in ' + region.clientWidth);
              }
              if (box.getBoundingClientRect().right > document.documentElement.clientWidth + 1) {
                problems.push('"' + name + '" runs off the screen');
              }
              if (box.classList.contains('salary-table--stack') && window.innerWidth <= 480) {
                box.querySelectorAll('td[data-label]').forEach(function (td) {
                  var shown = getComputedStyle(td, '::before').content;
                  if (shown.indexOf(td.getAttribute('data-label')) < 0) {
                    problems.push('"' + name + '": a figure is not labelled "' + td.getAttribute('data-label') + '"');
                  }
                });
              }
              box.querySelectorAll('thead button').forEach(function (button) {
                var r = button.getBoundingClientRect();
                if (r.width === 0 || r.height === 0) {
                  problems.push('"' + name + '": the sort button "' + button.textContent.trim() + '" is not on screen');
                }
              });
            });
            return problems;
            """;
}
