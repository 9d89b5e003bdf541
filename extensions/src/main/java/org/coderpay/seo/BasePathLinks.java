package org.coderpay.seo;

import java.util.Set;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * Editors write links to other pages from the site root ({@code /guide/pay-by-state/}); a site served
 * from a folder ({@code site.basePath=/pay-guide/}) needs them under that folder. This rewrites every
 * root-relative link and image address in Markdown at bake time, so the same text works at a host's
 * root and in a folder. Addresses with a scheme, protocol-relative ({@code //host}) ones, relative
 * ones and {@code #fragments} are left as written.
 */
public final class BasePathLinks implements HtmlRenderer.HtmlRendererExtension {
    /** The site's base path, starting and ending with a slash. */
    public static final DataKey<String> BASE_PATH = new DataKey<>("SITE_BASE_PATH", "/");

    private BasePathLinks() {
    }

    public static BasePathLinks create() {
        return new BasePathLinks();
    }

    /** {@code /guide/x/} under base {@code /pay-guide/} is {@code /pay-guide/guide/x/}; anything else as it is. */
    public static String rewrite(String url, String basePath) {
        if (basePath.equals("/") || !url.startsWith("/") || url.startsWith("//")) {
            return url;
        }
        return basePath + url.substring(1);
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.linkResolverFactory(new Factory());
    }

    private static final class Factory extends IndependentLinkResolverFactory {
        @Override
        public LinkResolver apply(LinkResolverBasicContext context) {
            String base = BASE_PATH.get(context.getOptions());
            return (Node node, LinkResolverBasicContext ctx, ResolvedLink link) -> {
                String rewritten = rewrite(link.getUrl(), base);
                return rewritten.equals(link.getUrl()) ? link : link.withUrl(rewritten);
            };
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return null;
        }
    }
}
