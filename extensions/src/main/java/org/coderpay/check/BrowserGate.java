package org.coderpay.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;

/**
 * Accessibility in a real browser: axe-core in headless Chromium on one page of each page type, at
 * 360 and 1280 CSS pixels wide, in the light and the dark colour scheme, against the WCAG 2.0, 2.1
 * and 2.2 A and AA rules; and a keyboard walk: Tab reaches every link, button and field in document
 * order, and each one shows where the focus is.
 *
 * <p>Uses Debian's chromium and chromedriver at fixed paths and never downloads a browser or driver;
 * without them the gate is skipped, says so, and says how to run it.
 */
public final class BrowserGate implements Gate {
    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");
    static final int[] WIDTHS = {360, 1280};
    /** Held so the level sticks (java.util.logging keeps loggers weakly); Selenium's INFO lines are noise here. */
    private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");
    /** Set to 1 (CI does) to fail instead of skipping when the browser is missing. */
    static final String REQUIRE_BROWSER = "SITE_CHECKS_REQUIRE_BROWSER";
    static final String SKIPPED = "Browser checks SKIPPED: chromium/chromedriver not found. To run them: "
            + "apt-get install -y chromium chromium-driver, then ./mvnw verify";

    /** The browser and its driver. */
    public record Browser(Path chromium, Path chromedriver) {
        public static Browser debian() {
            return new Browser(Path.of("/usr/bin/chromium"), Path.of("/usr/bin/chromedriver"));
        }

        public boolean available() {
            return Files.isExecutable(chromium) && Files.isExecutable(chromedriver);
        }
    }

    private final Browser browser;
    private final boolean required;

    /** @param required fail (instead of skipping) when the browser is missing, as CI does */
    public BrowserGate(Browser browser, boolean required) {
        this.browser = browser;
        this.required = required;
    }

    /** Whether this environment asks for the browser checks to be required ({@value #REQUIRE_BROWSER}=1). */
    public static boolean requiredByEnvironment() {
        return "1".equals(System.getenv(REQUIRE_BROWSER));
    }

    @Override
    public String name() {
        return "browser";
    }

    @Override
    public GateResult check(PublishedSite site) throws Exception {
        if (!browser.available()) {
            if (required) {
                return new GateResult(name(), 0, "page types", List.of(new Finding("(site)", "", 0, 0,
                        "Browser checks cannot run: chromium/chromedriver not found, and " + REQUIRE_BROWSER
                                + "=1 says they must (CI).", "apt-get install -y chromium chromium-driver", "")), "", null);
            }
            System.out.println(SKIPPED);
            return GateResult.skipped(name(), "chromium/chromedriver not found at " + browser.chromium() + " and "
                    + browser.chromedriver() + ". To run them: apt-get install -y chromium chromium-driver, then ./mvnw verify");
        }
        Map<String, String> types = pageTypes(site);
        List<Finding> findings = new ArrayList<>();
        Path profile = Files.createTempDirectory("site-checks-chromium");
        SELENIUM_LOG.setLevel(Level.SEVERE);
        try (StaticServer server = new StaticServer(site.root())) {
            ChromeDriver driver = start(profile);
            try {
                for (Map.Entry<String, String> type : types.entrySet()) {
                    String page = type.getValue();
                    for (int width : WIDTHS) {
                        for (boolean dark : new boolean[] {false, true}) {
                            load(driver, server.origin() + PublishedSite.urlOf(page), width, dark);
                            findings.addAll(axe(site, page, driver, width, dark));
                            if (!dark) {
                                findings.addAll(keyboard(site, page, driver, width));
                            }
                        }
                    }
                }
            } finally {
                driver.quit();
            }
        } finally {
            PublishSiteFiles.deleteTree(profile);
        }
        return new GateResult(name(), types.size(), "page types", findings,
                "axe-core WCAG 2.0-2.2 A/AA and keyboard on " + String.join(", ", types.values())
                        + " at 360/1280 px, light/dark", null);
    }

