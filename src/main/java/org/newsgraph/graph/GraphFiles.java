package org.newsgraph.graph;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newsgraph.io.StagedOutput;

/**
 * Writes the graph dumps: TriG (a named graph per article), Turtle and N-Triples of the union, JSON-LD.
 * Statements are sorted before writing so that the same graph always gives the same bytes.
 */
public final class GraphFiles {

    private final String base;

    public GraphFiles(String base) {
        this.base = base;
    }

    public void writeAll(DatasetGraph dataset, Path dataDir, StagedOutput files) throws IOException {
        DatasetGraph sorted = sorted(dataset);
        Graph union = union(sorted);
        files.write(dataDir.resolve("graph.trig"), serialize(sorted, RDFFormat.TRIG_BLOCKS));
        files.write(dataDir.resolve("graph.ttl"), turtle(union));
        files.write(dataDir.resolve("graph.nt"), ntriples(union));
        files.write(dataDir.resolve("graph.jsonld"), jsonld(union));
    }

    /** One graph as Turtle, with the project's prefixes. */
    public String turtle(Graph graph) {
        Graph copy = sortedCopy(graph);
        copy.getPrefixMapping().setNsPrefixes(Vocabularies.prefixes(base));
        return RDFWriter.source(copy).format(RDFFormat.TURTLE_BLOCKS).asString();
    }

    /** One graph as JSON-LD; triple terms (rdf:reifies) have no JSON-LD 1.1 form and are left to the Turtle files. */
    public String jsonld(Graph graph) {
        Graph plain = GraphFactory.createDefaultGraph();
        graph.find().forEachRemaining(t -> {
            if (!t.getSubject().isTripleTerm() && !t.getObject().isTripleTerm()) {
                plain.add(t);
            }
        });
        plain.getPrefixMapping().setNsPrefixes(Vocabularies.prefixes(base));
        return RDFWriter.source(sortedCopy(plain)).format(RDFFormat.JSONLD11_PRETTY).asString();
    }

    public static String ntriples(Graph graph) {
        List<String> lines = new ArrayList<>();
        graph.find().forEachRemaining(t -> lines.add(NodeFmtLib.strNT(t)));
        lines.sort(null);
        return String.join("\n", lines) + (lines.isEmpty() ? "" : "\n");
    }

    public static Graph union(DatasetGraph dataset) {
        Graph union = GraphFactory.createDefaultGraph();
        dataset.find().forEachRemaining(q -> union.add(q.asTriple()));
        return union;
    }

    private String serialize(DatasetGraph dataset, RDFFormat format) {
        dataset.prefixes().putAll(Vocabularies.prefixes(base));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFWriter.source(dataset).format(format).output(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static DatasetGraph sorted(DatasetGraph dataset) {
        DatasetGraph copy = DatasetGraphFactory.create();
        List<Node> names = new ArrayList<>();
        dataset.listGraphNodes().forEachRemaining(names::add);
        names.sort(Comparator.comparing((Node n) -> NodeFmtLib.strNT(n)));
        for (Node name : names) {
            Graph target = copy.getGraph(name);
            sortedTriples(dataset.getGraph(name)).forEach(target::add);
        }
        return copy;
    }

    private static Graph sortedCopy(Graph graph) {
        Graph copy = GraphFactory.createDefaultGraph();
        sortedTriples(graph).forEach(copy::add);
        return copy;
    }

    /** Sorted by their written form, each formatted once: formatting in the comparator costs minutes on big articles. */
    private static List<Triple> sortedTriples(Graph graph) {
        List<Map.Entry<String, Triple>> keyed = new ArrayList<>();
        for (Iterator<Triple> it = graph.find(); it.hasNext(); ) {
            Triple triple = it.next();
            keyed.add(Map.entry(NodeFmtLib.str(triple), triple));
        }
        keyed.sort(Map.Entry.comparingByKey());
        return keyed.stream().map(Map.Entry::getValue).toList();
    }
}
