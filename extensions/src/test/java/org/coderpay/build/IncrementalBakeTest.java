package org.coderpay.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After a series of edits, additions, renames and deletions, the site the preview's bake publishes is
 * byte-identical to a clean bake of the same sources; a broken edit leaves the last good site; each
 * rebuild names the published files that changed.
 */
class IncrementalBakeTest {

    @TempDir
    Path dir;

    @Test
    void aSeriesOfEditsEndsByteIdenticalToACleanBakeAndNamesWhatChanged() throws IOException {
        Path site = TestSites.fixtureSite(dir.resolve("site"));
        TestSites.write(site, "content/guide/alpha.md", page("Alpha", "First words."));
        TestSites.write(site, "content/guide/beta.md", page("Beta", "Beta words."));
        TestSites.write(site, "assets/css/extra.css", "p { margin: 0; }\n");
        Path published = dir.resolve("out/website");
        IncrementalBake bake = new IncrementalBake(site, published, Map.of());

        IncrementalBake.Result first = bake.rebuild(Set.of());
        assertThat(first.succeeded()).as(first.bake().report()).isTrue();
        assertThat(first.changed()).contains("guide/alpha/index.html", "guide/beta/index.html", "index.html");

        Path alpha = TestSites.write(site, "content/guide/alpha.md", page("Alpha", "Second words."));
        IncrementalBake.Result edit = bake.rebuild(Set.of(alpha));
        assertThat(edit.succeeded()).as(edit.bake().report()).isTrue();
        assertThat(edit.changed()).contains("guide/alpha/index.html").doesNotContain("guide/beta/index.html");
        assertThat(edit.onlyStylesheets()).isFalse();

        Path css = TestSites.write(site, "assets/css/extra.css", "p { margin: 1px; }\n");
        IncrementalBake.Result style = bake.rebuild(Set.of(css));
        assertThat(style.changed()).containsExactly("css/extra.css");
        assertThat(style.onlyStylesheets()).isTrue();

        SortedMap<String, String> good = TestSites.snapshot(published);
        Path broken = TestSites.write(site, "content/guide/alpha.md", "no header\n");
        IncrementalBake.Result failed = bake.rebuild(Set.of(broken));
        assertThat(failed.succeeded()).isFalse();
        assertThat(failed.changed()).isEmpty();
        assertThat(TestSites.snapshot(published)).as("a failed rebuild leaves the last good site").isEqualTo(good);

        // Fixed by renaming it, adding a page and deleting another, in one burst.
        Files.delete(broken);
        Path gamma = TestSites.write(site, "content/guide/gamma.md", page("Gamma", "Renamed words."));
        Path delta = TestSites.write(site, "content/guide/delta.md", page("Delta", "New words."));
        Path beta = site.resolve("content/guide/beta.md");
        Files.delete(beta);
        IncrementalBake.Result burst = bake.rebuild(Set.of(broken, gamma, delta, beta));
        assertThat(burst.succeeded()).as(burst.bake().report()).isTrue();
        assertThat(burst.changed()).contains("guide/gamma/index.html", "guide/delta/index.html");
        assertThat(burst.removed()).contains("guide/alpha/index.html", "guide/beta/index.html");

        SiteBaker.Result clean = SiteBaker.bake(site, dir.resolve("clean/website"));
        assertThat(clean.succeeded()).as(clean.report()).isTrue();
        TestSites.assertSameBytes(clean.published(), published);
    }

    private static String page(String title, String text) {
        return "title=" + title + "\ndescription=About " + title + ".\n~~~~~~\n" + text + "\n";
    }
}