    /**
     * One page per page type: pages with the same kind of main content (the layout's wrapper) and the
     * same components (tables, charts, forms...) render alike, so checking one of each covers all
     * without starting the browser on every page. The home page and the 404 page always count.
     */
    static Map<String, String> pageTypes(PublishedSite site) {
        Map<String, String> byType = new LinkedHashMap<>();
        for (String page : site.pages()) {
            byType.putIfAbsent(signature(site.document(page)), page);
        }
        return byType;
    }

    static String signature(Document doc) {
        Element main = doc.selectFirst("main");
        StringBuilder sb = new StringBuilder();
        if (main != null) {
            for (Element child : main.children()) {
                sb.append(child.normalName()).append('.').append(String.join(".", new TreeSet<>(child.classNames()))).append(' ');
            }
        }
        TreeSet<String> parts = new TreeSet<>();
        for (String component : List.of("table", "svg", "figure", "form", "details", "input", "select", "button",
                "img", "video", "iframe", "dl", "ol", "blockquote", "script", "nav")) {
            if (!doc.select(component).isEmpty()) {
                parts.add(component);
            }
        }
        return sb + String.join(",", parts);
    }

    private ChromeDriver start(Path profile) {
        // The driver path is given explicitly so Selenium Manager never looks for (or downloads) one.
        System.setProperty("webdriver.chrome.driver", browser.chromedriver().toString());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(browser.chromedriver().toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.chromium().toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                "--disable-extensions", "--user-data-dir=" + profile);
        ChromeDriver driver;
        try {
            driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Chromium (" + browser.chromium() + ") could not be started through "
                    + browser.chromedriver() + ": " + e.getMessage().lines().findFirst().orElse("")
                    + ". Check that both come from the same Debian release (apt-get install -y chromium chromium-driver).", e);
        }
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return driver;
    }

    private static void load(ChromeDriver driver, String url, int width, boolean dark) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 800,
                "deviceScaleFactor", 1, "mobile", width < 600));
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-color-scheme", "value", dark ? "dark" : "light"))));
        driver.get(url);
        Object matches = driver.executeScript("return matchMedia('(prefers-color-scheme: dark)').matches");
        if (!Boolean.valueOf(dark).equals(matches)) {
            throw new IllegalStateException("Could not switch the browser to the " + (dark ? "dark" : "light")
                    + " colour scheme; the colour checks would be meaningless.");
        }
        Object innerWidth = driver.executeScript("return window.innerWidth");
        if (!(innerWidth instanceof Number n) || n.intValue() != width) {
            throw new IllegalStateException("Could not set the viewport to " + width + " px (got " + innerWidth + ").");
        }
    }

    private static String variant(int width, boolean dark) {
        return width + " px, " + (dark ? "dark" : "light");
    }

    private static List<Finding> axe(PublishedSite site, String page, ChromeDriver driver, int width, boolean dark) {
        Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(driver);
        List<Finding> findings = new ArrayList<>();
        if (results.isErrored()) {
            findings.add(Finding.onPage(site, page, "axe-core could not check the page (" + variant(width, dark) + "): "
                    + results.getErrorMessage(), "Run the check again; if it persists, report it."));
        }
        for (Rule rule : results.getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                String selector = String.valueOf(node.getTarget()).replaceAll("^\\[\"?|\"?\\]$", "");
                int[] at = lineOf(site.document(page), selector);
                String summary = node.getFailureSummary() == null ? "" : node.getFailureSummary().replaceAll("\\s+", " ").trim();
                findings.add(Finding.at(site, page, at[0], at[1], "Accessibility (" + variant(width, dark) + "): "
                        + rule.getHelp() + " [" + rule.getId() + "] at " + selector + ". " + summary,
                        "See " + rule.getHelpUrl() + " ; fix the template or CSS that makes this element, in both colour schemes."));
            }
        }
        return findings;
    }

    /** Where the element axe names sits in the published file, when jsoup understands its selector. */
    static int[] lineOf(Document doc, String selector) {
        try {
            Elements found = doc.select(selector);
            if (!found.isEmpty()) {
                return new int[] {References.line(found.first()), References.column(found.first())};
            }
        } catch (RuntimeException e) {
            // A selector jsoup does not support: report the page without a line.
        }
        return new int[] {0, 0};
    }

    /** Elements Tab should reach, in order, with a path naming each (the same script used for both lists). */
    private static final String DESCRIBE = """
            function describe(el) {
              if (!el || el === document.body) return 'body';
              const parts = [];
              for (let e = el; e && e.nodeType === 1 && e !== document.documentElement; e = e.parentElement) {
                let i = 1; for (let s = e.previousElementSibling; s; s = s.previousElementSibling) i++;
                parts.unshift(e.localName + ':nth-child(' + i + ')');
              }
              return parts.join(' > ');
            }
            """;

    private static final String FOCUSABLE = DESCRIBE + """
            // Links and controls count even with tabindex=-1 (that takes them out of the Tab order, which
            // is the fault to find); other elements count only when made focusable with tabindex >= 0.
            const controls = 'a[href], area[href], button, input:not([type=hidden]), select, textarea, summary';
            const sel = controls + ', [tabindex], [contenteditable=true]';
            return Array.from(document.querySelectorAll(sel)).filter(el => {
              if (el.disabled) return false;
              if (!el.matches(controls) && el.tabIndex < 0) return false;
              const st = getComputedStyle(el);
              return st.visibility !== 'hidden' && st.display !== 'none' && el.getClientRects().length > 0;
            }).map(describe);
            """;

    private static final String ACTIVE = DESCRIBE + """
            const el = document.activeElement;
            const st = getComputedStyle(el);
            const r = el.getBoundingClientRect();
            const outline = st.outlineStyle !== 'none' && parseFloat(st.outlineWidth) >= 1;
            const shadow = st.boxShadow && st.boxShadow !== 'none';
            const inView = r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0
                && r.top < innerHeight && r.left < innerWidth;
            return [describe(el), (outline || shadow) ? 'visible' : 'invisible', inView ? 'in-view' : 'off-screen'];
            """;

    private static List<Finding> keyboard(PublishedSite site, String page, ChromeDriver driver, int width) {
        List<Finding> findings = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<String> expected = (List<String>) driver.executeScript(FOCUSABLE);
        List<String> reached = new ArrayList<>();
        for (int i = 0; i < expected.size(); i++) {
            // Real key presses, as a reader's; the first goes to the page itself (nothing focused yet).
            if (i == 0) {
                new Actions(driver).sendKeys(Keys.TAB).perform();
            } else {
                driver.switchTo().activeElement().sendKeys(Keys.TAB);
            }
            @SuppressWarnings("unchecked")
            List<String> active = (List<String>) driver.executeScript(ACTIVE);
            String where = active.get(0);
            reached.add(where);
            int[] at = lineOf(site.document(page), where);
            if (!active.get(1).equals("visible")) {
                findings.add(Finding.at(site, page, at[0], at[1], "Keyboard (" + width + " px): focus on " + where
                        + " is not visible (no outline or box-shadow while focused).",
                        "Give it a :focus-visible style in assets/css/ (for example outline: 3px solid var(--focus))."));
            } else if (!active.get(2).equals("in-view")) {
                findings.add(Finding.at(site, page, at[0], at[1], "Keyboard (" + width + " px): the focused element "
                        + where + " is off screen.", "Make it move into view when focused (skip links: position it on :focus)."));
            }
        }
        if (!reached.equals(expected)) {
            List<String> missing = new ArrayList<>(expected);
            missing.removeAll(reached);
            String what = missing.isEmpty() ? "Tab visits the controls out of document order" : "Tab never reaches " + missing;
            int[] at = missing.isEmpty() ? new int[] {0, 0} : lineOf(site.document(page), missing.get(0));
            findings.add(Finding.at(site, page, at[0], at[1], "Keyboard (" + width + " px): " + what + ". Expected "
                    + expected.size() + " stops in order, got " + reached + ".",
                    "Remove positive tabindex values and anything that traps or skips focus; every link and control must be reachable with Tab."));
        }
        return findings;
    }

    /** Deletes the browser's throwaway profile. */
    private static final class PublishSiteFiles {
        static void deleteTree(Path root) throws IOException {
            if (!Files.exists(root)) {
                return;
            }
            try (var walk = Files.walk(root)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
