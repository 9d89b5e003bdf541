package org.coderpay.bake;

import java.io.File;
import java.util.List;

import org.jbake.app.configuration.JBakeConfiguration;

/**
 * The page types editors can choose with {@code type=}: those configured as
 * {@code template.<type>.file} in jbake.properties whose layout is one of our HTML templates
 * ({@code .ftlh}). JBake's own defaults (post.ftl, page.ftl, ...) are not layouts of this site.
 */
public final class SiteLayouts {
    public static final String TEMPLATE_EXTENSION = ".ftlh";

    private SiteLayouts() {
    }

    public static List<String> pageTypes(JBakeConfiguration config) {
        return config.getDocumentTypes().stream()
                .filter(type -> {
                    String name = config.getTemplateByDocType(type);
                    return name != null && name.endsWith(TEMPLATE_EXTENSION)
                            && new File(config.getTemplateFolder(), name).isFile();
                })
                .sorted()
                .distinct()
                .toList();
    }
}
