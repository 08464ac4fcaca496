package org.newsgraph.sparql;

/** A query that will not run: it does not parse, it is an update, or it calls out with SERVICE. Nothing ran. */
public final class QueryRejectedException extends RuntimeException {

    public QueryRejectedException(String message) {
        super(message);
    }
}
