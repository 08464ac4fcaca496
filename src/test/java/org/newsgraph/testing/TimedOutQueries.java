package org.newsgraph.testing;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * The endpoint's answer to a query that ran past the server's time budget: Fuseki's 503 with the one line "Query
 * timed out" (no {@code Retry-After}, unlike the 503 of {@code serve}'s readiness gate). The budget is wall-clock
 * time, so on a machine loaded by other work even a count over a small graph can run past a short one, most often
 * the first query of a JVM (the query engine not yet loaded and compiled) while serve's warm-up loads CoreNLP
 * (ServeIT, session 25: the count right after start answered this line at load ~40). Such an answer is neither the
 * graph nor a wrong graph: tests that need the graph ask again.
 */
public final class TimedOutQueries {

    /** Fuseki's whole body for a query cancelled at its timeout (ActionExecLib). */
    public static final String BODY = "Query timed out";

    private TimedOutQueries() {
    }

    /** Whether an answer is the endpoint saying the query ran past its time budget. */
    public static boolean timedOut(int status, String body) {
        return status == 503 && body != null && body.strip().equals(BODY);
    }

    /**
     * Asks until the answer is not a timeout, for at most {@code patience}; returns the last answer (a timeout when
     * every one was).
     */
    public static HttpResponse<String> untilAnswered(Callable<HttpResponse<String>> ask, Duration patience)
            throws Exception {
        long deadline = System.nanoTime() + patience.toNanos();
        HttpResponse<String> answer = ask.call();
        while (timedOut(answer.statusCode(), answer.body()) && System.nanoTime() < deadline) {
            Thread.sleep(200);
            answer = ask.call();
        }
        return answer;
    }
}
