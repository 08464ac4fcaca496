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
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs work items on at most {@code workers} threads, each within a time budget. An item over budget is given up:
 * its thread is interrupted and left behind (a loop in pure Java code cannot be stopped safely), and a fresh thread
 * takes the next item, so one bad text never holds up the others.
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

    /** The outcomes in the order of the items. */
    static <T, R> List<Outcome<R>> run(List<T> items, int workers, Duration budget, Function<T, R> work,
                                       Function<T, RuntimeException> overBudget) {
        Semaphore permits = new Semaphore(workers);
        ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "newsgraph-extract");
            thread.setDaemon(true);
            return thread;
        });
        List<CompletableFuture<R>> results = new ArrayList<>();
        try {
            for (T item : items) {
                permits.acquire();
                CompletableFuture<R> result = new CompletableFuture<>();
                Future<?> running = threads.submit(() -> {
                    try {
                        result.complete(work.apply(item));
                    } catch (Throwable t) {
                        result.completeExceptionally(t);
                    }
                });
                result.orTimeout(budget.toMillis(), TimeUnit.MILLISECONDS).whenComplete((r, t) -> {
                    permits.release();
                    if (t instanceof TimeoutException) {
                        running.cancel(true);
                    }
                });
                results.add(result);
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
