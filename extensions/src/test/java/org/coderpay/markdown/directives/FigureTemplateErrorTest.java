package org.coderpay.markdown.directives;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.coderpay.build.SiteBaker;
import org.coderpay.build.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A mistake in a figure template stops the bake like a mistake in a layout: one problem at the
 * template's file:line:column, naming what is wrong, and nothing published.
 */
class FigureTemplateErrorTest {
    @TempDir
    Path dir;

    @Test
    void aBrokenTableTemplateFailsTheBakeAtItsLineAndColumn() throws IOException {
        Path site = TestSites.fixtureSite(dir.resolve("site"));
        TestSites.write(site, "templates/figures/salary-table.ftlh", "<div class=\"salary-table\">\n  ${table.captoin}\n</div>\n");
        TestSites.write(site, "content/guide/pay.md", "title=Pay\ndescription=Pay by level.\ntype=article\nstatus=published\n"
                + "~~~~~~\n\n```salary-table\ndataset: levels\n```\n");

        SiteBaker.Result result = SiteBaker.bake(site, dir.resolve("out/website"));

        assertThat(result.succeeded()).as(result.report()).isFalse();
        assertThat(result.published()).doesNotExist();
        assertThat(result.report()).contains("templates/figures/salary-table.ftlh:2:5").contains("captoin");
    }
}
