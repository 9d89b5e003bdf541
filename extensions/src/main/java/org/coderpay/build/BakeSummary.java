package org.coderpay.build;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The few facts a bake hands on to the publish step, kept beside (never inside) the output folder.
 *
 * @param origin the site.origin the pages were baked with, empty when none (then they have no image tags)
 */
public record BakeSummary(long bakeMillis, int drafts, String origin) {

    public static Path fileFor(Path outputFolder) {
        Path abs = outputFolder.toAbsolutePath();
        return abs.resolveSibling(abs.getFileName() + ".bake.properties");
    }

    /**
     * Which source wrote each output file ({@code output=source}, sorted), kept beside the output so
     * the site checks can name the source of a page they find a problem in.
     */
    public static Path sourcesFileFor(Path outputFolder) {
        Path abs = outputFolder.toAbsolutePath();
        return abs.resolveSibling(abs.getFileName() + ".sources.properties");
    }

    public static BakeSummary read(Path outputFolder) {
        Path file = fileFor(outputFolder);
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, java.nio.charset.StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read " + file, e);
            }
        }
        return new BakeSummary(Long.parseLong(p.getProperty("bakeMillis", "-1")),
                Integer.parseInt(p.getProperty("drafts", "0")), p.getProperty("origin", ""));
    }
}
