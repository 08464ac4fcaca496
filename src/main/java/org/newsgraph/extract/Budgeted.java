package org.newsgraph.extract;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs work items on at most {@code workers} threads, each within a time budget. An item over budget is given up:
 * its thread is interrupted and left behind (a loop in pure Java code cannot be stopped safely), and a fresh thread
 * takes the next item, so one bad text never holds up the others. Threads left behind are bounded by
 * {@link LeftRunning}: an item whose earlier thread still runs is not started again.
 */
final class Budgeted {

    /** What came of one item: its result, or why there is none. */
    sealed interface Outcome<R> {
    }

    record Done<R>(R result) implements Outcome<R> {
    }

    record Failed<R>(RuntimeException cause) implements Outcome<R> {
    }

    private Budgeted() {
    }

    /** The outcomes in the order of the items, with no bound on threads left behind across calls. */
    static <T, R> List<Outcome<R>> run(List<T> items, int workers, Duration budget, Function<T, R> work,
                                       Function<T, RuntimeException> overBudget) {
        return run(items, workers, budget, work, overBudget, new LeftRunning(), String::valueOf);
    }

    /**
     * The outcomes in the order of the items.
     *
     * @param left     the threads given up earlier that still run, shared by every call of one extractor
     * @param identity names an item in {@code left} (its file): the same article saved again is the same item
     */
    static <T, R> List<Outcome<R>> run(List<T> items, int workers, Duration budget, Function<T, R> work,
                                       Function<T, RuntimeException> overBudget, LeftRunning left,
                                       Function<T, String> identity) {
        Semaphore permits = new Semaphore(workers);
        ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "newsgraph-extract");
            thread.setDaemon(true);
            return thread;
        });
        List<CompletableFuture<R>> results = new ArrayList<>();
        try {
            for (T item : items) {
                String name = identity.apply(item);
                CompletableFuture<R> result = new CompletableFuture<>();
                results.add(result);
                // Checked once a worker is free, so that the items before this one have ended or been given up.
                permits.acquire();
                if (left.stillRunning(name)) {
                    // Its earlier extraction still runs past its budget: another would only run beside it.
                    permits.release();
                    result.completeExceptionally(new TimeoutException());
                    continue;
                }
                java.util.Optional<RuntimeException> full = left.full();
                if (full.isPresent()) {
                    permits.release();
                    result.completeExceptionally(full.get());
                    continue;
                }
                // Set while the work runs: a task cancelled before it started never runs, and leaves nothing behind.
                AtomicBoolean working = new AtomicBoolean();
                Future<?> running = threads.submit(() -> {
                    working.set(true);
                    try {
                        result.complete(work.apply(item));
                    } catch (Throwable t) {
                        result.completeExceptionally(t);
                    } finally {
                        working.set(false);
                    }
                });
                result.orTimeout(budget.toMillis(), TimeUnit.MILLISECONDS).whenComplete((r, t) -> {
                    if (t instanceof TimeoutException) {
                        left.givenUp(name, working);
                        running.cancel(true);
                    }
                    permits.release();
                });
            }
            List<Outcome<R>> outcomes = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                T item = items.get(i);
                outcomes.add(outcome(results.get(i), () -> overBudget.apply(item)));
            }
            return outcomes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while extracting", e);
        } finally {
            threads.shutdownNow();
        }
    }

    private static <R> Outcome<R> outcome(CompletableFuture<R> result, Supplier<RuntimeException> overBudget)
            throws InterruptedException {
        try {
            return new Done<>(result.get());
        } catch (ExecutionException | CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof TimeoutException) {
                return new Failed<>(overBudget.get());
            }
            if (cause instanceof RuntimeException r) {
                return new Failed<>(r);
            }
            if (cause instanceof StackOverflowError) {
                return new Failed<>(new IllegalStateException("the text nests too deeply to read", cause));
            }
            if (cause instanceof Error error) {
                throw error;
            }
            return new Failed<>(new IllegalStateException(cause));
        }
    }
}
