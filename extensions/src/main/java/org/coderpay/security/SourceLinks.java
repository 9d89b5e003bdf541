package org.coderpay.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.coderpay.bake.BakeSession;
import org.coderpay.diagnostics.Problem;

/**
 * Symbolic links in the site's sources must stay inside the repository. JBake follows links when it
 * reads pages and copies assets, so a link to a file elsewhere on the disk (a key, another project)
 * would be published; the bake stops instead. Links within the repository are fine.
 */
public final class SourceLinks {
    private SourceLinks() {
    }

    /** Records a problem for every link under {@code folders} whose target is outside the site's root. */
    public static void check(BakeSession session, List<Path> folders) {
        Path root;
        try {
            root = session.root().toRealPath();
        } catch (IOException e) {
            return; // the root cannot be resolved: JBake has already failed to read it
        }
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(folder)) { // does not follow links, so it cannot loop
                for (Path link : walk.filter(Files::isSymbolicLink).sorted().toList()) {
                    String target = target(link);
                    if (target == null) {
                        session.problems().add(Problem.inFile(session.shown(link.toFile()),
                                "This symbolic link points to a file that does not exist.",
                                "Delete the link, or put the file it should name into the repository."));
                    } else if (!Path.of(target).startsWith(root)) {
                        session.problems().add(Problem.inFile(session.shown(link.toFile()),
                                "This is a symbolic link to " + target
                                        + ", outside the site's folder: the bake would publish whatever it points to.",
                                "Copy the file into the repository (or delete the link); a link may only point to a"
                                        + " file inside the repository."));
                    }
                }
            } catch (IOException e) {
                session.problems().add(Problem.inFile(session.shown(folder.toFile()), "Cannot list the folder: "
                        + e.getMessage(), "Check that the folder is readable."));
            }
        }
    }

    private static String target(Path link) {
        try {
            return link.toRealPath().toString();
        } catch (IOException e) {
            return null;
        }
    }
}
