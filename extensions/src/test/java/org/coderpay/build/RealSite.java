package org.coderpay.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The real site, baked once per test JVM into target/test-bakes/real (bakes take seconds; several
 * test classes read the same output and none of them change it).
 */
public final class RealSite {
    private static SiteBaker.Result result;

    private RealSite() {
    }

    public static synchronized SiteBaker.Result baked() {
        if (result == null) {
            try {
                result = SiteBaker.bake(TestSites.repoRoot(), Path.of("target/test-bakes/real/website"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (!result.succeeded()) {
                throw new AssertionError("The real site does not bake:\n" + result.report());
            }
        }
        return result;
    }

    public static Path published() {
        return baked().published();
    }
}
