package org.coderpay.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Content-Security-Policy violations in the browser: a listener for {@code securitypolicyviolation},
 * installed through the DevTools protocol before any page script runs (so it sees violations during
 * parsing too, and the policy itself cannot block it), collects each violation on the page; the browser
 * gate reads and clears them after checking each page.
 */
final class CspViolations {
    static final String LISTENER = """
            window.__cspViolations = [];
            document.addEventListener('securitypolicyviolation', function (e) {
              window.__cspViolations.push({directive: e.effectiveDirective || e.violatedDirective,
                blocked: String(e.blockedURI || ''), line: e.lineNumber || 0, column: e.columnNumber || 0,
                sample: String(e.sample || '')});
            });
            """;

    private CspViolations() {
    }

    /** Installs the listener in every document the driver loads from now on. */
    static void listen(ChromeDriver driver) {
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", LISTENER));
    }

    /** The violations seen on the current page since it loaded (or since the last call), as findings. */
    static List<Finding> collect(PublishedSite site, String page, ChromeDriver driver, String variant) {
        Object seen = driver.executeScript(
                "var v = window.__cspViolations || []; window.__cspViolations = []; return v;");
        List<Finding> findings = new ArrayList<>();
        if (!(seen instanceof List<?> list)) {
            return findings;
        }
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> v)) {
                continue;
            }
            String blocked = String.valueOf(v.get("blocked"));
            String sample = String.valueOf(v.get("sample"));
            int line = v.get("line") instanceof Number n ? n.intValue() : 0;
            int column = v.get("column") instanceof Number n ? n.intValue() : 0;
            String what = "inline".equals(blocked) || "eval".equals(blocked) ? blocked + " code"
                    : blocked.isEmpty() ? "a resource" : blocked;
            findings.add(Finding.at(site, page, line, column, "Content-Security-Policy (" + variant + "): the policy's "
                    + v.get("directive") + " directive blocked " + what + (sample.isEmpty() ? "" : " (\"" + sample + "\")")
                    + ".", "Serve scripts, styles and images as files of this site (no inline <script>, style=\"\" or "
                    + "on...=\"\", no other host); the policy is in org.coderpay.security.SecurityHeaders."));
        }
        return findings;
    }
}
