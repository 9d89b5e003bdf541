package org.coderpay.navigation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.coderpay.build.RealSite;
import org.coderpay.build.SiteBaker;
import org.coderpay.build.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GuideNavigationTest {
    @TempDir
    Path dir;

    private static Document read(Path site, String path) throws IOException {
        return Jsoup.parse(Files.readString(site.resolve(path), StandardCharsets.UTF_8));
    }

    /** Output file for a site-absolute link, or null for anything that is not a page of the site. */
    private static String pageFor(String href) {
        if (!href.startsWith("/") || href.startsWith("//")) {
            return null;
        }
        String path = href.replaceFirst("#.*$", "").substring(1);
        if (path.isEmpty() || path.endsWith("/")) {
            return path + "index.html";
        }
        return path.endsWith(".html") ? path : null;
    }

    @Test
    void everyPageIsWithinTwoClicksOfTheHomePage() throws IOException {
        Path site = RealSite.published();
        Map<String, Integer> depth = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of("index.html"));
        depth.put("index.html", 0);
        while (!queue.isEmpty()) {
            String page = queue.removeFirst();
            if (depth.get(page) == 2) {
                continue;
            }
            for (Element a : read(site, page).select("a[href]")) {
                String target = pageFor(a.attr("href"));
                if (target != null && Files.isRegularFile(site.resolve(target)) && !depth.containsKey(target)) {
                    depth.put(target, depth.get(page) + 1);
                    queue.addLast(target);
                }
            }
        }
        List<String> pages = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(site)) {
            walk.filter(p -> p.toString().endsWith(".html")).forEach(p -> pages.add(site.relativize(p).toString()
                    .replace('\\', '/')));
        }
        pages.remove("404.html");
        assertThat(pages).hasSizeGreaterThan(30).allSatisfy(p -> assertThat(depth).as("reached from home").containsKey(p));
    }

    @Test
    void previousAndNextFollowTheSequenceInJbakeProperties() throws IOException {
        Path site = RealSite.published();
        String sequence = Files.readAllLines(TestSites.repoRoot().resolve("jbake.properties")).stream()
                .filter(l -> l.startsWith(GuideSequence.KEY + "=")).findFirst().orElseThrow();
        String[] slugs = sequence.substring(sequence.indexOf('=') + 1).split(",");
        for (int i = 0; i < slugs.length; i++) {
            Document doc = read(site, "guide/" + slugs[i].strip() + "/index.html");
            Element prev = doc.selectFirst("nav.sequence a[rel=prev]");
            Element next = doc.selectFirst("nav.sequence a[rel=next]");
            if (i == 0) {
                assertThat(prev).isNull();
            } else {
                assertThat(prev.attr("href")).isEqualTo("/guide/" + slugs[i - 1].strip() + "/");
            }
            if (i == slugs.length - 1) {
                assertThat(next).isNull();
            } else {
                assertThat(next.attr("href")).isEqualTo("/guide/" + slugs[i + 1].strip() + "/");
            }
            assertThat(doc.select("nav.breadcrumbs li")).hasSize(2);
        }
    }

    @Test
    void longPagesGetAContentsListLinkingToTheirSections() throws IOException {
        Document doc = read(RealSite.published(), "guide/methodology/index.html");
        List<String> sections = doc.select("article h2[id]").eachAttr("id");
        sections.remove("toc-heading");
        assertThat(sections).hasSizeGreaterThanOrEqualTo(3);
        assertThat(doc.select("nav.toc a").eachAttr("href")).containsExactlyElementsOf(
                sections.stream().map(id -> "#" + id).toList());
        Document shortPage = read(RealSite.published(), "guide/pay-by-state/index.html");
        assertThat(shortPage.select("nav.toc")).isEmpty();
    }

    @Test
    void aSequenceNamingNoPageOrAPageTwiceStopsTheBuild() throws IOException {
        Path site = TestSites.fixtureSite(dir.resolve("site"));
        TestSites.write(site, "content/guide/pay.md", "title=Pay\ndescription=Pay.\n~~~~~~\nText.\n");
        TestSites.write(site, "content/guide/jobs.md", "title=Jobs\ndescription=Jobs.\n~~~~~~\nText.\n");
        Path properties = site.resolve("jbake.properties");
        List<String> lines = new ArrayList<>(Files.readAllLines(properties));
        lines.removeIf(l -> l.startsWith(GuideSequence.KEY + "="));
        lines.add(GuideSequence.KEY + "=pya, pay, pay");
        Files.write(properties, lines);
        int line = lines.size();
        SiteBaker.Result result = SiteBaker.bake(site, dir.resolve("out/website"));
        assertThat(result.succeeded()).isFalse();
        assertThat(result.report())
                .contains("jbake.properties:" + line + ":16  error  \"pya\" in guide.sequence is not a published guide page.")
                .contains("Did you mean \"pay\"?")
                .contains("jbake.properties:" + line + ":26  error  \"pay\" is in guide.sequence twice.")
                .doesNotContain("content/guide/jobs.md");
    }
}
