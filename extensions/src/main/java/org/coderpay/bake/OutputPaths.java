package org.coderpay.bake;

import java.io.File;
import java.nio.file.Path;

import org.jbake.app.configuration.JBakeConfiguration;

/**
 * Where JBake will write a content file, computed the way its Crawler does (including
 * {@code uri.noExtension}), so clashes can be found before one page silently overwrites another.
 */
public final class OutputPaths {
    private OutputPaths() {
    }

    /** @return the output path relative to the destination folder, with forward slashes */
    public static String forContent(JBakeConfiguration config, File source) {
        Path contentRoot = config.getContentFolder().toPath().toAbsolutePath().normalize();
        String relative = contentRoot.relativize(source.toPath().toAbsolutePath().normalize())
                .toString().replace('\\', '/');
        int dot = relative.lastIndexOf('.');
        String base = dot > relative.lastIndexOf('/') ? relative.substring(0, dot) : relative;
        String prefix = config.getPrefixForUriWithoutExtension();
        boolean pretty = config.getUriWithoutExtension() && prefix != null && !prefix.isEmpty()
                && ("/" + relative).startsWith(prefix);
        return pretty ? base + "/index" + config.getOutputExtension() : base + config.getOutputExtension();
    }

    /** The address a reader uses: {@code guide/pay/} for pretty URLs, {@code 404.html} otherwise. */
    public static String toUrlPath(String outputPath) {
        if (outputPath.equals("index.html")) {
            return "";
        }
        return outputPath.endsWith("/index.html") ? outputPath.substring(0, outputPath.length() - "index.html".length())
                : outputPath;
    }
}
