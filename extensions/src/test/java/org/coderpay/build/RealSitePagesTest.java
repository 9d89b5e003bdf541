package org.coderpay.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every page of the real site has what the base layout promises readers and assistive technology. */
class RealSitePagesTest {

    static Stream<String> pages() {
        Path root = RealSite.published();
        List<String> pages = TestSites.htmlFiles(root).stream()
                .map(p -> root.relativize(p).toString().replace('\\', '/')).toList();
        assertThat(pages).contains("index.html", "404.html", "guide/what-medical-coders-do/index.html");
        return pages.stream();
    }

    private static Document parse(String page) throws IOException {
        return Jsoup.parse(RealSite.published().resolve(page).toFile(), "UTF-8", "https://example.org/");
    }

    @ParameterizedTest
    @MethodSource("pages")
    void hasLanguageCharsetViewportTitleAndDescription(String page) throws IOException {
        Document doc = parse(page);
        assertThat(doc.selectFirst("html").attr("lang")).as("html lang").isNotBlank();
        assertThat(doc.select("head > meta[charset]")).as("meta charset").hasSize(1);
        assertThat(doc.selectFirst("head > meta[charset]").attr("charset")).isEqualToIgnoringCase("utf-8");
        assertThat(doc.select("head > meta[name=viewport]").attr("content")).contains("width=device-width");
        assertThat(doc.title()).as("title").isNotBlank();
        assertThat(doc.select("head > meta[name=description]").attr("content")).as("meta description").isNotBlank();
    }

    @ParameterizedTest
    @MethodSource("pages")
    void hasSkipLinkToMainAndLandmarks(String page) throws IOException {
        Document doc = parse(page);
        Element first = doc.body().selectFirst("a[href]");
        assertThat(first).as("the first link on the page is the skip link").isNotNull();
        String href = first.attr("href");
        assertThat(href).startsWith("#");
        Element target = doc.getElementById(href.substring(1));
        assertThat(target).as("skip link target " + href).isNotNull();
        assertThat(target.tagName()).isEqualTo("main");

        assertThat(doc.select("body > header nav a[href]")).as("header navigation").isNotEmpty();
        assertThat(doc.select("main")).hasSize(1);
        assertThat(doc.select("body > footer")).hasSize(1);
        assertThat(doc.select("h1")).as("one h1 per page").hasSize(1);
    }

    @ParameterizedTest
    @MethodSource("pages")
    void hasNoInlineScriptOrStyle(String page) throws IOException {
        Document doc = parse(page);
        assertThat(doc.select("script:not([src]):not([type=application/ld+json])")).as("inline scripts (the CSP forbids them; JSON-LD data is not a script)").isEmpty();
        assertThat(doc.select("style, [style]")).as("inline styles (the CSP forbids them)").isEmpty();
    }
}
