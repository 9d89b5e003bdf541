package org.coderpay.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real path an editor takes: {@code ./mvnw package} on a copy of this repository publishes the
 * site with a readable log; then, with a broken page added, it exits non-zero, names the file and
 * line, and leaves the published site as it was. Slow (two Maven builds, 20-60 s), so just this one.
 */
class MavenBuildEndToEndTest {

    @TempDir
    Path dir;

    @Test
    void goodBuildPublishesThenABrokenPageFailsTheBuildAndKeepsThePublishedSite() throws Exception {
        Path repo = TestSites.repoRoot();
        Path maven = wrapperMavenHome(repo);
        Assumptions.assumeTrue(maven != null && Files.isExecutable(maven.resolve("bin/mvn")),
                "Skipped: the Maven wrapper's Maven is not downloaded yet (~/.m2/wrapper/dists), so it cannot "
                        + "run offline. Run ./mvnw -v once with network access to enable this test.");

        Path copy = dir.resolve("repo");
        copyRepository(repo, copy);

        // A good build publishes (with the site's address given as README's publishing command does), and
        // its log is readable: no OrientDB or per-page noise, and it ends with what was published and how
        // long the bake took.
        Run good = mvnw(copy, "-o", "-B", "-DskipTests", "-Dsite.origin=https://coderpay.example", "package");
        skipIfNotOffline(good.log);
        assertThat(good.exit).as(good.log).isZero();
        assertThat(good.log).doesNotContainIgnoringCase("orientdb").doesNotContain("orientechnologies")
                .doesNotContain("Rendering [");
        assertThat(good.log).containsPattern("\\nPublished \\d+ pages \\(\\d+ files, \\d+ KB\\) to "
                + Pattern.quote(copy.resolve("target/website").toString()) + "; baked in \\d+\\.\\d s\\.");
        assertThat(good.log).doesNotContain("Link previews:");
        assertThat(Files.readString(copy.resolve("target/website/guide/pay-by-level/index.html")))
                .as("-Dsite.origin reaches the bake through the JBake plugin")
                .contains("<link rel=\"canonical\" href=\"https://coderpay.example/guide/pay-by-level/\">");
        SortedMap<String, String> before = TestSites.snapshot(copy.resolve("target/website"));
        assertThat(before).containsKey("index.html");

        TestSites.write(copy, "content/guide/broken-page.md", "title=Broken\ndescription=Broken.\ndate=2026-13-01\n~~~~~~\nText.\n");
        Run broken = mvnw(copy, "-o", "-B", "-q", "-DskipTests", "package");

        assertThat(broken.exit).as(broken.log).isNotZero();
        assertThat(broken.log).contains("content/guide/broken-page.md:3:6").contains("is not a valid date");
        assertThat(TestSites.snapshot(copy.resolve("target/website"))).isEqualTo(before);
    }

    private record Run(int exit, String log) {
    }

    private static Run mvnw(Path project, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("./mvnw"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).isTrue();
        return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    private static void skipIfNotOffline(String log) {
        Assumptions.assumeFalse(log.contains("offline mode") && log.contains("has not been downloaded"),
                "Skipped: a plugin or dependency is not in the local Maven repository, so the offline build "
                        + "cannot run. Run ./mvnw package once with network access.\n" + log);
    }

    /** Where ./mvnw keeps the Maven it runs, as computed by the wrapper script; null if unknown. */
    private static Path wrapperMavenHome(Path repo) throws IOException {
        String url = Files.readAllLines(repo.resolve(".mvn/wrapper/maven-wrapper.properties")).stream()
                .filter(l -> l.startsWith("distributionUrl=")).map(l -> l.substring("distributionUrl=".length()).strip())
                .findFirst().orElse(null);
        if (url == null) {
            return null;
        }
        String name = url.substring(url.lastIndexOf('/') + 1).replaceFirst("\\.zip$", "").replaceFirst("-bin$", "");
        String userHome = System.getenv("MAVEN_USER_HOME");
        Path dists = (userHome != null ? Path.of(userHome) : Path.of(System.getProperty("user.home"), ".m2"))
                .resolve("wrapper/dists").resolve(name);
        // The wrapper names the folder after String.hashCode of the URL, in hex.
        return dists.resolve(Integer.toHexString(url.hashCode()));
    }

    /** The repository as a fresh clone would have it: no build output, no git metadata. */
    private static void copyRepository(Path from, Path to) throws IOException {
        List<Path> skipped = List.of(from.resolve(".git"), from.resolve("target"), from.resolve("extensions/target"));
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.filter(p -> skipped.stream().noneMatch(p::startsWith)).sorted().toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
