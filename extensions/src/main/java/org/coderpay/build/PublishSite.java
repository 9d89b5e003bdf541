package org.coderpay.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Publishes a finished bake: moves the staging folder into place so the published folder is only
 * ever a whole, successful bake. A failed bake stops the build before this step, leaving the last
 * good output untouched. Ends the build log with what was written and how long the bake took.
 *
 * <p>Usage: {@code PublishSite <staging folder> <published folder>}
 */
public final class PublishSite {

    private PublishSite() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("Usage: PublishSite <staging folder> <published folder>");
        }
        Path staging = Path.of(args[0]).toAbsolutePath().normalize();
        Path published = Path.of(args[1]).toAbsolutePath().normalize();
        Result result = publish(staging, published);
        System.out.println(result.describe(published));
    }

    /** What was published. */
    public record Result(int pages, int files, long bytes, BakeSummary summary) {
        String describe(Path where) {
            String time = summary.bakeMillis() < 0 ? ""
                    : String.format(Locale.ROOT, " in %.1f s", summary.bakeMillis() / 1000.0);
            String drafts = summary.drafts() == 0 ? "" : String.format(Locale.ROOT, "; %d draft%s left out",
                    summary.drafts(), summary.drafts() == 1 ? "" : "s");
            String previews = summary.origin().isEmpty()
                    ? "\nAddresses: site.origin is not set, so canonical addresses, link previews, the sitemap and the"
                            + " feed name the local preview " + org.coderpay.bake.SiteSettings.LOCAL_ORIGIN + "; to publish,"
                            + " ./mvnw package -Dsite.origin=https://your.host (README, Building for publishing)."
                    : "";
            return String.format(Locale.ROOT, "Published %d pages (%d files, %d KB) to %s; baked%s%s.%s",
                    pages, files, (bytes + 1023) / 1024, where, time, drafts, previews);
        }
    }

    public static Result publish(Path staging, Path published) throws IOException {
        if (!Files.isRegularFile(staging.resolve("index.html"))) {
            throw new IllegalStateException("No finished bake in " + staging
                    + " (index.html is missing); the published site was left as it was.");
        }
        List<Path> files = listFiles(staging);
        int pages = (int) files.stream().filter(f -> f.toString().endsWith(".html")).count();
        long bytes = 0;
        for (Path f : files) {
            bytes += Files.size(f);
        }
        BakeSummary summary = BakeSummary.read(staging);

        Path previous = published.resolveSibling(published.getFileName() + ".previous");
        deleteTree(previous);
        Files.createDirectories(published.getParent());
        if (Files.exists(published)) {
            Files.move(published, previous, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staging, published, StandardCopyOption.ATOMIC_MOVE);
        deleteTree(previous);
        return new Result(pages, files.size(), bytes, summary);
    }

    private static List<Path> listFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
