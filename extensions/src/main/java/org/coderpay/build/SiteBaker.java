package org.coderpay.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.coderpay.bake.BakeSession;
import org.coderpay.diagnostics.Problems;
import org.jbake.app.Oven;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;

/**
 * Bakes the site from Java, the way {@code ./mvnw package} does: into a staging folder first, then
 * (only when the bake succeeded) swapped into the published folder with {@link PublishSite#publish}.
 * The preview server and the tests use it. Safe to call again and again in one JVM: each call makes a
 * new JBake configuration, hence a fresh {@link BakeSession}, and bakes run one at a time because
 * JBake keeps its content store in a static field.
 */
public final class SiteBaker {
    /** JBake's content store is one per JVM ({@code DBUtil}); two bakes at once would share it. */
    private static final Object ONE_BAKE_AT_A_TIME = new Object();

    private SiteBaker() {
    }

    /**
     * The outcome of one bake.
     *
     * @param published the folder readers get; replaced only when the bake succeeded
     * @param staging   where the bake was written (left in place after a failure, for inspection)
     * @param errors    everything JBake's Oven reported (the strict gate's failure among them)
     * @param problems  problems in the sources, each with file, line and column
     * @param drafts    pages left out because their status is draft
     * @param publish   what was published, empty when the bake failed
     */
    public record Result(Path published, Path staging, List<Throwable> errors, Problems problems,
            List<String> drafts, Optional<PublishSite.Result> publish) {

        public boolean succeeded() {
            return errors.isEmpty() && problems.isEmpty() && publish.isPresent();
        }

        /** What to show a person: the problems with their source excerpts, or the publish summary. */
        public String report() {
            StringBuilder out = new StringBuilder();
            if (!problems.isEmpty()) {
                out.append("The site has problems; nothing was published.").append(problems.format()).append('\n');
            }
            for (Throwable error : errors) {
                if (!(error instanceof StrictBuildGate.ProblemsFound)) {
                    out.append("Bake error: ").append(describe(error)).append('\n');
                }
            }
            if (!drafts.isEmpty()) {
                out.append("Drafts, not published (").append(drafts.size()).append("): ")
                        .append(String.join(", ", drafts)).append('\n');
            }
            publish.ifPresent(p -> out.append(p.describe(published)).append('\n'));
            return out.toString();
        }

        private static String describe(Throwable error) {
            StringBuilder sb = new StringBuilder(String.valueOf(error.getMessage()));
            for (Throwable cause = error.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
                sb.append("; caused by ").append(cause.getMessage());
            }
            return sb.toString();
        }
    }

    /** {@code target/website} stages in {@code target/staging/website}, as in the Maven build. */
    public static Path stagingFor(Path published) {
        Path abs = published.toAbsolutePath().normalize();
        return abs.resolveSibling("staging").resolve(abs.getFileName());
    }

    /** Bakes {@code source} (the folder holding jbake.properties) and publishes into {@code published}. */
    public static Result bake(Path source, Path published) throws IOException {
        return bake(source, published, Map.of());
    }

    /**
     * Like {@link #bake(Path, Path)}, with {@code settings} taking the place of the same keys in
     * jbake.properties for this bake only (the preview sets its own address as {@code site.origin}).
     */
    public static Result bake(Path source, Path published, Map<String, String> settings) throws IOException {
        Objects.requireNonNull(source, "source");
        Path target = published.toAbsolutePath().normalize();
        Path staging = stagingFor(target);
        synchronized (ONE_BAKE_AT_A_TIME) {
            PublishSite.deleteTree(staging);
            Files.deleteIfExists(BakeSummary.fileFor(staging));
            Files.createDirectories(staging);

            List<Throwable> errors = new ArrayList<>();
            BakeSession session = null;
            try {
                // Exactly what jbake-maven-plugin's GenerateMojo does, with the cache cleared every time.
                JBakeConfiguration config = new JBakeConfigurationFactory().createDefaultJbakeConfiguration(
                        source.toAbsolutePath().normalize().toFile(), staging.toFile(), true);
                settings.forEach(config::setProperty);
                session = BakeSession.of(config);
                Oven oven = new Oven(config);
                oven.bake();
                errors.addAll(oven.getErrors());
            } catch (RuntimeException e) {
                // JBake throws for a missing templates or content folder, or a broken jbake.properties.
                errors.add(e);
            }
            Problems problems = new Problems();
            List<String> drafts = List.of();
            if (session != null) {
                problems.addAll(session.problems());
                drafts = session.drafts();
            }
            if (!errors.isEmpty() || !problems.isEmpty()) {
                return new Result(target, staging, List.copyOf(errors), problems, drafts, Optional.empty());
            }
            PublishSite.Result publish = PublishSite.publish(staging, target);
            return new Result(target, staging, List.of(), problems, drafts, Optional.of(publish));
        }
    }

    /** Command-line entry for a one-off bake: {@code SiteBaker <source folder> <published folder>}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("Usage: SiteBaker <source folder> <published folder>");
        }
        Result result = bake(Path.of(args[0]), Path.of(args[1]));
        System.out.print(result.report());
        if (!result.succeeded()) {
            System.exit(1);
        }
    }
}
