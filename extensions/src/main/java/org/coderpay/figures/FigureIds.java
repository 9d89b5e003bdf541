package org.coderpay.figures;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Hands out id prefixes that are unique within one page, so two tables or charts of the same dataset
 * on a page never share an element id. Make one per rendered page (it is deliberately not static, so
 * nothing leaks from one page or bake to the next).
 *
 * <p>Prefixes start with {@code fig-} so they cannot collide with heading anchors the Markdown
 * renderer derives from heading text: {@code next("specialties")} gives {@code fig-specialties}, then
 * {@code fig-specialties-2}, and so on.
 */
public final class FigureIds {
    private final Map<String, Integer> counts = new HashMap<>();
    private final Set<String> issued = new HashSet<>();

    /**
     * The next unused prefix for {@code base}.
     *
     * @param base a token such as a dataset id ({@code risk-adjustment}, {@code specialties})
     */
    public String next(String base) {
        ModelChecks.requireToken(base, "id base");
        // Loop because a numbered prefix can already be taken by a base that ends in a number
        // (next("a"), next("a") gives fig-a-2, and next("a-2") must not give it again).
        while (true) {
            int n = counts.merge(base, 1, Integer::sum);
            String candidate = "fig-" + base + (n == 1 ? "" : "-" + n);
            if (issued.add(candidate)) {
                return candidate;
            }
        }
    }
}
