package org.newsgraph.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.sse.SSE;
import org.junit.jupiter.api.Test;

class UnionDefaultGraphTest {

    private static long count(DatasetGraph dataset, String query) {
        try (QueryExecution exec = QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(query).build()) {
            return exec.execSelect().next().getLiteral("n").getLong();
        }
    }

    @Test
    void theDefaultGraphIsTheUnionWithoutDuplicates() {
        DatasetGraph named = DatasetGraphFactory.createTxnMem();
        named.add(SSE.parseQuad("(<urn:g1> <urn:a> <urn:p> <urn:b>)"));
        named.add(SSE.parseQuad("(<urn:g2> <urn:a> <urn:p> <urn:b>)"));
        named.add(SSE.parseQuad("(<urn:g2> <urn:c> <urn:p> <urn:d>)"));
        DatasetGraph union = new UnionDefaultGraph(named);
        assertEquals(2, count(union, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"));
        assertEquals(3, count(union, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }"));
        assertEquals(1, count(union, "SELECT (COUNT(*) AS ?n) { GRAPH <urn:g1> { ?s ?p ?o } }"));
    }
}
