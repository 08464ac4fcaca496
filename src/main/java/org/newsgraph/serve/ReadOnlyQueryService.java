package org.newsgraph.serve;

import java.io.IOException;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.sparql.QueryBudget;
import org.newsgraph.sparql.QueryPolicy;
import org.newsgraph.sparql.QueryRejectedException;

/**
 * Fuseki's query operation under Newsgraph's {@link QueryPolicy}: SERVICE refused with 400, results cut to the row
 * limit, a query past its time answered as {@link TimedOutQuery} says. The timeout comes from the dataset's context,
 * where {@link QueryPolicy#configure} put it.
 */
final class ReadOnlyQueryService extends SPARQL_QueryDataset {

    /** Sent when the endpoint lowered (or set) the query's LIMIT: the number of rows the results were cut to. */
    static final String ROW_LIMIT_HEADER = "Newsgraph-Row-Limit";

    private final QueryPolicy policy;
    /** The watch of the query this thread is running, closed when its answer is sent. */
    private final ThreadLocal<QueryBudget.Watch> watches = new ThreadLocal<>();

    ReadOnlyQueryService(QueryPolicy policy) {
        this.policy = policy;
    }

    /** A query stopped at its time budget gets {@link TimedOutQuery}'s answer instead of Fuseki's bare line. */
    @Override
    protected void execute(String queryString, HttpAction action) {
        try {
            super.execute(queryString, action);
        } catch (QueryCancelledException e) {
            TimedOutQuery.answer(action.getResponse(), policy.timeout(), action.getRequestParameter("timeout"));
        } finally {
            QueryBudget.Watch watch = watches.get();
            if (watch != null) {
                watch.close();
                watches.remove();
            }
        }
    }

    /**
     * Fuseki's execution, watched by {@link QueryBudget} for the budget the request runs under: Jena's own timeout
     * waits for a query's planning to end, which can be the whole query.
     */
    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        QueryExec exec = super.createQueryExec(action, query, dataset);
        watches.set(QueryBudget.watch(exec, TimedOutQuery.budget(policy.timeout(),
                action.getRequestParameter("timeout"))));
        return exec;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        try {
            policy.check(query);
        } catch (QueryRejectedException e) {
            ServletOps.errorBadRequest(e.getMessage());
        }
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> chosen = super.decideDataset(action, query, queryStringLog);
        Query asked = chosen.getRight() != null ? chosen.getRight() : query;
        Query limited = policy.limited(asked);
        if (limited != asked) {
            // Said in a header, so that a client can tell "50 rows because there are 50" from "cut at 50".
            action.setResponseHeader(ROW_LIMIT_HEADER, Long.toString(limited.getLimit()));
        }
        return Pair.create(chosen.getLeft(), limited);
    }

    /**
     * Results as Fuseki writes them; a text table cut at the row limit says so below itself, as the header does for
     * a program (the SPARQL page's forms ask for text, and a person reads it in the browser).
     */
    @Override
    protected void sendResults(HttpAction action, QueryExecResult result, Prologue prologue) {
        // Decimals as the site's files write them, whether the graph is in memory or in the store (DecimalForm).
        java.util.concurrent.atomic.AtomicBoolean stopped = new java.util.concurrent.atomic.AtomicBoolean();
        super.sendResults(action, TimedOutQuery.watched(org.newsgraph.sparql.DecimalForm.of(result), stopped),
                prologue);
        if (stopped.get()) {
            // Jena's writers end rows cut by the timeout with a note of their own and a whole-looking answer.
            TimedOutQuery.answer(action.getResponse(), policy.timeout(), action.getRequestParameter("timeout"));
            return;
        }
        String limit = action.getResponse().getHeader(ROW_LIMIT_HEADER);
        String type = action.getResponse().getContentType();
        if (limit != null && type != null && type.startsWith(WebContent.contentTypeTextPlain)) {
            try {
                action.getResponseOutputStream().print(cutNote(Long.parseLong(limit)));
            } catch (IOException e) {
                // The client went away; there is nobody left to tell.
            }
        }
    }

    /** The line under a text table cut at {@code limit} rows. */
    static String cutNote(long limit) {
        return "Cut at " + limit + " rows by the server's row limit (serve --max-rows); use LIMIT and OFFSET to page "
                + "through the rest.\n";
    }
}
