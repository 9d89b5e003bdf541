package org.coderpay.seo;

import static org.assertj.core.api.Assertions.assertThat;

import org.coderpay.markdown.GuideMarkdown;
import org.junit.jupiter.api.Test;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;

/** Markdown links written from the site root follow site.basePath; every other address stays as written. */
class BasePathLinksTest {

    private static String render(String markdown, String base) {
        MutableDataSet options = GuideMarkdown.options();
        options.set(BasePathLinks.BASE_PATH, base);
        return HtmlRenderer.builder(options).build().render(Parser.builder(options).build().parse(markdown));
    }

    @Test
    void rootRelativeLinksAndImagesGetTheBasePath() {
        String html = render("[pay](/guide/pay/#top) ![chart](/img/c.png) [ref]\n\n[ref]: /guide/ref/\n", "/pay-guide/");

        assertThat(html).contains("href=\"/pay-guide/guide/pay/#top\"", "src=\"/pay-guide/img/c.png\"",
                "href=\"/pay-guide/guide/ref/\"");
    }

    @Test
    void otherAddressesAreLeftAlone() {
        String html = render("[a](https://bls.gov/x) [b](//cdn.example/y) [c](other/) [d](#part) [e](mailto:a@b.c)",
                "/pay-guide/");

        assertThat(html).contains("href=\"https://bls.gov/x\"", "href=\"//cdn.example/y\"", "href=\"other/\"",
                "href=\"#part\"", "href=\"mailto:a@b.c\"").doesNotContain("/pay-guide/");
        assertThat(render("[pay](/guide/pay/)", "/")).contains("href=\"/guide/pay/\"");
    }
}
