package org.coderpay.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two bakes of one commit are byte-identical, whatever the machine's locale and time zone. */
class ReproducibleBakeTest {

    @TempDir
    Path dir;

    @Test
    void twoBakesOfTheRealSiteAreByteIdentical() throws IOException {
        SiteBaker.Result again = SiteBaker.bake(TestSites.repoRoot(), dir.resolve("again/website"));
        assertThat(again.succeeded()).as(again.report()).isTrue();
        TestSites.assertSameBytes(RealSite.published(), again.published());
    }

    @Test
    void aBakeUnderAnotherLocaleAndTimeZoneIsByteIdentical() throws Exception {
        Path out = dir.resolve("kiritimati/website");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.language=de", "-Duser.country=DE", "-Duser.timezone=Pacific/Kiritimati",
                "-Dfile.encoding=ISO-8859-1", "-Dlog.console.level=SEVERE",
                "-cp", testClassPath(),
                SiteBaker.class.getName(), TestSites.repoRoot().toString(), out.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] log = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(new String(log, StandardCharsets.UTF_8)).isZero();

        TestSites.assertSameBytes(RealSite.published(), out);
    }

    /** Surefire may hide the real class path behind a manifest-only jar; both work for a forked JVM. */
    private static String testClassPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }
}
