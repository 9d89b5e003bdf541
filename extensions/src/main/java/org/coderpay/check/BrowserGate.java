package org.coderpay.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.coderpay.serve.StaticFileServer;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * Accessibility in a real browser: axe-core in headless Chromium on one page of each page type, at
 * 360 and 1280 CSS pixels wide, in the light and the dark colour scheme, against the WCAG 2.0, 2.1
 * and 2.2 A and AA rules; a keyboard walk: Tab reaches every link, button and field in document
 * order, and each one shows where the focus is; and reflow: at 320, 360 and 1280 px nothing makes the
 * page scroll sideways (WCAG 1.4.10); and no Content-Security-Policy violation on any page it loads.
 *
 * <p>Uses Debian's chromium and chromedriver at fixed paths and never downloads a browser or driver;
 * without them the gate is skipped, says so, and says how to run it.
 */
public final class BrowserGate implements Gate {
    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");
    static final int[] WIDTHS = {360, 1280};
    /** WCAG 1.4.10's width: checked for reflow only, since axe's rules do not depend on the width. */
    static final int NARROWEST = 320;
    /** Held so the level sticks (java.util.logging keeps loggers weakly); Selenium's INFO lines are noise here. */
    /** The folder to serve: the site itself at a host's root, else a temporary copy placed under its base path. */
    private static Path servedRoot(PublishedSite site) throws IOException {
        if (site.basePath().equals("/")) {
            return site.root();
        }
        Path top = Files.createTempDirectory("site-checks-base");
        Path inner = top.resolve(site.basePath().substring(1));
        for (Map.Entry<String, Path> file : site.files().entrySet()) {
            Path target = inner.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.copy(file.getValue(), target);
        }
        return top;
    }

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

