package org.coderpay.social;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.coderpay.build.SiteBaker;
import org.coderpay.build.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SocialImagesTest {
    @TempDir
    Path dir;

    @Test
    void imagesAre1200By630AndTheSameEveryTime() throws IOException {
        SocialImages.Headline pay = new SocialImages.Headline("Annual pay", "$55,000–$75,000");
        byte[] first = SocialImages.draw("Site", "Medical coder pay in California", pay);
        assertThat(SocialImages.draw("Site", "Medical coder pay in California", pay)).isEqualTo(first);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(first));
        assertThat(image.getWidth()).isEqualTo(SocialImages.WIDTH);
        assertThat(image.getHeight()).isEqualTo(SocialImages.HEIGHT);
        assertThat(SocialImages.draw("Site", "Another title", null)).isNotEqualTo(first);
        assertThat(SocialImages.draw("Site", "Medical coder pay in California",
                new SocialImages.Headline("Hourly", "$55,000–$75,000"))).as("the label is drawn too").isNotEqualTo(first);
    }

    @Test
    void theImageShowsThePagesHeadlineFigureWithItsLabelAndNothingElse() throws IOException {
        Path site = org.coderpay.build.RealSite.published();

        // The figures as the datasets give them today, so a correct edit of a figure still passes.
        org.coderpay.data.DatasetCatalog data = new org.coderpay.data.DatasetLoader(TestSites.repoRoot(),
                new org.coderpay.diagnostics.Problems(), java.time.LocalDate.of(2100, 1, 1))
                .load(TestSites.repoRoot().resolve("data"));
        assertImage(site, "guide/states/california/index.html",
                new SocialImages.Headline("Annual pay", data.get("states").row("california").pay().text()));
        assertImage(site, "guide/credentials/cpc/index.html",
                new SocialImages.Headline("Pay effect", data.get("credentials").row("cpc").premium().text() + " a year"));
        // A credential without a published pay figure has no headline: its full name is not a figure.
        assertImage(site, "guide/credentials/cca/index.html", null);
        assertImage(site, "guide/pay-by-level/index.html", null);
    }

    /** The published image is the drawing of the page's own title and the headline its layout declared. */
    private static void assertImage(Path site, String path, SocialImages.Headline headline) throws IOException {
        Document page = Jsoup.parse(Files.readString(site.resolve(path)));
        String siteTitle = page.selectFirst("meta[property=og:site_name]").attr("content");
        byte[] expected = SocialImages.draw(siteTitle, page.selectFirst("main h1").text(), headline);
        assertThat(Files.readAllBytes(site.resolve(SocialImages.pathFor(path)))).as(path).isEqualTo(expected);
    }

    @Test
    void eachPageHasItsOwnImagePath() {
        assertThat(List.of(SocialImages.pathFor("index.html"), SocialImages.pathFor("guide/states/california/index.html"),
                SocialImages.pathFor("search.html")))
                .containsExactly("social/home.png", "social/guide-states-california.png", "social/search.png");
    }

    @Test
    void sharingTagsPointAtThePublishedImageOnceTheSiteHasAnAddress() throws IOException {
        Path site = TestSites.withRecordPages(TestSites.fixtureSite(dir.resolve("site")));
        Files.writeString(site.resolve("jbake.properties"),
                Files.readString(site.resolve("jbake.properties")) + "\nsite.origin=https://example.org\n");
        SiteBaker.Result result = SiteBaker.bake(site, dir.resolve("out/website"));
        assertThat(result.succeeded()).as(result.report()).isTrue();
        Document page = Jsoup.parse(Files.readString(result.published().resolve("guide/states/california/index.html")));
        String image = page.selectFirst("meta[property=og:image]").attr("content");
        assertThat(image).isEqualTo("https://example.org/social/guide-states-california.png");
        assertThat(result.published().resolve("social/guide-states-california.png")).isRegularFile();
        assertThat(page.selectFirst("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
        assertThat(page.selectFirst("meta[property=og:title]").attr("content")).isEqualTo("Medical coder pay in California");
    }
}
