import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.coderpay.check.BrowserGate;
import org.coderpay.preview.PreviewServer;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Benchmark (not a test) of the editing loop as an editor sees it: a copy of the site is previewed,
 * a guide page is open in headless Chromium, and the page's Markdown is edited again and again. For
 * each save it measures the time until the open tab shows the edit (save to reloaded page) and reads
 * the preview's own "Rebaked in N ms" line; then the same for a stylesheet edit (swapped in place, no
 * reload) and for a broken edit (save to error overlay). Run through bench/preview/preview-loop.sh.
 *
 * <p>Usage: {@code PreviewLoopBench <repository root> [rounds] [--overlay-screenshot <png>]}
 */
public final class PreviewLoopBench {
    private static final Pattern REBAKED = Pattern.compile("Rebake(?:d in|\\s+failed after) (\\d+) ms");

    public static void main(String[] args) throws Exception {
        Path repo = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        int rounds = args.length > 1 && !args[1].startsWith("--") ? Integer.parseInt(args[1]) : 5;
        Path screenshot = null;
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals("--overlay-screenshot")) {
                screenshot = Path.of(args[i + 1]).toAbsolutePath();
            }
        }
        Path work = Files.createTempDirectory("preview-bench");
        Path site = work.resolve("site");
        for (String part : List.of("content", "data", "templates", "assets")) {
            copyTree(repo.resolve(part), site.resolve(part));
        }
        Files.copy(repo.resolve("jbake.properties"), site.resolve("jbake.properties"));
        Path page = firstGuidePage(site);
        String address = "/" + site.resolve("content").relativize(page).toString().replace('\\', '/')
                .replaceFirst("\\.md$", "/");
        String original = Files.readString(page);

        Log log = new Log();
        PreviewServer preview = new PreviewServer(site, work.resolve("out/website"), new PrintStream(log, true, StandardCharsets.UTF_8));
        Thread server = new Thread(() -> {
            try {
                preview.serve(0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "bench-preview");
        server.setDaemon(true);
        server.start();
        Matcher started = waitFor(log, Pattern.compile("Preview: (http://127\\.0\\.0\\.1:\\d+)/"), 600);
        String origin = started.group(1);
        System.out.println("Preview of a copy of " + repo + " at " + origin + "; page " + address);

        ChromeDriver browser = BrowserGate.Browser.debian().start(work.resolve("profile"));
        List<Long> saveToReload = new ArrayList<>();
        List<Long> rebakes = new ArrayList<>();
        try {
            browser.manage().window().setSize(new Dimension(1000, 760));
            browser.get(origin + address);
            JavascriptExecutor js = browser;
            for (int round = 1; round <= rounds; round++) {
                String marker = "Benchmark edit " + round + ".";
                js.executeScript("window.benchPage = true;");
                int seen = log.count(REBAKED);
                long start = System.nanoTime();
                Files.writeString(page, original + "\n" + marker + "\n");
                waitUntil(() -> Boolean.TRUE.equals(js.executeScript(
                        "return !window.benchPage && document.body && document.body.textContent.includes(arguments[0]);", marker)), 600);
                long ms = (System.nanoTime() - start) / 1_000_000;
                waitUntil(() -> log.count(REBAKED) > seen, 60);
                long rebake = log.last(REBAKED);
                saveToReload.add(ms);
                rebakes.add(rebake);
                System.out.printf(Locale.ROOT, "edit %d: save to reloaded page %d ms (rebake %d ms)%n", round, ms, rebake);
            }

            // A stylesheet edit: swapped in place, the page is not reloaded.
            Path css = site.resolve("assets/css/site.css");
            String sheet = Files.readString(css);
            js.executeScript("window.benchPage = true;");
            long cssStart = System.nanoTime();
            Files.writeString(css, sheet + "\nbody { outline: 3px solid rgb(1, 2, 3); }\n");
            waitUntil(() -> "rgb(1, 2, 3)".equals(js.executeScript("return getComputedStyle(document.body).outlineColor;")), 600);
            long cssMs = (System.nanoTime() - cssStart) / 1_000_000;
            boolean reloaded = !Boolean.TRUE.equals(js.executeScript("return window.benchPage === true;"));
            System.out.printf(Locale.ROOT, "stylesheet edit: save to restyled page %d ms (%s)%n", cssMs,
                    reloaded ? "the page reloaded" : "swapped in place, no reload");
            Files.writeString(css, sheet);

            // A broken edit: an unknown header key.
            long brokenStart = System.nanoTime();
            Files.writeString(page, original.replaceFirst("(?m)^description=", "descripton="));
            waitUntil(() -> Boolean.TRUE.equals(js.executeScript(
                    "return document.querySelector('[data-preview-overlay]') !== null;")), 600);
            long brokenMs = (System.nanoTime() - brokenStart) / 1_000_000;
            System.out.printf(Locale.ROOT, "broken edit: save to error overlay %d ms%n", brokenMs);
            if (screenshot != null) {
                Files.createDirectories(screenshot.getParent());
                Files.write(screenshot, browser.getScreenshotAs(OutputType.BYTES));
                System.out.println("overlay screenshot: " + screenshot);
            }
            // The overlay as a keyboard and screen reader user meets it: an alert dialog that has the
            // focus, and Escape closes it.
            Object dialog = js.executeScript("var host = document.querySelector('[data-preview-overlay]');"
                    + "var d = host.shadowRoot.querySelector('[role=alertdialog]');"
                    + "return d ? [d.getAttribute('aria-labelledby'), host.shadowRoot.activeElement === d] : null;");
            browser.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ESCAPE);
            boolean closed = Boolean.TRUE.equals(js.executeScript("return document.querySelector('[data-preview-overlay]') === null;"));
            System.out.println("overlay: role=alertdialog, [labelled by, focused] = " + dialog + "; Escape closes it: " + closed);
            js.executeScript("window.benchPage = true;");
            long fixStart = System.nanoTime();
            Files.writeString(page, original);
            waitUntil(() -> Boolean.TRUE.equals(js.executeScript("return !window.benchPage && document.readyState === 'complete'"
                    + " && document.querySelector('[data-preview-overlay]') === null;")), 600);
            System.out.printf(Locale.ROOT, "fix: save to reloaded page without the overlay %d ms%n", (System.nanoTime() - fixStart) / 1_000_000);
        } finally {
            browser.quit();
            server.interrupt();
            server.join(10_000);
        }
        System.out.printf(Locale.ROOT, "%nsave to reloaded page (one-page edit, %d rounds): median %d ms, min %d ms, max %d ms%n",
                rounds, median(saveToReload), Collections.min(saveToReload), Collections.max(saveToReload));
        System.out.printf(Locale.ROOT, "rebake inside the running preview: median %d ms, min %d ms, max %d ms%n",
                median(rebakes), Collections.min(rebakes), Collections.max(rebakes));
        System.out.println("(The preview rebakes the whole site for every change until the incremental rebake lands.)");
    }

    private static Path firstGuidePage(Path site) throws IOException {
        try (Stream<Path> pages = Files.walk(site.resolve("content/guide"))) {
            return pages.filter(p -> p.toString().endsWith(".md")).sorted().findFirst()
                    .orElseThrow(() -> new IllegalStateException("No page under content/guide"));
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static Matcher waitFor(Log log, Pattern pattern, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            Matcher m = pattern.matcher(log.text());
            if (m.find()) {
                return m;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("Gave up waiting for " + pattern + ":\n" + log.text());
    }

    private static void waitUntil(BooleanSupplier condition, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            try {
                if (condition.getAsBoolean()) {
                    return;
                }
            } catch (RuntimeException e) {
                // The page is between two loads; ask again.
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException("Gave up after " + seconds + " s");
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.sorted().toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest);
                }
            }
        }
    }

    /** The preview's terminal output, echoed and kept for reading its rebake times. */
    private static final class Log extends OutputStream {
        private final ByteArrayOutputStream kept = new ByteArrayOutputStream();

        @Override
        public synchronized void write(int b) {
            kept.write(b);
            System.out.write(b);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            kept.write(b, off, len);
            System.out.write(b, off, len);
        }

        synchronized String text() {
            return kept.toString(StandardCharsets.UTF_8);
        }

        int count(Pattern p) {
            return (int) p.matcher(text()).results().count();
        }

        long last(Pattern p) {
            return p.matcher(text()).results().reduce((a, b) -> b).map(r -> Long.parseLong(r.group(1))).orElse(-1L);
        }
    }
}
