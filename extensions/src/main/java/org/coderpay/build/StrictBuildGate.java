package org.coderpay.build;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.stream.Stream;

import org.coderpay.bake.BakeSession;
import org.coderpay.bake.JBakeProperties;
import org.coderpay.bake.SiteRenderingStep;
import org.coderpay.bake.SiteSettings;
import org.coderpay.diagnostics.Problem;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.RenderingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs after every other renderer and fails the bake when anything went wrong: JBake itself only
 * logs most problems and reports success. Reports every problem of the bake at once, in reading
 * order, then lists the drafts that were left out.
 */
public class StrictBuildGate extends SiteRenderingStep {
    private static final Logger LOG = LoggerFactory.getLogger(StrictBuildGate.class);

    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        BakeSession session = BakeSession.of(config);
        // Datasets are validated even when no page uses them.
        org.coderpay.data.DatasetCatalog.of(session);
        checkContentFolder(session, config);
        org.coderpay.security.SourceLinks.check(session, List.of(config.getContentFolder().toPath(),
                config.getAssetFolder().toPath(), config.getDataFolder().toPath(), config.getTemplateFolder().toPath()));
        checkOrigin(session, Objects.toString(config.get(SiteSettings.ORIGIN), ""));
        // The preview bakes with its own address: what the file says must still be right for publishing.
        String written = JBakeProperties.of(session).value(SiteSettings.ORIGIN);
        if (written != null && !written.equals(config.get(SiteSettings.ORIGIN))) {
            checkOrigin(session, written);
        }
        claimStaticFiles(session, config.getAssetFolder().toPath(), null);
        claimStaticFiles(session, config.getContentFolder().toPath(), ".md");
        session.collisions().forEach((output, sources) -> session.problems().add(Problem.inFile(
                Path.of(sources.get(0)),
                "These files would all be written to " + output + ": " + String.join(", ", sources) + ".",
                "Rename or move all but one of them; each page and asset needs its own address.")));

        List<String> drafts = session.drafts();
        if (!drafts.isEmpty()) {
            LOG.info("Drafts, not published ({}): {}", drafts.size(), String.join(", ", drafts));
        }
        if (!session.problems().isEmpty()) {
            LOG.error("The site has problems; nothing was published.{}", session.problems().format());
            throw new ProblemsFound(session.problems().size());
        }
        writeSummary(config, session);
        return 0;
    }

    private static void checkOrigin(BakeSession session, String origin) {
        SiteSettings.originProblem(origin).ifPresent(invalid -> JBakeProperties.of(session)
                .problem(session, SiteSettings.ORIGIN, origin, invalid.message(), invalid.hint()));
    }

    /**
     * Leaves the bake's own duration beside the output for {@link PublishSite}, which runs in another
     * step of the build and prints the closing summary.
     */
    private static void writeSummary(JBakeConfiguration config, BakeSession session) {
        long millis = (System.nanoTime() - session.startNanos()) / 1_000_000;
        Path summary = BakeSummary.fileFor(config.getDestinationFolder().toPath());
        try {
            Files.createDirectories(summary.getParent());
            Properties facts = new Properties();
            facts.setProperty("bakeMillis", Long.toString(millis));
            facts.setProperty("drafts", Integer.toString(session.drafts().size()));
            facts.setProperty("origin", SiteSettings.from(config).origin());
            try (Writer out = Files.newBufferedWriter(summary, StandardCharsets.UTF_8)) {
                facts.store(out, null);
            }
            writeSources(config, session);
        } catch (IOException e) {
            LOG.warn("Could not write {}: {}", summary, e.getMessage());
        }
    }

    /** Which source wrote each output, for the site checks' messages (org.coderpay.check). */
    private static void writeSources(JBakeConfiguration config, BakeSession session) throws IOException {
        StringBuilder sb = new StringBuilder("# output=source, written by the bake for the site checks\n");
        session.outputSources().forEach((output, source) -> sb.append(escape(output)).append('=')
                .append(escape(source)).append('\n'));
        Files.writeString(BakeSummary.sourcesFileFor(config.getDestinationFolder().toPath()), sb.toString(),
                StandardCharsets.UTF_8);
    }

    /** Properties-file escaping for the few characters a path can hold that the format treats specially. */
    private static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '\\' || c == '=' || c == ':' || c == '#' || c == '!' || c == ' ') {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** Only Markdown pages are content; anything else JBake would parse bypasses our checks. */
    private static void checkContentFolder(BakeSession session, JBakeConfiguration config) {
        for (Path file : files(config.getContentFolder().toPath())) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
            if (!ext.equals("md") && org.jbake.parser.Engines.getRecognizedExtensions().contains(ext)) {
                session.problems().add(Problem.inFile(session.shown(file.toFile()),
                        "Pages must be Markdown (.md); JBake would publish this ." + ext + " file unchecked.",
                        "Rewrite it as a .md page, or move layout code into templates/."));
            }
        }
    }

    private static void claimStaticFiles(BakeSession session, Path folder, String skipExtension) {
        for (Path file : files(folder)) {
            if (skipExtension != null && file.toString().endsWith(skipExtension)) {
                continue;
            }
            String output = folder.relativize(file).toString().replace('\\', '/');
            session.claimOutput(output, session.shown(file.toFile()).toString().replace('\\', '/'));
        }
    }

    private static List<Path> files(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list " + folder, e);
        }
    }

    /** The gate's own failure, so that callers with the report in hand (SiteBaker) need not repeat it. */
    public static final class ProblemsFound extends RenderingException {
        private static final long serialVersionUID = 1L;

        ProblemsFound(int count) {
            super(count + " problem(s) in the site sources; see above.");
        }
    }
}
