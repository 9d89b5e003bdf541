package org.coderpay.preview;

import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Turns a burst of changed files into one rebake: after the first change it waits until no change has
 * come for a quiet spell, then hands over everything collected. Changes that arrive while a rebake
 * runs are kept and make exactly one more rebake after it, so a save is never lost and a long burst
 * (an editor's "save all", a git checkout) never queues one rebake per file.
 */
public final class ChangeBatcher {
    private final BlockingQueue<String> changes = new LinkedBlockingQueue<>();
    private final Duration quiet;

    public ChangeBatcher(Duration quiet) {
        this.quiet = quiet;
    }

    /** Records a changed source (a path relative to the site root); callable from any thread. */
    public void offer(String changed) {
        changes.add(changed);
    }

    /** Blocks, calling {@code onBurst} once per burst of changes, until the thread is interrupted. */
    public void run(Consumer<Set<String>> onBurst) {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Set<String> burst = new TreeSet<>();
                burst.add(changes.take());
                String more;
                while ((more = changes.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    burst.add(more);
                    changes.drainTo(burst);
                }
                onBurst.accept(burst);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
