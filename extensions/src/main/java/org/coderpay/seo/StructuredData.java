package org.coderpay.seo;

import java.util.ArrayList;
import java.util.List;

import org.coderpay.data.Dataset;
import org.coderpay.seo.SchemaOrg.Node;
import org.coderpay.seo.SchemaOrg.Ref;

/**
 * A page's schema.org graph: the site and its publisher on the home page, an Article on guide pages,
 * a BreadcrumbList on every other page, an Occupation with its pay on pages about one kind of pay,
 * and a Dataset for each dataset on the page that describes them.
 */
final class StructuredData {
    /** One step of the trail from the home page to this one; {@code url} absolute. */
    record Crumb(String name, String url) {
    }

    private final String home;
    private final String lang;
    private final SeoSettings seo;

    /** @param home the site's absolute home address, ending in a slash */
    StructuredData(String home, String lang, SeoSettings seo) {
        this.home = home;
        this.lang = lang;
        this.seo = seo;
    }

    Ref organizationRef() {
        return new Ref(home + "#organization");
    }

    SchemaOrg.Organization organization(String logo) {
        return new SchemaOrg.Organization(organizationRef().id(), seo.organization(), home, logo);
    }

    List<Node> home(String siteName, String tagline, String reviewed, String logo) {
        return List.of(new SchemaOrg.WebSite(home + "#website", siteName, tagline.isEmpty() ? null : tagline, home,
                lang, organizationRef(), reviewed), organization(logo));
    }

    SchemaOrg.Article article(String url, String title, String description, String image, String published,
            String reviewed) {
        return new SchemaOrg.Article(url + "#article", title, description, url, url, image, lang,
                published != null ? published : reviewed, reviewed, organizationRef(), organizationRef(),
                new Ref(home + "#website"));
    }

    SchemaOrg.WebPage page(String url, String title, String description, String reviewed) {
        return new SchemaOrg.WebPage(url + "#page", title, description, url, lang, reviewed, new Ref(home + "#website"));
    }

    static SchemaOrg.BreadcrumbList breadcrumbs(List<Crumb> crumbs) {
        List<SchemaOrg.ListItem> items = new ArrayList<>();
        for (Crumb c : crumbs) {
            items.add(new SchemaOrg.ListItem(items.size() + 1, c.name(), c.url()));
        }
        return new SchemaOrg.BreadcrumbList(items);
    }

    /** Null when the site names no occupation (seo.occupation). */
    SchemaOrg.Occupation occupation(String url, String description, PayFigures pay) {
        if (seo.occupation().isEmpty()) {
            return null;
        }
        return new SchemaOrg.Occupation(seo.occupation() + (pay.subject().isEmpty() ? "" : ": " + pay.subject()),
                description, seo.occupationCode().isEmpty() ? null : seo.occupationCode(), url, pay.distribution());
    }

    SchemaOrg.Dataset dataset(Dataset dataset, String url, String logo) {
        SchemaOrg.Organization creator = dataset.source().isBls()
                ? new SchemaOrg.Organization(null, dataset.source().text(), null, null)
                : organization(logo);
        // Search engines want every dataset described; a dataset file without a description gets its title and source.
        String description = dataset.description() != null && !dataset.description().isBlank() ? dataset.description()
                : dataset.title() + ". Source: " + dataset.source().text() + ".";
        return new SchemaOrg.Dataset(dataset.title(), description, url,
                dataset.reviewed() == null ? null : dataset.reviewed().toString(), null, dataset.label(), creator,
                organizationRef(), Boolean.TRUE);
    }
}