        /**
         * Starts headless Chromium through its driver, with a throwaway profile. The driver path is
         * given explicitly so Selenium Manager never looks for (or downloads) one.
         */
        public ChromeDriver start(Path profile) {
            System.setProperty("webdriver.chrome.driver", chromedriver.toString());
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort().build();
            ChromeOptions options = new ChromeOptions();
            options.setBinary(chromium.toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                    "--disable-extensions", "--user-data-dir=" + profile);
            ChromeDriver driver;
            try {
                driver = new ChromeDriver(service, options);
            } catch (RuntimeException e) {
                throw new IllegalStateException("Chromium (" + chromium + ") could not be started through "
                        + chromedriver + ": " + e.getMessage().lines().findFirst().orElse("")
                        + ". Check that both come from the same Debian release (apt-get install -y chromium chromium-driver).", e);
            }
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            return driver;
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
            return GateResult.skipped(name(), SKIPPED + " (looked for " + browser.chromium() + " and "
                    + browser.chromedriver() + ")");
        }
        Map<String, String> types = pageTypes(site);
        List<Finding> findings = new ArrayList<>();
        Path profile = Files.createTempDirectory("site-checks-chromium");
        SELENIUM_LOG.setLevel(Level.SEVERE);
        // The preview's server: it serves the folder as a static host does (index.html, 404.html, no escape).
        // A site baked for a folder (site.basePath) links to /folder/...: serve a copy inside that folder.
        Path served = servedRoot(site);
        try (StaticFileServer server = new StaticFileServer(() -> served, 0)) {
            server.start();
            String siteAddress = "http://127.0.0.1:" + server.port() + site.basePath().substring(0, site.basePath().length() - 1);
            ChromeDriver driver = browser.start(profile);
            CspViolations.listen(driver);
            try {
                for (Map.Entry<String, String> type : types.entrySet()) {
                    String page = type.getValue();
                    try {
                        load(driver, siteAddress + PublishedSite.urlOf(page), NARROWEST, false);
                        findings.addAll(Reflow.run(site, page, driver, NARROWEST));
                        findings.addAll(CspViolations.collect(site, page, driver, variant(NARROWEST, false)));
                    } catch (org.openqa.selenium.WebDriverException e) {
                        findings.add(browserChoked(site, page, NARROWEST, false, e));
                    }
                    for (int width : WIDTHS) {
                        for (boolean dark : new boolean[] {false, true}) {
                            load(driver, siteAddress + PublishedSite.urlOf(page), width, dark);
                            try {
                                findings.addAll(axe(site, page, driver, width, dark));
                                if (!dark) {
                                    findings.addAll(Reflow.run(site, page, driver, width));
                                    findings.addAll(KeyboardWalk.run(site, page, driver, width));
                                }
                                findings.addAll(CspViolations.collect(site, page, driver, variant(width, dark)));
                            } catch (org.openqa.selenium.WebDriverException e) {
                                findings.add(browserChoked(site, page, width, dark, e));
                            }
                        }
                    }
                }
                for (String page : site.pages()) {
                    findings.addAll(phoneLayout(site, page, driver, siteAddress));
                }
            } finally {
                driver.quit();
            }
        } finally {
            deleteTree(profile);
        }
        return new GateResult(name(), types.size(), "page types", findings,
                "axe-core WCAG 2.0-2.2 A/AA and keyboard on " + String.join(", ", types.values())
                        + " at 360/1280 px, light/dark; reflow at 320/360/1280 px; phone layout on all "
                        + site.pages().size() + " pages at 320/360/412 px, light/dark; no Content-Security-Policy violation", null);
    }

    /**
     * One page per page type: pages with the same kind of main content (the layout's wrapper) and the
     * same components (tables, charts, forms...) render alike, so checking one of each covers all
     * without starting the browser on every page. The home page and the 404 page always count as types
     * of their own.
     */
    static Map<String, String> pageTypes(PublishedSite site) {
        Map<String, String> byType = new LinkedHashMap<>();
        for (String always : List.of("index.html", "404.html")) {
            if (site.exists(always)) {
                byType.put("page " + always, always);
            }
        }
        for (String page : site.pages()) {
            if (byType.containsValue(page)) {
                continue;
            }
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
        // Components whose accessibility can differ from plain text (colours, names, roles, focus).
        for (String component : List.of("table", "svg", "figure", "form", "details", "input", "select", "button",
                "img", "video", "audio", "iframe", "script")) {
            if (!doc.select(component).isEmpty()) {
                parts.add(component);
            }
        }
        return sb + String.join(",", parts);
    }

    /**
     * Every page, not one per type: a phone layout fault is usually one long word, label or table of
     * one page. The page is loaded once; the widths and colour schemes are switched by emulation, which
     * lays the page out again without reloading it.
     */
    private static List<Finding> phoneLayout(PublishedSite site, String page, ChromeDriver driver, String siteAddress) {
        List<Finding> findings = new ArrayList<>();
        boolean loaded = false;
        for (int width : PhoneLayout.WIDTHS) {
            for (boolean dark : new boolean[] {false, true}) {
                try {
                    if (loaded) {
                        emulate(driver, width, dark);
                        checkEmulation(driver, width, dark);
                    } else {
                        load(driver, siteAddress + PublishedSite.urlOf(page), width, dark);
                        loaded = true;
                    }
                    findings.addAll(PhoneLayout.run(site, page, driver, width, dark));
                    // Every page, not one per type, is also where a policy violation would show.
                    findings.addAll(CspViolations.collect(site, page, driver, variant(width, dark)));
                } catch (org.openqa.selenium.WebDriverException e) {
                    findings.add(browserChoked(site, page, width, dark, e));
                }
            }
        }
        return findings;
    }

    private static void load(ChromeDriver driver, String url, int width, boolean dark) {
        emulate(driver, width, dark);
        driver.get(url);
        checkEmulation(driver, width, dark);
    }

    private static void emulate(ChromeDriver driver, int width, boolean dark) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 800,
                "screenWidth", width, "screenHeight", 800, "deviceScaleFactor", 1, "mobile", width < 600));
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-color-scheme", "value", dark ? "dark" : "light"))));
    }

    private static void checkEmulation(ChromeDriver driver, int width, boolean dark) {
        Object matches = driver.executeScript("return matchMedia('(prefers-color-scheme: dark)').matches");
        if (!Boolean.valueOf(dark).equals(matches)) {
            throw new IllegalStateException("Could not switch the browser to the " + (dark ? "dark" : "light")
                    + " colour scheme; the colour checks would be meaningless.");
        }
        // The screen, not the viewport: a page that is too wide widens a phone's layout viewport, and that
        // is a reflow finding about the page, whereas a screen of the wrong size means the emulation failed.
        Object screenWidth = driver.executeScript("return screen.width");
        if (!(screenWidth instanceof Number n) || n.intValue() != width) {
            throw new IllegalStateException("Could not set the screen to " + width + " px (got " + screenWidth + ").");
        }
    }

    /** One page the browser chokes on must not hide the findings of the others. */
    private static Finding browserChoked(PublishedSite site, String page, int width, boolean dark, RuntimeException e) {
        return Finding.onPage(site, page, "The browser could not check the page (" + variant(width, dark) + "): "
                + String.valueOf(e.getMessage()).lines().findFirst().orElse(""),
                "Open the page in Chromium and look for a script error or a page that never finishes loading.");
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

    /** Deletes the browser's throwaway profile. */
    private static void deleteTree(Path root) throws IOException {
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
