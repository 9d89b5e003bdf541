package org.coderpay.navigation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.coderpay.bake.BakeSession;
import org.coderpay.bake.JBakeProperties;
import org.coderpay.diagnostics.DidYouMean;
import org.coderpay.diagnostics.Problem;

/**
 * The order in which a reader goes through the guide, written once by editors as
 * {@code guide.sequence} in jbake.properties (guide page file names, without .md, separated by
 * commas). Every name must be a published guide page, listed once, so previous/next links never
 * point nowhere or loop. A guide page left out simply has no previous/next links.
 */
public final class GuideSequence {
    public static final String KEY = "guide.sequence";

    private final List<GuidePages.Page> order;

    private GuideSequence(List<GuidePages.Page> order) {
        this.order = List.copyOf(order);
    }

    /** Built once per bake, after the crawl, when the first page is rendered. */
    public static GuideSequence of(BakeSession session) {
        return session.component(GuideSequence.class, GuideSequence::build);
    }

    public List<GuidePages.Page> pages() {
        return order;
    }

    public Optional<GuidePages.Page> previous(String slug) {
        int i = indexOf(slug);
        return i > 0 ? Optional.of(order.get(i - 1)) : Optional.empty();
    }

    public Optional<GuidePages.Page> next(String slug) {
        int i = indexOf(slug);
        return i >= 0 && i < order.size() - 1 ? Optional.of(order.get(i + 1)) : Optional.empty();
    }

    private int indexOf(String slug) {
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).slug().equals(slug)) {
                return i;
            }
        }
        return -1;
    }

    private static GuideSequence build(BakeSession session) {
        Map<String, GuidePages.Page> pages = session.component(GuidePages.class, s -> new GuidePages()).bySlug();
        JBakeProperties properties = JBakeProperties.of(session);
        List<String> lines = properties.lines();
        int line = properties.lineOf(KEY);
        List<String> names = names(session.config().get(KEY));
        List<GuidePages.Page> order = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int searchFrom = line > 0 ? lines.get(line - 1).indexOf('=') : 0;
        for (String name : names) {
            int column = line > 0 ? lines.get(line - 1).indexOf(name, searchFrom) + 1 : 0;
            searchFrom = Math.max(searchFrom, column - 1 + name.length());
            GuidePages.Page page = pages.get(name);
            if (!seen.add(name)) {
                problem(session, lines, line, column, name, "\"" + name + "\" is in " + KEY + " twice.",
                        "Keep one mention of it: each page has one place in the guide.");
            } else if (page == null) {
                String hint = DidYouMean.closest(name, pages.keySet()).map(n -> "Did you mean \"" + n + "\"? ").orElse("");
                problem(session, lines, line, column, name, "\"" + name + "\" in " + KEY + " is not a published guide page.",
                        hint + "Use the file name of a page in content/guide/ without .md, or remove it.");
            } else {
                order.add(page);
            }
        }
        return new GuideSequence(order);
    }

    private static void problem(BakeSession session, List<String> lines, int line, int column, String name,
            String message, String hint) {
        session.problems().add(Problem.at(JBakeProperties.FILE, line, Math.max(column, 0), message, hint),
                lines, name.length());
    }

    private static List<String> names(Object value) {
        List<String> names = new ArrayList<>();
        if (value instanceof Iterable<?> parts) {
            parts.forEach(p -> names.add(p.toString().strip()));
        } else if (value != null) {
            for (String p : value.toString().split(",")) {
                names.add(p.strip());
            }
        }
        names.removeIf(String::isEmpty);
        return names;
    }
}
