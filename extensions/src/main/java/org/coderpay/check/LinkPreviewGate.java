package org.coderpay.check;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.coderpay.bake.IndexablePages;
import org.coderpay.social.SocialImages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a link to a page shows when shared: every page that search engines may index has its own
 * 1200 x 630 preview image and its Open Graph title and description. Where the bake knew the site's
 * public address (site.origin), every such page also carries absolute {@code og:image}, {@code og:url}
 * and canonical addresses, all on that one origin, that name this page and its own image, with a
 * large-image card for X. Without an origin the image tags are absent on every page, which the
 * summary line says.
 */
public final class LinkPreviewGate implements Gate {
    private static final String FIX_ORIGIN = "The layout (templates/layout.ftlh) writes these from site.origin and the"
            + " page's address; bake again, and check site.origin and site.basePath in jbake.properties.";

    @Override
    public String name() {
        return "previews";
    }

    @Override
    public GateResult check(PublishedSite site) throws IOException {
        List<Finding> findings = new ArrayList<>();
        Set<String> origins = new TreeSet<>();
        List<String> withoutTags = new ArrayList<>();
        int checked = 0;
        for (String page : site.pages()) {
            Document doc = site.document(page);
            if (!IndexablePages.isIndexable(doc)) {
                continue;
            }
            checked++;
            checkImageFile(site, page, SocialImages.pathFor(page), findings);
            for (String property : List.of("og:title", "og:description")) {
                if (meta(doc, property).isEmpty()) {
                    findings.add(Finding.onPage(site, page, "No " + property + " for link previews.",
                            "Give the page a title and a description in its header."));
                }
            }
            Element image = doc.selectFirst("meta[property=og:image]");
            if (image == null) {
                withoutTags.add(page);
            } else {
                checkTags(site, page, doc, image, findings).ifPresent(origins::add);
            }
        }
        if (origins.size() > 1) {
            findings.add(new Finding("(site)", "", 0, 0, "Link previews point at more than one site: "
                    + String.join(", ", origins) + ".", FIX_ORIGIN, ""));
        }
        if (!origins.isEmpty()) {
            withoutTags.forEach(page -> findings.add(Finding.onPage(site, page,
                    "No og:image on this page, while other pages have one.", FIX_ORIGIN)));
        }
        String note = origins.isEmpty() ? "no image tags: site.origin was not set for this bake"
                : "image tags on " + String.join(", ", origins);
        return new GateResult(name(), checked, "pages", findings, note, null);
    }

    /** @return the origin the tags use, when og:image is an absolute address */
    private static Optional<String> checkTags(PublishedSite site, String page, Document doc, Element image,
            List<Finding> findings) {
        URI imageUri = absolute(image.attr("content"));
        URI pageUri = absolute(meta(doc, "og:url"));
        if (imageUri == null || pageUri == null) {
            findings.add(at(site, page, image, "og:image \"" + image.attr("content") + "\" and og:url \""
                    + meta(doc, "og:url") + "\" must both be absolute http(s) addresses: link previews ignore others."));
            return Optional.empty();
        }
        String origin = imageUri.getScheme() + "://" + imageUri.getRawAuthority();
        String own = PublishedSite.urlOf(page);
        String pagePath = pageUri.getRawPath();
        if (!pagePath.endsWith(own) || !(pageUri.getScheme() + "://" + pageUri.getRawAuthority()).equals(origin)) {
            findings.add(at(site, page, image, "og:url \"" + pageUri + "\" is not this page's address (" + origin
                    + "<base path>" + own + ")."));
            return Optional.of(origin);
        }
        String base = pagePath.substring(0, pagePath.length() - own.length() + 1);
        String expected = base + SocialImages.pathFor(page);
        if (!imageUri.getRawPath().equals(expected)) {
            findings.add(at(site, page, image, "og:image \"" + imageUri + "\" is not this page's preview image ("
                    + origin + expected + ")."));
        }
        Element canonical = doc.selectFirst("link[rel=canonical]");
        if (canonical == null || !canonical.attr("href").equals(pageUri.toString())) {
            findings.add(at(site, page, canonical == null ? image : canonical, "The canonical address ("
                    + (canonical == null ? "none" : canonical.attr("href")) + ") differs from og:url (" + pageUri + ")."));
        }
        if (!"summary_large_image".equals(doc.select("meta[name=twitter:card]").attr("content"))) {
            findings.add(at(site, page, image, "No <meta name=\"twitter:card\" content=\"summary_large_image\">:"
                    + " X would show a small square instead of the preview image."));
        }
        return Optional.of(origin);
    }

    /** The image must be a PNG of exactly the size the tags announce, read from its header. */
    private static void checkImageFile(PublishedSite site, String page, String image, List<Finding> findings)
            throws IOException {
        if (!site.exists(image)) {
            findings.add(Finding.onPage(site, page, "No link-preview image " + image + " for this page.",
                    "SocialImageWriter draws one for every page without noindex; bake again and look for its problem."));
            return;
        }
        byte[] header = new byte[24];
        int read;
        try (InputStream in = Files.newInputStream(site.files().get(image))) {
            read = in.readNBytes(header, 0, header.length);
        }
        ByteBuffer b = ByteBuffer.wrap(header);
        boolean png = read == header.length && b.getLong(0) == 0x89504E470D0A1A0AL && b.getInt(12) == 0x49484452;
        if (!png || b.getInt(16) != SocialImages.WIDTH || b.getInt(20) != SocialImages.HEIGHT) {
            findings.add(Finding.onPage(site, page, image + " is not a " + SocialImages.WIDTH + " x "
                    + SocialImages.HEIGHT + " PNG" + (png ? " (it is " + b.getInt(16) + " x " + b.getInt(20) + ")." : "."),
                    "Link previews crop other sizes; SocialImages draws the right size, so bake again."));
        }
    }

    private static String meta(Document doc, String property) {
        return doc.select("meta[property=" + property + "]").attr("content").strip();
    }

    private static URI absolute(String address) {
        try {
            URI uri = new URI(address);
            boolean web = "https".equals(uri.getScheme()) || "http".equals(uri.getScheme());
            return web && uri.getRawAuthority() != null && uri.getRawPath() != null ? uri : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static Finding at(PublishedSite site, String page, Element e, String message) {
        return Finding.at(site, page, References.line(e), References.column(e), message, FIX_ORIGIN);
    }
}
