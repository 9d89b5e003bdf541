package org.coderpay.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.coderpay.build.RealSite;
import org.coderpay.serve.StaticFileServer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * assets/js/sortable-tables.js on a real page in Chromium: a column heading sorts the rows when
 * clicked or pressed with Enter or Space, aria-sort names the one sorted column and its direction
 * (from the start: the bake writes it for the order it chose), and without the script the table is the
 * plain published one. Skipped where Chromium is missing.
 */
class SortableTablesTest {
    private static final String PAGE = "guide/pay-by-specialty/index.html";

    @TempDir
    Path profile;

    @Test
    void headingsSortByMouseAndKeyboardAndAriaSortSaysHow() throws IOException {
        assumeTrue(BrowserGate.Browser.debian().available(), "chromium/chromedriver not installed");
        Path site = RealSite.published();
        Element published = Jsoup.parse(Files.readString(site.resolve(PAGE))).selectFirst("table.salary-table__table");
        // Without the script: plain headings, and the order the bake wrote (sort: high-desc) is claimed
        // on the pay column, whose values do fall with the rows.
        assertThat(published.select("thead button")).isEmpty();
        assertThat(published.select("th[aria-sort]").eachText()).containsExactly("Annual pay");
        assertThat(published.selectFirst("th[aria-sort]").attr("aria-sort")).isEqualTo("descending");
        List<Element> rows = published.select("tbody tr");
        assertThat(rows).hasSizeGreaterThan(2);
        Comparator<Element> byPay = Comparator.comparingLong(r -> Long.parseLong(r.child(1).attr("data-sort")));
        List<String> byPayDescending = order(rows, byPay.reversed());
        List<String> byPayAscending = order(rows, byPay);
        List<String> byLabel = order(rows, Comparator.comparing(r -> r.child(0).ownText().toLowerCase(Locale.ROOT)));
        assertThat(byPayDescending).as("a meaningful check: sorting changes the order").isNotEqualTo(byLabel);
        assertThat(rows.stream().map(Element::id).toList()).as("the published order").isEqualTo(byPayDescending);

        ChromeDriver driver = BrowserGate.Browser.debian().start(profile);
        try (StaticFileServer server = new StaticFileServer(() -> site, 0)) {
            server.start();
            driver.get("http://127.0.0.1:" + server.port() + PublishedSite.urlOf(PAGE));
            WebElement table = driver.findElement(By.cssSelector("table.salary-table__table"));
            List<WebElement> buttons = table.findElements(By.cssSelector("thead th[scope=col] > button"));
            assertThat(buttons).hasSize(published.select("thead th[scope=col]").size());

            assertThat(ariaSort(table)).containsExactly("", "descending", "");
            press(driver, buttons.get(1), Keys.ENTER); // the sorted column: the other way
            assertThat(ariaSort(table)).containsExactly("", "ascending", "");
            assertThat(rowIds(table)).isEqualTo(byPayAscending);

            press(driver, buttons.get(2), Keys.SPACE); // another number column: highest first
            assertThat(ariaSort(table)).containsExactly("", "", "descending");
            assertThat(rowIds(table)).isEqualTo(order(rows, Comparator.comparingLong(
                    (Element r) -> Long.parseLong(r.child(2).attr("data-sort"))).reversed()));

            buttons.get(0).click(); // a text column, with the mouse: A to Z
            assertThat(ariaSort(table)).containsExactly("ascending", "", "");
            assertThat(rowIds(table)).isEqualTo(byLabel);
            press(driver, buttons.get(0), Keys.ENTER);
            assertThat(ariaSort(table)).containsExactly("descending", "", "");
        } finally {
            driver.quit();
        }
    }

    private static List<String> order(List<Element> rows, Comparator<Element> by) {
        return rows.stream().sorted(by).map(Element::id).toList();
    }

    /** A real key press on the focused heading button, as a keyboard user makes it. */
    private static void press(ChromeDriver driver, WebElement button, CharSequence key) {
        driver.executeScript("arguments[0].focus()", button);
        driver.switchTo().activeElement().sendKeys(key);
    }

    private static List<String> ariaSort(WebElement table) {
        return table.findElements(By.cssSelector("thead th[scope=col]")).stream()
                .map(th -> th.getAttribute("aria-sort") == null ? "" : th.getAttribute("aria-sort")).toList();
    }

    private static List<String> rowIds(WebElement table) {
        return table.findElements(By.cssSelector("tbody tr")).stream().map(r -> r.getAttribute("id")).toList();
    }
}
