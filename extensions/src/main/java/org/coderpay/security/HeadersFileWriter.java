package org.coderpay.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.coderpay.bake.BakeSession;
import org.coderpay.bake.SiteRenderingStep;
import org.coderpay.diagnostics.Problem;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;

/**
 * Writes {@code _headers} (read by Netlify and Cloudflare Pages; other hosts ignore it) from
 * {@link SecurityHeaders}, the same definition the layout's meta tags come from. Claimed like any
 * output, so an asset of the same name stops the bake instead of being overwritten.
 */
public class HeadersFileWriter extends SiteRenderingStep {
    public static final String OUTPUT = "_headers";

    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) {
        BakeSession session = BakeSession.of(config);
        session.claimOutput(OUTPUT, "(security headers)");
        Path file = config.getDestinationFolder().toPath().resolve(OUTPUT);
        try {
            Files.writeString(file, SecurityHeaders.SITE.headersFile(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            session.problems().add(Problem.inFile(Path.of(OUTPUT), "Cannot write " + OUTPUT + ": " + e.getMessage(),
                    "Check that the output folder is writable."));
        }
        return 0;
    }
}
