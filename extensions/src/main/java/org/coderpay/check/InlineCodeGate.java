package org.coderpay.check;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * Keeps every page ready for a strict Content-Security-Policy (no 'unsafe-inline'): no inline
 * {@code <script>} (JSON-LD data excepted), no {@code <style>} element, no {@code style=""} attribute and
 * no {@code on...=""} event handler. Styles live in assets/css/, scripts in files.
 */
public final class InlineCodeGate implements Gate {

    @Override
    public String name() {
        return "inline";
    }

    @Override
    public GateResult check(PublishedSite site) {
        List<Finding> findings = new ArrayList<>();
        for (String page : site.pages()) {
            for (Element e : site.document(page).getAllElements()) {
                if (e.normalName().equals("script") && !e.hasAttr("src") && !e.data().isBlank()
                        && !e.attr("type").equals("application/ld+json")) {
                    findings.add(at(site, page, e, "Inline <script> in the page.",
                            "Move the code into a file under assets/js/ and load it with <script src=...> only where the page needs it."));
                }
                if (e.normalName().equals("style")) {
                    findings.add(at(site, page, e, "<style> element in the page.",
                            "Move the rules into assets/css/site.css."));
                }
                for (Attribute a : e.attributes()) {
                    String key = a.getKey().toLowerCase(java.util.Locale.ROOT);
                    if (key.equals("style")) {
                        findings.add(at(site, page, e, "style=\"" + a.getValue() + "\" attribute on <" + e.normalName() + ">.",
                                "Give the element a class and put the rule in assets/css/site.css."));
                    } else if (key.startsWith("on") && key.length() > 2) {
                        findings.add(at(site, page, e, key + "=\"...\" event handler on <" + e.normalName() + ">.",
                                "Attach behaviour from a script file; the site must also work without JavaScript."));
                    }
                }
            }
        }
        return new GateResult(name(), site.pages().size(), "pages", findings, "ready for a CSP without 'unsafe-inline'", null);
    }

    private static Finding at(PublishedSite site, String page, Element e, String message, String hint) {
        return Finding.at(site, page, References.line(e), References.column(e),
                message + " A strict Content-Security-Policy blocks inline code and styles.", hint);
    }
}
