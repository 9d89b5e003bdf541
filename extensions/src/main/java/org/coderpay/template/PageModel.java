package org.coderpay.template;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.coderpay.bake.SiteSettings;
import org.coderpay.navigation.PageNavigation;
import org.coderpay.navigation.SiteNavigation;

/**
 * What a layout needs to know about the page it renders. Built in Java so templates only place
 * values; every string here is escaped on output except {@link #body}, which the layout marks safe.
 *
 * @param outputPath the file this page is written to, relative to the site root ({@code guide/pay/index.html})
 * @param url       the address readers use, with the site's base path ({@code /guide/pay/})
 * @param reviewed  "November 24, 2026", or null when the page has no date
 * @param reviewedIso the same day as YYYY-MM-DD for the {@code datetime} attribute, or null
 */
public record PageModel(String title, String description, String type, String outputPath, String url, String body,
        String reviewed, String reviewedIso, String sourcePath, List<SiteNavigation.Link> nav, List<String> directives,
        List<PageNavigation.Link> sections) {

    /**
     * Where the Markdown engine leaves the directives a page body uses (read from its syntax tree), so that
     * a layout can add what they need, such as the table sorter for a {@code salary-table}.
     */
    public static final String DIRECTIVES = "body_directives";
    /** Where it leaves the body's second-level headings: a list of {@code {title, id}} maps, in order. */
    public static final String SECTIONS = "body_sections";

    /** Page types that are no destination of their own: kept out of search engines, the site search and link previews. */
    private static final java.util.Set<String> NOT_INDEXED = java.util.Set.of("notfound", "search");

    private static final DateTimeFormatter HUMAN = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US);

    /** This page's link-preview image, relative to the site root (see SocialImages). */
    public String socialImage() {
        return org.coderpay.social.SocialImages.pathFor(outputPath);
    }

    /**
     * Whether search engines, the site search and link previews should know this page (the layout
     * writes {@code noindex} otherwise, and IndexablePages goes by that).
     */
    public boolean isIndexable() {
        return !NOT_INDEXED.contains(type);
    }

    public boolean isHome() {
        return "home".equals(type);
    }

    public static PageModel from(Map<String, Object> content, SiteSettings site, SiteNavigation navigation) {
        String uri = string(content.get("uri"));
        String outputPath = uri.isEmpty() ? "index.html" : uri;
        String url = site.url(outputPath);
        Date date = content.get("date") instanceof Date d ? d : null;
        LocalDate day = date == null ? null : date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        return new PageModel(string(content.get("title")), string(content.get("description")),
                string(content.get("type")), outputPath, url, string(content.get("body")), day == null ? null : HUMAN.format(day),
                day == null ? null : day.toString(), string(content.get("source_path")), navigation.links(url),
                content.get(DIRECTIVES) instanceof List<?> used ? used.stream().map(String::valueOf).toList() : List.of(),
                content.get(SECTIONS) instanceof List<?> sections ? sections.stream().map(PageModel::section).toList()
                        : List.of());
    }

    /** A page a renderer makes from data rather than from a Markdown file. */
    public static PageModel generated(String title, String description, String type, String outputPath,
            SiteSettings site, LocalDate reviewed, String sourcePath, SiteNavigation navigation) {
        String url = site.url(outputPath);
        return new PageModel(title, description, type, outputPath, url, "", reviewed == null ? null : HUMAN.format(reviewed),
                reviewed == null ? null : reviewed.toString(), sourcePath, navigation.links(url), List.of(), List.of());
    }

    private static PageNavigation.Link section(Object stored) {
        Map<?, ?> map = (Map<?, ?>) stored;
        return new PageNavigation.Link(string(map.get("title")), "#" + string(map.get("id")));
    }

    private static String string(Object o) {
        return o == null ? "" : o.toString();
    }
}
