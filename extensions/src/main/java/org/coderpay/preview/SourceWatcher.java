package org.coderpay.preview;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryWatcher;
import io.methvin.watcher.visitor.FileTreeVisitor;

/**
 * Watches the site's sources (content/, data/, templates/, assets/ recursively, and jbake.properties)
 * through directory-watcher: native events on Linux and Windows, and FSEvents on macOS, where the
 * JDK's own watch service polls every few seconds. Each changed source is handed on as a path
 * relative to the site root; {@link ChangeBatcher} turns a burst of them into one rebake.
 */
public final class SourceWatcher implements AutoCloseable {
    public static final List<String> WATCHED_FOLDERS = List.of("content", "data", "templates", "assets");
    public static final String SETTINGS_FILE = "jbake.properties";

    private final Path root;
    private final DirectoryWatcher watcher;
    private final CompletableFuture<Void> running;

    /**
     * Starts watching at once (the folders are registered before this returns, so that nothing saved
     * after it is missed) and calls {@code onChange} on the watcher's own thread.
     */
    public SourceWatcher(Path root, Consumer<String> onChange) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.watcher = DirectoryWatcher.builder()
                // The root, so that jbake.properties and a watched folder made later are seen; the
                // visitor keeps target/, .git/ and the rest out of the registration walk.
                .path(this.root)
                .fileTreeVisitor(new SourcesOnly(this.root))
                // A save of unchanged bytes still rebakes: that is what an editor pressing save expects.
                .fileHashing(false)
                .listener(event -> {
                    if (event.eventType() == DirectoryChangeEvent.EventType.OVERFLOW) {
                        onChange.accept("(many files)");
                    } else if (event.path() != null && isSource(event.path())) {
                        onChange.accept(shown(event.path()));
                    }
                })
                .build();
        this.running = watcher.watchAsync(Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "preview-watcher");
            t.setDaemon(true);
            return t;
        }));
    }

    /** True for files the bake reads; editor backup and swap files are ignored. */
    boolean isSource(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        if (!absolute.startsWith(root)) {
            return false;
        }
        Path relative = root.relativize(absolute);
        if (relative.getNameCount() == 0) {
            return false;
        }
        String first = relative.getName(0).toString();
        if (relative.getNameCount() == 1 && first.equals(SETTINGS_FILE)) {
            return true;
        }
        if (!WATCHED_FOLDERS.contains(first)) {
            return false;
        }
        String name = absolute.getFileName().toString();
        return !(name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".tmp"));
    }

    private String shown(Path path) {
        return root.relativize(path.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    /** True while the watcher runs; false once it stopped, e.g. because its folder went away. */
    public boolean isWatching() {
        return !running.isDone();
    }

    @Override
    public void close() throws IOException {
        watcher.close();
    }

    /** Walks only the watched folders below the site root; below them, everything. */
    private static final class SourcesOnly implements FileTreeVisitor {
        private final Path root;

        SourcesOnly(Path root) {
            this.root = root;
        }

        @Override
        public void recursiveVisitFiles(Path start, Callback onDirectory, Callback onFile) throws IOException {
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    Path abs = dir.toAbsolutePath().normalize();
                    if (abs.getParent() != null && abs.getParent().equals(root)
                            && !WATCHED_FOLDERS.contains(abs.getFileName().toString())) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    onDirectory.call(dir);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    onFile.call(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    // A file deleted during the walk, or one we may not read: nothing to watch there.
                    return FileVisitResult.CONTINUE;
                }
            });
        }
    }
}
