package org.coderpay.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What a reader on a phone needs from every page, measured in the browser from the page itself at
 * phone widths: tables that show all their columns without sideways scrolling, a header no taller
 * than {@value #HEADER_MAX_PX} px, chart labels that touch no line, bar or other label, a footer at the
 * bottom of short pages, tap targets of at least 24 by 24 px (WCAG 2.2, 2.5.8, with its spacing and
 * inline exceptions), text of at least 16 px (HTML text; chart text not yet), and zoom that is not blocked.
 */
final class PhoneLayout {
    static final int[] WIDTHS = {320, 360, 412};
    static final int HEADER_MAX_PX = 64;
    static final double MIN_TEXT_PX = 16;
    static final double MIN_TARGET_PX = 24;
    /** Findings of one kind on one page and variant beyond this many are counted, not listed. */
    private static final int LISTED = 3;

    /**
     * Returns [kind, path, label, detail] for each problem. Grid lines are drawn behind the labels on
     * purpose (the labels carry a halo in the page colour), so they are the one shape a label may cross.
     */
    private static final String MEASURE = KeyboardWalk.DESCRIBE + """
            const headerMax = arguments[0], minText = arguments[1], minTarget = arguments[2], screenWidth = arguments[3];
            const out = [];
            const add = (kind, el, detail) => out.push([kind].concat(describe(el)).concat([detail]));
            const px = n => Math.round(n * 10) / 10;
            // checkVisibility also sees content-visibility: hidden (the content of a closed <details>).
            const shown = el => el.getClientRects().length > 0 && el.checkVisibility({visibilityProperty: true});
            const hiddenText = el => {
              for (let e = el; e && e.nodeType === 1; e = e.parentElement) {
                const r = e.getBoundingClientRect();
                if (r.width <= 1 && r.height <= 1) return true;
                if (getComputedStyle(e).clipPath === 'inset(50%)') return true;
              }
              return false;
            };

            // The header.
            const header = document.querySelector('body > header');
            if (header && header.getBoundingClientRect().height > headerMax + 0.5) {
              add('header', header, 'is ' + px(header.getBoundingClientRect().height) + ' px tall (at most ' + headerMax + ')');
            }

            // Tables: all their information without sideways scrolling, in the table or a scroll region around it.
            for (const table of document.querySelectorAll('table')) {
              if (!shown(table)) continue;
              let box = table;
              for (let a = table.parentElement; a && a !== document.body; a = a.parentElement) {
                if (getComputedStyle(a).overflowX !== 'visible') { box = a; break; }
              }
              const wide = Math.max(table.scrollWidth, box.scrollWidth);
              // The screen's width, not innerWidth: content too wide for a phone widens its layout viewport.
              const room = Math.min(box === table ? table.getBoundingClientRect().width : box.clientWidth, screenWidth);
              if (wide > room + 1) add('table', table, 'is ' + px(wide) + ' px wide in a ' + px(room) + ' px box, so readers scroll sideways to see it all');
            }

            // Charts: a label touches no line, bar or other label (the median marker included).
            for (const svg of document.querySelectorAll('svg')) {
              if (!shown(svg)) continue;
              const texts = Array.from(svg.querySelectorAll('text')).filter(t => t.getClientRects().length && t.textContent.trim());
              const shapes = Array.from(svg.querySelectorAll('line, rect, polyline, polygon, path, circle, ellipse'))
                  .filter(s => s.getClientRects().length && !s.closest('[class*="grid"]'));
              const box = el => { const r = el.getBoundingClientRect(); return {l: r.left + .5, r: r.right - .5, t: r.top + .5, b: r.bottom - .5}; };
              const meet = (a, b) => a.l < b.r && b.l < a.r && a.t < b.b && b.t < a.b;
              texts.forEach((t, i) => {
                const tb = box(t);
                const hitShape = shapes.find(s => meet(tb, box(s)));
                const hitText = texts.find((o, j) => j > i && meet(tb, box(o)));
                if (hitShape) add('chart', t, 'touches ' + describe(hitShape)[1]);
                else if (hitText) add('chart', t, 'touches the label ' + describe(hitText)[1]);
              });
            }

            // The footer sits at the bottom of a page shorter than the screen.
            const footer = document.querySelector('body > footer');
            if (footer && document.documentElement.scrollHeight <= innerHeight + 1) {
              const gap = innerHeight - footer.getBoundingClientRect().bottom;
              if (gap > 1) add('footer', footer, 'ends ' + px(gap) + ' px above the bottom of a ' + innerHeight + ' px screen');
            }

            // Tap targets (WCAG 2.5.8): 24 by 24 px, or a 24 px circle on the target that meets no other
            // target; links inside a sentence are exempt (their size is the line's).
            const targets = Array.from(document.querySelectorAll(
                'a[href], button, summary, input:not([type=hidden]), select, textarea, [role=button]'))
                .filter(el => shown(el) && !el.disabled && !hiddenText(el) && el.getBoundingClientRect().right > 0);
            const inSentence = el => {
              if (getComputedStyle(el).display !== 'inline') return false;
              let block = el.parentElement;
              while (block && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
              return block && block.textContent.trim().length > el.textContent.trim().length + 1;
            };
            const rects = targets.map(el => el.getBoundingClientRect());
            const small = targets.map((el, i) => (rects[i].width < minTarget - .01 || rects[i].height < minTarget - .01) && !inSentence(el));
            const centre = r => [(r.left + r.right) / 2, (r.top + r.bottom) / 2];
            const circleMeetsRect = (c, r) => {
              const dx = Math.max(r.left - c[0], 0, c[0] - r.right), dy = Math.max(r.top - c[1], 0, c[1] - r.bottom);
              return dx * dx + dy * dy < (minTarget / 2) * (minTarget / 2);
            };
            targets.forEach((el, i) => {
              if (!small[i]) return;
              const c = centre(rects[i]);
              const crowded = targets.findIndex((o, j) => j !== i && !o.contains(el) && !el.contains(o) && (circleMeetsRect(c, rects[j])
                  || (small[j] && Math.hypot(c[0] - centre(rects[j])[0], c[1] - centre(rects[j])[1]) < minTarget)));
              if (crowded >= 0) add('target', el, 'is ' + px(rects[i].width) + ' by ' + px(rects[i].height)
                  + ' px and too close to ' + describe(targets[crowded])[1]);
            });

            // Text of at least 16 px. Chart text (SVG) is left out for now: the phone drawings are laid out
            // for 13-15 px labels (issue 18 stays open for it); their labels are checked for collisions above.
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            const seen = new Set();
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
              const el = n.parentElement;
              if (!n.textContent.trim() || seen.has(el) || el.closest('script, style, noscript, title, desc, template')) continue;
              seen.add(el);
              if (!shown(el) || hiddenText(el)) continue;
              let size = parseFloat(getComputedStyle(el).fontSize);
              if (el.closest('svg')) continue;
              if (size < minText - .05) add('text', el, 'is ' + px(size) + ' px');
            }

            // Zoom: no maximum-scale below 5 or user-scalable=no in the viewport tag.
            const viewport = document.querySelector('meta[name=viewport]');
            const content = viewport ? viewport.content.toLowerCase().replace(/\\s/g, '') : '';
            const max = /maximum-scale=([0-9.]+)/.exec(content);
            if (/user-scalable=(no|0)/.test(content) || (max && parseFloat(max[1]) < 5)) {
              add('zoom', viewport, 'blocks zoom ("' + viewport.content + '")');
            }
            return out;
            """;

    private static final Map<String, String> WHAT = Map.of(
            "header", "the header",
            "table", "a table",
            "chart", "a chart label",
            "footer", "the footer",
            "target", "a tap target",
            "text", "text",
            "zoom", "the viewport tag");

    private static final Map<String, String> FIX = Map.of(
            "header", "Keep the header to one row: site name, search and the Menu (assets/css/site.css, .site-header).",
            "table", "Tables fold into labelled rows below 30rem (assets/css/site.css, .salary-table); check the table's"
                    + " markup follows its template (templates/figures/), with a label on every cell.",
            "chart", "Move the label clear of the line or bar: the chart's layout is computed in org.coderpay.figures"
                    + " (label positions) and drawn by its template.",
            "footer", "The body is a column as tall as the screen (display: flex; min-height: 100dvh) and main grows"
                    + " (flex: 1 0 auto); check that no style breaks that.",
            "target", "Give the link or control at least 24 by 24 px (padding or display: block with min-height),"
                    + " or 24 px of room around it.",
            "text", "Use font-size 1rem (16 px) or more; in a chart, a font size that still gives 16 px when the"
                    + " drawing is scaled to the phone's width.",
            "zoom", "Use <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"> and nothing that limits zoom.");

    private PhoneLayout() {
    }

    /** Measures the page already loaded in {@code driver} at the current width and colour scheme. */
    @SuppressWarnings("unchecked")
    static List<Finding> run(PublishedSite site, String page, ChromeDriver driver, int width, boolean dark) {
        List<List<String>> found = (List<List<String>>) driver.executeScript(MEASURE, HEADER_MAX_PX, MIN_TEXT_PX, MIN_TARGET_PX, width);
        List<Finding> findings = new ArrayList<>();
        Map<String, List<List<String>>> byKind = new java.util.TreeMap<>();
        for (List<String> f : found) {
            byKind.computeIfAbsent(f.get(0), k -> new ArrayList<>()).add(f);
        }
        String variant = width + " px, " + (dark ? "dark" : "light");
        byKind.forEach((kind, list) -> {
            for (int i = 0; i < Math.min(LISTED, list.size()); i++) {
                List<String> f = list.get(i);
                int[] at = BrowserGate.lineOf(site.document(page), f.get(1));
                String more = i == LISTED - 1 && list.size() > LISTED
                        ? String.format(Locale.ROOT, " (and %d more like it on this page)", list.size() - LISTED) : "";
                findings.add(Finding.at(site, page, at[0], at[1], String.format(Locale.ROOT,
                        "Phone layout (%s): %s %s %s.%s", variant, WHAT.get(kind), f.get(2), f.get(3), more), FIX.get(kind)));
            }
        });
        return findings;
    }
}
