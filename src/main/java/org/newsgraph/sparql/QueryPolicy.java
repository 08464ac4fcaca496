package org.newsgraph.sparql;

import java.time.Duration;
import java.util.Objects;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.update.UpdateFactory;

/**
 * What a query may do: read only, no SERVICE (a query must never make the server fetch from elsewhere), at most
 * {@code timeout} of work and {@code maxRows} solutions. The terminal and the HTTP endpoint share it.
 *
 * @param timeout how long a query may run before it is cancelled
 * @param maxRows the most solutions a query returns; a query asking for more is cut to this LIMIT (0 = no limit)
 */
public record QueryPolicy(Duration timeout, long maxRows) {

    public static final QueryPolicy DEFAULT = new QueryPolicy(Duration.ofSeconds(10), 10_000);

    /** Why an update is refused, said alike by {@code newsgraph query} and by the HTTP endpoint. */
    public static final String UPDATE_REFUSED = "the graph is read-only: SPARQL Update (INSERT, DELETE, LOAD, DROP, "
            + "CLEAR...) is refused; it is rebuilt from articles/ by every build, so edit the articles instead";

    public QueryPolicy {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        if (maxRows < 0) {
            throw new IllegalArgumentException("maxRows must be 0 (no limit) or more: " + maxRows);
        }
    }

    /** Parses a query and checks it is allowed, with the row limit applied. */
    public Query prepare(String sparql) {
        Query query;
        try {
            query = QueryFactory.create(sparql, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            if (isUpdate(sparql)) {
                throw new QueryRejectedException(UPDATE_REFUSED);
            }
            throw new QueryRejectedException(SyntaxError.of(e).map(error -> error.describe(sparql))
                    .orElseGet(() -> "the query is not valid SPARQL: " + e.getMessage().lines().findFirst().orElse("").strip()));
        }
        check(query);
        return limited(query);
    }

    /** Refuses SERVICE anywhere in the query, including sub-queries and EXISTS. */
    public void check(Query query) {
        boolean[] service = {false};
        Walker.walk(Algebra.compile(query), new OpVisitorBase() {
            @Override
            public void visit(OpService op) {
                service[0] = true;
            }
        }, new ExprVisitorBase());
        if (service[0]) {
            throw new QueryRejectedException("SERVICE is refused: queries run over this graph only");
        }
    }

    /** The query with a LIMIT no larger than {@code maxRows}. */
    public Query limited(Query query) {
        if (maxRows == 0 || (query.hasLimit() && query.getLimit() <= maxRows)) {
            return query;
        }
        Query copy = query.cloneQuery();
        copy.setLimit(maxRows);
        return copy;
    }

    /** Settings for the query engine: the timeout and a second guard against SERVICE. */
    public void configure(Context context) {
        context.set(ARQ.queryTimeout, Long.toString(timeout.toMillis()));
        context.set(ARQ.httpServiceAllowed, false);
    }

    /** Whether the text is SPARQL Update rather than a query (it parses as an update and not as a query). */
    public static boolean isUpdate(String sparql) {
        try {
            QueryFactory.create(sparql, Syntax.syntaxARQ);
            return false;
        } catch (QueryParseException e) {
            // Not a query; perhaps an update.
        }
        try {
            UpdateFactory.create(sparql);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
