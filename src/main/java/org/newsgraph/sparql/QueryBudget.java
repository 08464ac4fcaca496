package org.newsgraph.sparql;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.util.Context;

/**
 * Stops a query at its time budget, however far it got, by raising the cancel signal Jena's engine checks on every
 * triple it matches (in memory and in TDB2).
 *
 * <p>Jena's own timeout cannot do that while a query is still being planned: {@code QueryExecDataset} holds its
 * timeout lock for the whole of planning ({@code startQueryIterator}), and its alarm takes that lock before raising
 * the signal, so it waits until planning ends. Planning can be the whole query: a sub-select joined to a pattern is
 * joined by hash join, which computes the sub-select in full as the plan is made; a {@code COUNT} over a cross product
 * there ran for minutes past a one-second budget (Jena 5.6, session 27). The signal raised here needs no lock.
 */
public final class QueryBudget {

    /** One thread for every budget of the process; it only raises flags. */
    private static final ScheduledThreadPoolExecutor TIMER = timer();

    /** A query being watched; closing it (when the query is over) drops the watch. */
    public interface Watch extends AutoCloseable {
        @Override
        void close();
    }

    private QueryBudget() {
    }

    /**
     * Raises {@code exec}'s cancel signal once {@code budget} has passed; the query then stops with Jena's
     * {@link org.apache.jena.query.QueryCancelledException} at the next triple it matches.
     */
    public static Watch watch(QueryExec exec, Duration budget) {
        AtomicBoolean signal = Context.getCancelSignal(exec.getContext());
        if (signal == null) {
            // Not a local execution (none here is remote: SERVICE is refused); Jena's own timeout applies.
            return () -> { };
        }
        ScheduledFuture<?> alarm = TIMER.schedule(() -> signal.set(true), Math.max(1, budget.toMillis()),
                TimeUnit.MILLISECONDS);
        return () -> alarm.cancel(false);
    }

    private static ScheduledThreadPoolExecutor timer() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "newsgraph-query-budget");
            thread.setDaemon(true);
            return thread;
        });
        timer.setRemoveOnCancelPolicy(true);
        return timer;
    }
}
