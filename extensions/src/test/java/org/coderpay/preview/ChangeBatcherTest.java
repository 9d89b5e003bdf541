package org.coderpay.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Many saves in a burst give one rebake. The bursts here are made deterministic by the order of
 * events (changes queued before the batcher looks, or while a rebake is held), not by timing.
 */
class ChangeBatcherTest {

    @Test
    void aBurstOfSavesGivesOneRebakeWithEveryChangedFile() throws Exception {
        ChangeBatcher batcher = new ChangeBatcher(Duration.ofMillis(50));
        for (int i = 0; i < 200; i++) {
            batcher.offer("content/page-" + (i % 20) + ".md");
        }
        BlockingQueue<Set<String>> rebakes = new LinkedBlockingQueue<>();
        Thread thread = start(batcher, rebakes::add);
        try {
            Set<String> first = rebakes.poll(30, TimeUnit.SECONDS);
            assertThat(first).hasSize(20).contains("content/page-0.md", "content/page-19.md");
            assertThat(rebakes.poll(500, TimeUnit.MILLISECONDS)).as("no second rebake for the same burst").isNull();
        } finally {
            thread.interrupt();
        }
    }

    @Test
    void savesDuringARebakeGiveExactlyOneMoreRebakeAfterIt() throws Exception {
        ChangeBatcher batcher = new ChangeBatcher(Duration.ofMillis(50));
        CountDownLatch rebaking = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        BlockingQueue<Set<String>> rebakes = new LinkedBlockingQueue<>();
        Thread thread = start(batcher, changed -> {
            rebakes.add(changed);
            rebaking.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            batcher.offer("content/a.md");
            assertThat(rebaking.await(30, TimeUnit.SECONDS)).isTrue();
            // An editor keeps saving while the first rebake runs.
            for (String file : List.of("content/b.md", "content/c.md", "data/x.yml", "content/b.md")) {
                batcher.offer(file);
            }
            release.countDown();

            assertThat(rebakes.poll(30, TimeUnit.SECONDS)).containsExactly("content/a.md");
            assertThat(rebakes.poll(30, TimeUnit.SECONDS)).containsExactlyInAnyOrder("content/b.md", "content/c.md", "data/x.yml");
            assertThat(rebakes.poll(500, TimeUnit.MILLISECONDS)).as("nothing left over").isNull();
        } finally {
            thread.interrupt();
        }
    }

    @Test
    void stopsWhenItsThreadIsInterrupted() throws Exception {
        Thread thread = start(new ChangeBatcher(Duration.ofMillis(50)), changed -> { });
        thread.interrupt();
        thread.join(TimeUnit.SECONDS.toMillis(10));
        assertThat(thread.isAlive()).isFalse();
    }

    private static Thread start(ChangeBatcher batcher, java.util.function.Consumer<Set<String>> rebake) {
        Thread thread = new Thread(() -> batcher.run(rebake), "test-batcher");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
