package org.newsgraph.testing;

/**
 * The endpoint's answer to a query that ran past its time budget: 503 with {@code Retry-After} and a plain-text body
 * whose first line is Fuseki's "Query timed out" ({@code serve.TimedOutQuery}). The budget is wall-clock time, so a
 * test that needs the graph gives the server a budget no query over a test graph comes near (a minute), and a test
 * of the timeout lowers it for its one request with Fuseki's {@code timeout=} parameter: no test asks again and
 * again until a loaded machine lets a query through (session 25's flake).
 */
public final class TimedOutQueries {

    /** The first line of the body. */
    public static final String FIRST_LINE = "Query timed out";

    /** A budget far above what any query over a test graph needs, however loaded the machine. */
    public static final java.time.Duration GENEROUS = java.time.Duration.ofSeconds(60);

    private TimedOutQueries() {
    }

    /** Whether an answer is the endpoint saying the query ran past its time budget. */
    public static boolean timedOut(int status, String body) {
        return status == 503 && body != null && body.startsWith(FIRST_LINE + "\n");
    }
}
