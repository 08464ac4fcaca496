package org.newsgraph.serve;

import jakarta.servlet.ServletResponse;
import jakarta.servlet.ServletResponseWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Iterator;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.engine.Timeouts;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.eclipse.jetty.ee10.servlet.ServletApiResponse;

/**
 * The endpoint's answer to a query stopped at its time budget ({@code serve --timeout}, or the lower one a request
 * asks for with Fuseki's {@code timeout=} parameter): 503 Service Unavailable with {@code Retry-After}, as the
 * readiness gate answers.
 *
 * <p>Why 503: the budget is wall-clock time, so whether a query fits depends on how busy the machine is as well as
 * on the query (RFC 9110, 15.6.4: "unable to handle the request due to a temporary overload ... likely alleviated
 * after some delay"); it is what Fuseki and RDF4J's server send for a query past its time, and what RDF4J's SPARQL
 * client reads as "query interrupted" (SPARQL 1.1 Protocol leaves the code of a refused query to the server, 4xx or
 * 5xx). Fuseki's own answer had no {@code Retry-After}, which invites a client that retries 503s to ask again at
 * once: {@code Retry-After} is the budget itself, so a client retrying blindly keeps the server busy at most half
 * the time. The body (plain text) starts with Fuseki's line, {@value #FIRST_LINE}, and says what the budget was and
 * how to change it.
 *
 * <p>A query stopped while its rows were being written is answered so too while nothing has left the response's
 * buffer; once the first part of a 200 has gone out, the connection is cut, so that the client sees a broken answer
 * instead of rows that look whole (Jena's writers end them with a note of their own, "Query cancelled due to timeout
 * during execution", which a CSV reader takes for more rows).
 */
final class TimedOutQuery {

    /** Fuseki's line for a query cancelled at its timeout, kept as the body's first line. */
    static final String FIRST_LINE = "Query timed out";

    private TimedOutQuery() {
    }

    /**
     * Answers a query the engine stopped at its budget.
     *
     * @param response  the query's response
     * @param server    the server's budget ({@code serve --timeout})
     * @param requested the request's {@code timeout} parameter (seconds, as Fuseki reads it), or null
     */
    static void answer(HttpServletResponse response, Duration server, String requested) {
        if (response.isCommitted()) {
            abort(response);
            return;
        }
        Duration budget = budget(server, requested);
        response.resetBuffer();   // not reset(): the CORS headers stay, so that a page can read why
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", Long.toString(retryAfter(budget)));
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/plain;charset=utf-8");
        byte[] body = body(budget, server, budget.compareTo(server) < 0).getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        try {
            response.getOutputStream().write(body);
        } catch (IOException e) {
            // The client went away; there is nobody left to tell.
        }
    }

    /**
     * The result with its rows watched: {@code stopped} is set when reading the next row finds the query stopped at
     * its budget. Jena's result writers catch that themselves and end the rows already written with a note ("Query
     * cancelled due to timeout during execution"), so the answer would otherwise go out as a whole 200.
     */
    static QueryExecResult watched(QueryExecResult result, AtomicBoolean stopped) {
        if (!result.isRowSet()) {
            return result;   // a graph or a boolean is made whole before anything is sent
        }
        RowSet rows = result.rowSet();
        Iterator<Binding> read = new Iterator<>() {
            @Override
            public boolean hasNext() {
                try {
                    return rows.hasNext();
                } catch (QueryCancelledException e) {
                    stopped.set(true);
                    throw e;
                }
            }

            @Override
            public Binding next() {
                try {
                    return rows.next();
                } catch (QueryCancelledException e) {
                    stopped.set(true);
                    throw e;
                }
            }
        };
        return new QueryExecResult(RowSetStream.create(rows.getResultVars(), read));
    }

    /** The budget the query ran under: the server's, or the request's when it asked for less (as Fuseki chooses). */
    static Duration budget(Duration server, String requested) {
        if (requested == null || requested.isBlank()) {
            return server;
        }
        try {
            Pair<Long, Long> asked = Timeouts.parseTimeoutStr(requested.strip(), TimeUnit.SECONDS);
            if (asked == null) {
                return server;
            }
            long overall = asked.getRight() != null && asked.getRight() > 0 ? asked.getRight()
                    : asked.getLeft() != null && asked.getLeft() > 0 ? asked.getLeft() : -1;
            return overall > 0 && overall < server.toMillis() ? Duration.ofMillis(overall) : server;
        } catch (RuntimeException e) {
            return server;
        }
    }

    /** Whole seconds a client is asked to wait: the budget, at least one. */
    static long retryAfter(Duration budget) {
        return Math.max(1, (budget.toMillis() + 999) / 1000);
    }

    /** What the client reads. */
    static String body(Duration budget, Duration server, boolean requestedLess) {
        String budgetSaid = requestedLess
                ? "the time budget of " + said(budget) + " this request asked for (timeout=); the server allows up to "
                        + said(server) + " (serve --timeout " + server.toSeconds() + ")"
                : "the server's time budget of " + said(budget) + " (serve --timeout " + server.toSeconds() + ")";
        return FIRST_LINE + "\n"
                + "The query ran past " + budgetSaid + " and was stopped.\n"
                + "Make it cheaper (more selective patterns, a LIMIT), restart serve with a larger --timeout N, or run "
                + "it on the built site with: newsgraph query --timeout N.\n"
                + "A machine busy with other work can also stop a query: ask again after " + retryAfter(budget)
                + " s (Retry-After).\n";
    }

    private static String said(Duration budget) {
        return budget.toMillis() % 1000 == 0 ? budget.toSeconds() + " s"
                : String.format(Locale.ROOT, "%.3f s", budget.toMillis() / 1000.0);
    }

    /** Cuts the connection of an answer already begun, so that its results cannot be taken for whole ones. */
    private static void abort(ServletResponse response) {
        ServletResponse inner = response;
        while (inner instanceof ServletResponseWrapper wrapper) {
            inner = wrapper.getResponse();
        }
        if (inner instanceof ServletApiResponse jetty) {
            jetty.getServletChannel().abort(new IOException(FIRST_LINE + " after its first results were sent"));
        }
    }
}
