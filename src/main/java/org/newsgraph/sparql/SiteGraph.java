package org.newsgraph.sparql;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;

/**
 * The graph of a built site, read from {@code site/data/graph.trig}: one named graph per article and one for the
 * entities, queried through a default graph that is their union. {@link #reload} swaps the contents in one write
 * transaction, so a query running meanwhile sees the old graph or the new one, never a mix.
 */
public final class SiteGraph {

    /** Where a build writes the whole graph, relative to the site folder. */
    public static final String TRIG = "data/graph.trig";

    private final DatasetGraph store = DatasetGraphFactory.createTxnMem();
    private final DatasetGraph view = new UnionDefaultGraph(store);

    /** An empty graph, until {@link #reload} reads one. */
    public SiteGraph() {
    }

    /** Reads the graph of a built site. */
    public static SiteGraph load(Path site) throws IOException {
        SiteGraph graph = new SiteGraph();
        graph.reload(site);
        return graph;
    }

    /** Replaces the graph with the one now in {@code site}; on failure the old graph stays. */
    public void reload(Path site) throws IOException {
        Path trig = site.resolve(TRIG);
        if (!Files.isRegularFile(trig)) {
            throw new NoSuchFileException(trig.toString(), null, "no graph; run 'newsgraph build' first");
        }
        try {
            Txn.executeWrite(store, () -> {
                store.clear();
                RDFParser.source(trig).lang(Lang.TRIG).errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging)
                        .parse(store);
            });
        } catch (RiotException e) {
            throw new IOException(trig + ": cannot be read as TriG (" + e.getMessage() + "); build the site again", e);
        }
    }

    /** The dataset to query: named graphs as built, default graph = their union. Transactional. */
    public DatasetGraph dataset() {
        return view;
    }
}
