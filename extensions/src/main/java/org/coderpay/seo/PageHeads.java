package org.coderpay.seo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.coderpay.bake.BakeSession;
import org.coderpay.bake.SiteSettings;
import org.coderpay.data.Dataset;
import org.coderpay.data.DatasetCatalog;
import org.coderpay.navigation.PageNavigation;
import org.coderpay.pages.RecordPage;
import org.coderpay.template.PageModel;

/**
 * Builds each page's {@link PageHead} while its layout renders, and records the page for the sitemap
 * and feed ({@link RenderedPages}). Breadcrumbs come from the same models the visible trail is drawn
 * from, so the two cannot disagree.
 */
public final class PageHeads {
    /** Extra template value: the page's first-published day (YYYY-MM-DD), when its header gives one. */
    public static final String PUBLISHED = "published";
    /** Extra template value: the {@link PayFigures} of a page about one kind of pay. */
    public static final String PAY = "pay";
    /** The Atom feed of guide updates, relative to the site root. */
    public static final String FEED = "feed.xml";
    /** The image that stands for the publisher (written by SiteIconsWriter). */
    static final String LOGO = "apple-touch-icon.png";

    private PageHeads() {
    }

    public static PageHead build(BakeSession session, SiteSettings site, PageModel page, Map<String, Object> extra) {
        SeoSettings seo = SeoSettings.from(session.config(), site.title());
        String origin = site.publicOrigin();
        String home = origin + site.basePath();
        String canonical = origin + page.url();
        String logo = home + LOGO;
        String reviewed = page.reviewedIso();
        String published = extra.get(PUBLISHED) instanceof String s && !s.isBlank() ? s : null;
        StructuredData data = new StructuredData(home, site.lang(), seo);
        String title = MetadataRules.documentTitle(page.title(), site.title(), page.isHome());

        List<SchemaOrg.Node> graph = new ArrayList<>();
        List<StructuredData.Crumb> crumbs = crumbs(extra, origin);
        boolean article = extra.get("guide") instanceof PageNavigation;
        if (page.isIndexable()) {
            if (page.isHome()) {
                graph.addAll(data.home(site.title(), site.tagline(), reviewed, logo));
            } else {
                if (article) {
                    graph.add(data.article(canonical, page.title(), page.description(), origin + site.basePath()
                            + page.socialImage(), published, reviewed));
                    graph.add(data.organization(logo));
                } else {
                    graph.add(data.page(canonical, page.title(), page.description(), reviewed));
                }
                PayFigures pay = extra.get(PAY) instanceof PayFigures p ? p
                        : extra.get("record") instanceof RecordPage r && r.row() != null
                                ? PayFigures.of(r.dataset(), r.row()).orElse(null) : null;
                if (pay != null) {
                    SchemaOrg.Occupation occupation = data.occupation(canonical, page.description(), pay);
                    if (occupation != null) {
                        graph.add(occupation);
                    }
                }
                if (!seo.datasetsPage().isEmpty() && page.url().equals(site.basePath() + strip(seo.datasetsPage()))) {
                    for (Dataset dataset : DatasetCatalog.of(session).all()) {
                        graph.add(data.dataset(dataset, canonical, logo));
                    }
                }
                graph.add(StructuredData.breadcrumbs(crumbs.isEmpty()
                        ? List.of(new StructuredData.Crumb(site.title(), home), new StructuredData.Crumb(page.title(), canonical))
                        : withCurrent(crumbs, canonical)));
            }
        }
        RenderedPages.of(session).add(new RenderedPage(page.outputPath(), page.url(), page.title(), title,
                page.description(), page.isIndexable(), reviewed, published, article && page.isIndexable(),
                page.sourcePath()));
        return new PageHead(title, canonical, origin + site.basePath() + page.socialImage(),
                site.basePath() + FEED, seo.feedTitle(), graph.isEmpty() ? null : JsonLd.script(graph));
    }

    private static String strip(String address) {
        return address.startsWith("/") ? address.substring(1) : address;
    }

    /** The visible trail's steps; the current page, which the trail shows without a link, gets its address. */
    private static List<StructuredData.Crumb> crumbs(Map<String, Object> extra, String origin) {
        List<StructuredData.Crumb> crumbs = new ArrayList<>();
        if (extra.get("guide") instanceof PageNavigation nav) {
            nav.breadcrumbs().forEach(l -> crumbs.add(new StructuredData.Crumb(l.title(), absolute(origin, l.url()))));
        } else if (extra.get("record") instanceof RecordPage record) {
            record.breadcrumbs().forEach(l -> crumbs.add(new StructuredData.Crumb(l.title(), absolute(origin, l.url()))));
        }
        return crumbs;
    }

    private static List<StructuredData.Crumb> withCurrent(List<StructuredData.Crumb> crumbs, String canonical) {
        List<StructuredData.Crumb> out = new ArrayList<>();
        for (StructuredData.Crumb c : crumbs) {
            out.add(c.url() == null ? new StructuredData.Crumb(c.name(), canonical) : c);
        }
        return out;
    }

    private static String absolute(String origin, String url) {
        return url == null ? null : url.startsWith("/") ? origin + url : url;
    }
}
