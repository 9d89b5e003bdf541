package org.coderpay.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkGateTest {
    @TempDir
    Path dir;

    @Test
    void linksToPagesFoldersFilesAndIdsPass() throws Exception {
        PublishedSite site = new Fixture(dir)
                .page("index.html", "<p><a href=\"/guide/pay/\">Pay</a> <a href=\"guide/pay/#levels\">Levels</a>"
                        + " <a href=\"#main\">Top</a> <a href=\"/404.html\">Lost</a> <a href=\"mailto:x@example.org\">Mail</a></p>")
                .page("guide/pay/index.html", "<h2 id=\"levels\">Levels</h2><p><a href=\"../../\">Home</a></p>")
                .page("404.html", "<p>Lost.</p>").site();

        GateResult result = new LinkGate(null).check(site);

        assertThat(result.findings()).isEmpty();
    }

    @Test
    void deadLinkIsReportedWithItsLine() throws Exception {
        PublishedSite site = new Fixture(dir).page("index.html", "<p>\n<a href=\"/guide/missing/\">Gone</a></p>").site();

        GateResult result = new LinkGate(null).check(site);

        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.page()).isEqualTo("index.html");
            assertThat(f.source()).isEqualTo("content/index.md");
            assertThat(f.line()).isEqualTo(13);
            assertThat(f.message()).contains("Dead link \"/guide/missing/\"");
        });
    }

    @Test
    void aLinkWrittenInMarkdownIsTracedToItsSourceLine() throws Exception {
        new Fixture(dir.resolve("site")).page("guide/pay/index.html", "<p><a href=\"/guide/gone/\">Gone</a></p>");
        new Fixture(dir.resolve("src")).file("content/guide/pay.md",
                "title=Pay\ndescription=d\n~~~~~~\nIntro.\n\nSee [the old page](/guide/gone/).\n");

        PublishedSite site = PublishedSite.load(dir.resolve("site"), null, dir.resolve("src"));
        GateResult result = new LinkGate(null).check(site);

        assertThat(result.findings()).singleElement()
                .satisfies(f -> assertThat(f.location()).isEqualTo("guide/pay/index.html:12:4 (from content/guide/pay.md:6)"));
    }

    @Test
    void aLinkTheMarkdownDoesNotHoldIsBlamedOnTheCodeThatWritesIt() throws Exception {
        new Fixture(dir.resolve("site")).page("guide/pay/index.html", "<p><a href=\"/guide/methodology/\">How</a></p>");
        new Fixture(dir.resolve("src")).file("content/guide/pay.md", "title=Pay\ndescription=d\n~~~~~~\nA table here.\n");

        GateResult result = new LinkGate(null).check(PublishedSite.load(dir.resolve("site"), null, dir.resolve("src")));

        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.location()).isEqualTo("guide/pay/index.html:12:4 (from content/guide/pay.md)");
            assertThat(f.hint()).contains("not written in content/guide/pay.md: a layout or a directive writes it");
        });
    }

    @Test
    void theSameDeadLinkRepeatedOnAPageIsOneFindingListingEveryLine() throws Exception {
        String link = "<p><a href=\"/guide/methodology/\">About these figures</a></p>\n";
        PublishedSite site = new Fixture(dir).page("index.html", link + "<p>x</p>\n" + link + link).site();

        GateResult result = new LinkGate(null).check(site);

        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.line()).isEqualTo(12);
            assertThat(f.message()).endsWith("The same on lines 14, 15 (3 times on this page).");
        });
    }

    @Test
    void missingFragmentIsReported() throws Exception {
        PublishedSite site = new Fixture(dir).page("index.html", "<p><a href=\"/guide/pay/#levels\">Levels</a></p>")
                .page("guide/pay/index.html", "<h2 id=\"level\">Levels</h2>").site();

        GateResult result = new LinkGate(null).check(site);

        assertThat(result.findings()).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("#levels").contains("no element with id=\"levels\""));
    }

    @Test
    void folderWithoutSlashMissingImageAndBadCssUrlAreReported() throws Exception {
        PublishedSite site = new Fixture(dir)
                .page("index.html", "<p><a href=\"/guide/pay\">Pay</a> <img src=\"/img/none.png\" alt=\"x\"></p>")
                .page("guide/pay/index.html", "<p>Pay.</p>")
                .file("css/site.css", "body {\n  background: url(\"../img/missing.svg\");\n}\n").site();

        GateResult result = new LinkGate(null).check(site);

        assertThat(result.findings()).extracting(Finding::message).anySatisfy(m -> assertThat(m).contains("closing slash"))
                .anySatisfy(m -> assertThat(m).contains("/img/none.png"))
                .anySatisfy(m -> assertThat(m).contains("img/missing.svg"));
        assertThat(result.findings()).filteredOn(f -> f.page().equals("css/site.css")).singleElement()
                .satisfies(f -> assertThat(f.line()).isEqualTo(2));
    }

    @Test
    void externalLinksAreListedAndMustBeHttps() throws Exception {
        Path report = dir.resolve("reports/external-links.txt");
        PublishedSite site = new Fixture(dir.resolve("site"))
                .page("index.html", "<p><a href=\"https://www.bls.gov/ooh/\">BLS</a> <a href=\"http://example.org/\">Old</a></p>")
                .site();

        GateResult result = new LinkGate(report).check(site);

        assertThat(result.findings()).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("Insecure external address \"http://example.org/\""));
        assertThat(Files.readString(report)).contains("https://www.bls.gov/ooh/\tindex.html:12")
                .contains("http://example.org/\tindex.html:12");
    }

    @Test
    void javascriptLinksAreRejected() throws Exception {
        PublishedSite site = new Fixture(dir).page("index.html", "<p><a href=\"javascript:void(0)\">Do</a></p>").site();

        assertThat(new LinkGate(null).check(site).findings()).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("javascript:"));
    }

    @Test
    void linksToTheSitesOwnPublicAddressAreCheckedAsInternal() throws Exception {
        String head = "<meta property=\"og:url\" content=\"https://coderpay.example/guide/pay/\">\n"
                + "<link rel=\"canonical\" href=\"https://coderpay.example/guide/pay/\">\n</head>";
        PublishedSite site = new Fixture(dir)
                .page("index.html", "<p>Home.</p>")
                .file("guide/pay/index.html", Fixture.html("Pay", "<p><a href=\"https://coderpay.example/guide/gone/\">Gone</a>"
                        + " <a href=\"https://other.example/guide/gone/\">Elsewhere</a></p>").replace("</head>", head))
                .site();

        GateResult result = new LinkGate(null).check(site);

        assertThat(result.findings()).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("Dead link \"https://coderpay.example/guide/gone/\": nothing is published at /guide/gone/index.html"));
        assertThat(result.note()).as("two stylesheet links, the canonical link and Gone; Elsewhere is external").startsWith("4 internal and 1 external links");
    }
}
