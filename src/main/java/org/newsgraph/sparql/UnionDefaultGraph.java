package org.newsgraph.sparql;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;
import org.apache.jena.sparql.core.Quad;

/**
 * A view of a dataset whose default graph is the union of its named graphs, so that a query without
 * {@code GRAPH} sees every article at once. In-memory datasets have no such switch (only TDB has
 * {@code unionDefaultGraph}); the view answers the default graph from the union instead of copying it. Marked as a
 * view so that the query engine does not unwrap it and query the plain dataset underneath.
 */
final class UnionDefaultGraph extends DatasetGraphWrapper implements DatasetGraphWrapperView {

    UnionDefaultGraph(DatasetGraph named) {
        super(named);
    }

    @Override
    public Graph getDefaultGraph() {
        return getUnionGraph();
    }

    @Override
    public Graph getGraph(Node graphNode) {
        return Quad.isDefaultGraph(graphNode) ? getUnionGraph() : super.getGraph(graphNode);
    }
}
