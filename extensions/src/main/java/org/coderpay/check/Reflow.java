package org.coderpay.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.openqa.selenium.chrome.ChromeDriver;

/**
 * WCAG 1.4.10 (Reflow): at a phone's width the page must fit without sideways scrolling. Content
 * may scroll inside a region of its own (a wide table in its scroll box), but nothing may widen the
 * page itself. A page that does gets one finding naming the elements that stick out.
 */
final class Reflow {
    /**
     * The page's width, and the innermost elements that reach past the viewport's right edge and are
     * not clipped by a scrolling or clipping ancestor that itself fits (those are what to fix).
     */
    private static final String OVERFLOW = KeyboardWalk.DESCRIBE + """
            const w = arguments[0];
            const pageWidth = Math.max(document.documentElement.scrollWidth, innerWidth);
            if (pageWidth <= w) return null;
            const clipped = el => {
              for (let a = el.parentElement; a && a !== document.documentElement; a = a.parentElement) {
                const st = getComputedStyle(a);
                if (st.overflowX !== 'visible' && a.getBoundingClientRect().right <= w + 0.5) return true;
              }
              return false;
            };
            const wide = Array.from(document.body.querySelectorAll('*')).filter(el => {
              const st = getComputedStyle(el);
              return el.getBoundingClientRect().right > w + 0.5 && st.position !== 'fixed' && !clipped(el);
            });
            const innermost = wide.filter(el => !wide.some(o => o !== el && el.contains(o)));
            return [String(pageWidth)].concat(innermost.slice(0, 3).map(el => describe(el).join('\\n')));
            """;

    private Reflow() {
    }

    @SuppressWarnings("unchecked")
    static List<Finding> run(PublishedSite site, String page, ChromeDriver driver, int width) {
        List<String> result = (List<String>) driver.executeScript(OVERFLOW, width);
        if (result == null) {
            return List.of();
        }
        List<String> culprits = result.subList(1, result.size());
        List<String> labels = new ArrayList<>();
        int[] at = {0, 0};
        for (String culprit : culprits) {
            String[] pathAndLabel = culprit.split("\n", 2);
            labels.add(pathAndLabel[1]);
            if (at[0] == 0) {
                at = BrowserGate.lineOf(site.document(page), pathAndLabel[0]);
            }
        }
        String what = labels.isEmpty() ? "" : " Sticking out: " + String.join(", ", labels) + ".";
        return List.of(Finding.at(site, page, at[0], at[1], String.format(Locale.ROOT,
                "Reflow (%d px): the page is %s px wide, so readers on a %d px screen must scroll sideways.%s",
                width, result.get(0), width, what),
                "Let long words wrap (overflow-wrap: anywhere), give images max-width: 100%, and put wide content"
                        + " such as tables in a scroll region of its own (see .salary-table__scroll in assets/css/site.css)."));
    }
}
