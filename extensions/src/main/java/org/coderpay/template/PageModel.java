package org.coderpay.template;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a layout needs to know about the page it renders. Built in Java so templates only place
 * values; every string here is escaped on output except {@link #body}, which the layout marks safe.
 *
 * @param reviewed  "November 24, 2026", or null when the page has no date
 * @param reviewedIso the same day as YYYY-MM-DD for the {@code datetime} attribute, or null
 */
public record PageModel(String title, String description, String type, String url, String body,
        String reviewed, String reviewedIso, String sourcePath, List<SiteNavigation.Link> nav) {

    private static final DateTimeFormatter HUMAN = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US);

    /** Scripts this page needs: the table sorter where the body has a salary table. */
    public java.util.List<String> scripts() {
        return body.contains("class=\"salary-table__table\"") ? List.of(SORTABLE_TABLES) : List.of();
    }

    /** This page's link-preview image, relative to the site root (see SocialImages). */
    public String socialImage() {
        String path = url.isEmpty() ? "" : url.substring(url.indexOf('/') + 1);
        return org.coderpay.social.SocialImages.pathFor(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path);
    }

    public static final String SORTABLE_TABLES = "js/sortable-tables.js";

    public boolean isHome() {
        return "home".equals(type);
    }

    static PageModel from(Map<String, Object> content, SiteSettings site, SiteNavigation navigation) {
        String uri = string(content.get("uri"));
        String url = uri.isEmpty() ? site.basePath() : site.url(uri);
        Date date = content.get("date") instanceof Date d ? d : null;
        LocalDate day = date == null ? null : date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        return new PageModel(string(content.get("title")), string(content.get("description")),
                string(content.get("type")), url, string(content.get("body")), day == null ? null : HUMAN.format(day),
                day == null ? null : day.toString(), string(content.get("source_path")), navigation.links(url));
    }

    /** A page a renderer makes from data rather than from a Markdown file. */
    public static PageModel generated(String title, String description, String type, String url, LocalDate reviewed,
            String sourcePath, SiteNavigation navigation) {
        return new PageModel(title, description, type, url, "", reviewed == null ? null : HUMAN.format(reviewed),
                reviewed == null ? null : reviewed.toString(), sourcePath, navigation.links(url));
    }

    private static String string(Object o) {
        return o == null ? "" : o.toString();
    }
}
