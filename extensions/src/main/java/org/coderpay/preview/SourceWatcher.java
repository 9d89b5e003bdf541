package org.coderpay.preview;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches the site's sources (content/, data/, templates/, assets/ recursively, and jbake.properties)
 * with the JDK's WatchService and reports each burst of changes once, after a quiet spell, so that an
 * editor saving several files (or one editor writing a file in several steps) causes one rebake.
 */
public final class SourceWatcher implements AutoCloseable {
    public static final List<String> WATCHED_FOLDERS = List.of("content", "data", "templates", "assets");
    public static final String SETTINGS_FILE = "jbake.properties";

    private final Path root;
    private final Duration quiet;
    private final WatchService service;

    public SourceWatcher(Path root, Duration quiet) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.quiet = quiet;
        this.service = FileSystems.getDefault().newWatchService();
        // The root itself, to see jbake.properties and watched folders that appear later.
        this.root.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
        for (String folder : WATCHED_FOLDERS) {
            registerTree(this.root.resolve(folder));
        }
    }

    /**
     * Blocks, calling {@code onChange} with the changed paths (relative to the site root) after each
     * burst of changes, until the watcher is closed or the thread interrupted.
     */
    public void run(Consumer<Set<String>> onChange) {
        try {
            while (true) {
                Set<String> changed = new TreeSet<>();
                collect(service.take(), changed);
                WatchKey more;
                while ((more = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    collect(more, changed);
                }
                if (!changed.isEmpty()) {
                    onChange.accept(changed);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ClosedWatchServiceException e) {
            // closed: stop watching
        }
    }

    private void collect(WatchKey key, Set<String> changed) {
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                changed.add("(many files)");
                continue;
            }
            Path path = dir.resolve((Path) event.context());
            if (!isSource(path)) {
                continue;
            }
            changed.add(shown(path));
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(path)) {
                // Files written into a new folder before it was registered raise no event of their own.
                changed.addAll(registerTree(path));
            }
        }
        key.reset();
    }

    /** True for files the bake reads; editor backup and swap files are ignored. */
    boolean isSource(Path path) {
        Path relative = root.relativize(path);
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
        String name = path.getFileName().toString();
        return !(name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".tmp"));
    }

    /** Watches {@code folder} and every folder below it; returns the files already in them. */
    private Set<String> registerTree(Path folder) {
        Set<String> files = new TreeSet<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.toList()) {
                if (Files.isDirectory(p)) {
                    p.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
                } else if (isSource(p)) {
                    files.add(shown(p));
                }
            }
        } catch (IOException e) {
            System.err.println("Cannot watch " + folder + ": " + e.getMessage());
        }
        return files;
    }

    private String shown(Path path) {
        return root.relativize(path).toString().replace('\\', '/');
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
