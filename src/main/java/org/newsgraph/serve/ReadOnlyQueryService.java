package org.newsgraph.serve;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.sparql.QueryPolicy;
import org.newsgraph.sparql.QueryRejectedException;

/**
 * Fuseki's query operation under Newsgraph's {@link QueryPolicy}: SERVICE refused with 400, results cut to the row
 * limit. The timeout comes from the dataset's context, where {@link QueryPolicy#configure} put it.
 */
final class ReadOnlyQueryService extends SPARQL_QueryDataset {

    private final QueryPolicy policy;

    ReadOnlyQueryService(QueryPolicy policy) {
        this.policy = policy;
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
        return Pair.create(chosen.getLeft(), policy.limited(chosen.getRight() != null ? chosen.getRight() : query));
    }
}
