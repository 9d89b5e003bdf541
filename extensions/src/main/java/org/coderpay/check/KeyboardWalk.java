package org.coderpay.check;

import java.util.ArrayList;
import java.util.List;

import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * Walks a loaded page with the Tab key, as a keyboard user does: every link and control must be
 * reached, in document order, and show where the focus is (an outline or shadow) while in view.
 */
final class KeyboardWalk {
    /** Names an element twice: a path that finds it again (nth-child steps) and a label for people. */
    static final String DESCRIBE = """
            function describe(el) {
              if (!el || el === document.body) return ['body', 'the page itself'];
              const parts = [];
              for (let e = el; e && e.nodeType === 1 && e !== document.documentElement; e = e.parentElement) {
                let i = 1; for (let s = e.previousElementSibling; s; s = s.previousElementSibling) i++;
                parts.unshift(e.localName + ':nth-child(' + i + ')');
              }
              const href = el.getAttribute('href');
              const text = (el.textContent || el.value || el.getAttribute('aria-label') || '').trim().replace(/\\s+/g, ' ');
              const label = '<' + el.localName + (href !== null ? ' href="' + href + '"' : '') + '> "'
                  + (text.length > 40 ? text.slice(0, 40) + '...' : text) + '"';
              return [parts.join(' > '), label];
            }
            """;

    /** What Tab should reach. Links and controls count even with tabindex=-1 (that is the fault to
     * find: it takes them out of the Tab order); other elements only when given tabindex >= 0. */
    private static final String FOCUSABLE = DESCRIBE + """
            const controls = 'a[href], area[href], button, input:not([type=hidden]), select, textarea, summary';
            const sel = controls + ', [tabindex], [contenteditable=true]';
            return Array.from(document.querySelectorAll(sel)).filter(el => {
              if (el.disabled) return false;
              if (!el.matches(controls) && el.tabIndex < 0) return false;
              // checkVisibility also sees content-visibility: hidden, which is how a closed <details> hides its content.
              return el.checkVisibility({visibilityProperty: true}) && el.getClientRects().length > 0;
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
            return describe(el).concat([(outline || shadow) ? 'visible' : 'invisible', inView ? 'in-view' : 'off-screen']);
            """;

    private KeyboardWalk() {
    }

    @SuppressWarnings("unchecked")
    static List<Finding> run(PublishedSite site, String page, ChromeDriver driver, int width) {
        List<Finding> findings = new ArrayList<>();
        List<List<String>> expected = (List<List<String>>) driver.executeScript(FOCUSABLE);
        List<String> expectedPaths = expected.stream().map(e -> e.get(0)).toList();
        List<String> reachedPaths = new ArrayList<>();
        List<String> reachedLabels = new ArrayList<>();
        String context = "Keyboard (" + width + " px): ";
        for (int i = 0; i < expected.size(); i++) {
            // Real key presses, as a reader's; the first goes to the page itself (nothing focused yet).
            if (i == 0) {
                new Actions(driver).sendKeys(Keys.TAB).perform();
            } else {
                driver.switchTo().activeElement().sendKeys(Keys.TAB);
            }
            List<String> active = (List<String>) driver.executeScript(ACTIVE);
            reachedPaths.add(active.get(0));
            reachedLabels.add(active.get(1));
            int[] at = BrowserGate.lineOf(site.document(page), active.get(0));
            if (!active.get(2).equals("visible")) {
                findings.add(Finding.at(site, page, at[0], at[1], context + "focus on " + active.get(1)
                        + " is not visible (no outline or box-shadow while focused).",
                        "Give it a :focus-visible style in assets/css/ (for example outline: 3px solid var(--focus))."));
            } else if (!active.get(3).equals("in-view")) {
                findings.add(Finding.at(site, page, at[0], at[1], context + "the focused " + active.get(1) + " is off screen.",
                        "Make it move into view when focused (a skip link: position it on :focus)."));
            }
        }
        if (!reachedPaths.equals(expectedPaths)) {
            List<List<String>> missing = expected.stream().filter(e -> !reachedPaths.contains(e.get(0))).toList();
            String what = missing.isEmpty() ? "Tab visits the links and controls out of document order"
                    : "Tab never reaches " + String.join(", ", missing.stream().map(e -> e.get(1)).toList());
            int[] at = missing.isEmpty() ? new int[] {0, 0} : BrowserGate.lineOf(site.document(page), missing.get(0).get(0));
            findings.add(Finding.at(site, page, at[0], at[1], context + what + ". Tab went: "
                    + String.join(", ", reachedLabels) + ".",
                    "Remove tabindex values other than 0 and -1 on non-controls, and anything that traps or skips focus;"
                            + " every link and control must be reachable with Tab in reading order."));
        }
        return findings;
    }
}
