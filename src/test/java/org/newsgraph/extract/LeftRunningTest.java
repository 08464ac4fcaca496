package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Threads given up at their budget that do not answer the interrupt are bounded, not gathered (serve retries). */
class LeftRunningTest {

    private static final Duration BUDGET = Duration.ofMillis(200);

    private final AtomicBoolean released = new AtomicBoolean();
    private final AtomicInteger started = new AtomicInteger();
    private final Set<Thread> spinning = ConcurrentHashMap.newKeySet();

    /** Spins on items named "loop...", deaf to interrupts, like a walk over a parse that never ends. */
    private final Function<String, String> work = item -> {
        started.incrementAndGet();
        if (item.startsWith("loop")) {
            spinning.add(Thread.currentThread());
            while (!released.get()) {
                Thread.onSpinWait();
            }
        }
        return item.toUpperCase();
    };

    private List<Budgeted.Outcome<String>> run(LeftRunning left, String... items) {
        return assertTimeoutPreemptively(Duration.ofMinutes(2), () -> Budgeted.run(List.of(items), 1, BUDGET, work,
                item -> new ArticleTimeoutException(item, BUDGET), left, item -> item));
    }

    @Test
    void anItemWhoseEarlierThreadStillRunsIsNotStartedBesideIt() throws Exception {
        LeftRunning left = new LeftRunning(4);
        try {
            assertInstanceOf(ArticleTimeoutException.class, failure(run(left, "loop-a").get(0)));
            assertEquals(1, left.count());
            // Tried again (serve, the file saved again) while the first still spins: reported over budget at once.
            assertInstanceOf(ArticleTimeoutException.class, failure(run(left, "loop-a").get(0)));
            assertEquals(1, started.get(), "no second thread on the same item");
            assertEquals(1, left.count());
        } finally {
            released.set(true);
        }
        awaitEnded();
        assertEquals(0, left.count());
        // Once it has ended, the item runs again.
        assertInstanceOf(Budgeted.Done.class, run(left, "loop-a").get(0));
        assertEquals(2, started.get());
    }

    @Test
    void atMostSoManyGivenUpThreadsRunThenNothingNewStartsUntilOneEnds() throws Exception {
        LeftRunning left = new LeftRunning(2);
        try {
            List<Budgeted.Outcome<String>> outcomes = run(left, "loop-a", "loop-b", "plain");
            assertInstanceOf(ArticleTimeoutException.class, failure(outcomes.get(0)));
            assertInstanceOf(ArticleTimeoutException.class, failure(outcomes.get(1)));
            RuntimeException refused = failure(outcomes.get(2));
            assertTrue(refused.getMessage().contains("2 earlier extractions") && refused.getMessage().contains("loop-a, "
                    + "loop-b") && refused.getMessage().contains("restart"), refused.getMessage());
            assertEquals(2, started.get(), "the third item was never started");
            assertEquals(2, left.count());
        } finally {
            released.set(true);
        }
        awaitEnded();
        assertInstanceOf(Budgeted.Done.class, run(left, "plain").get(0));
    }

    @Test
    void anItemThatEndsWithinItsBudgetLeavesNothingBehind() {
        LeftRunning left = new LeftRunning(1);
        assertInstanceOf(Budgeted.Done.class, run(left, "plain").get(0));
        assertInstanceOf(Budgeted.Done.class, run(left, "other").get(0));
        assertEquals(0, left.count());
    }

    private static RuntimeException failure(Budgeted.Outcome<String> outcome) {
        return assertInstanceOf(Budgeted.Failed.class, outcome).cause();
    }

    /** Waits (bounded) for the released spinners to end: the condition is their ending, not a sleep. */
    private void awaitEnded() throws InterruptedException {
        for (Thread thread : spinning) {
            thread.join(Duration.ofMinutes(1).toMillis());
            assertTrue(!thread.isAlive(), "a released spinner ended");
        }
    }
}
