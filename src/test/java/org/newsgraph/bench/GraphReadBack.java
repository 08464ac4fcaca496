package org.newsgraph.bench;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.newsgraph.graph.GraphBuilder;
import org.newsgraph.graph.Iris;

/**
 * Whether an unchanged article's graph is cheaper read back from a binary RDF form than built again (issue 16): on a
 * generated archive, the whole dataset built by {@link GraphBuilder} from the resolved extractions against the same
 * named graphs parsed from RDF Thrift and from RDF Protobuf bytes held in memory (a lower bound for reading them
 * from files). Warm, in one JVM: ROUNDS rounds of each, alternately; prints the median milliseconds of the second
 * half. Arguments: ARTICLES ENTITIES FIGURES_PER_ARTICLE ROUNDS.
 */
public final class GraphReadBack {

    private GraphReadBack() {
    }

    public static void main(String[] args) {
        SyntheticCorpus.Resolved corpus = SyntheticCorpus.resolved(Integer.parseInt(args[0]), Integer.parseInt(args[1]),
                Integer.parseInt(args[2]));
        int rounds = Integer.parseInt(args[3]);
        GraphBuilder builder = new GraphBuilder(new Iris("https://example.org/"));
        DatasetGraph built = builder.build(corpus.articles(), corpus.entities());
        Map<Node, byte[]> thrift = serialized(built, RDFFormat.RDF_THRIFT);
        Map<Node, byte[]> proto = serialized(built, RDFFormat.RDF_PROTO);
        long statements = built.stream().count();
        System.out.printf("%d graphs, %d statements; Thrift %,d bytes, Protobuf %,d bytes%n", thrift.size(), statements,
                thrift.values().stream().mapToLong(b -> b.length).sum(),
                proto.values().stream().mapToLong(b -> b.length).sum());
        long[] build = new long[rounds];
        long[] fromThrift = new long[rounds];
        long[] fromProto = new long[rounds];
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            DatasetGraph b = builder.build(corpus.articles(), corpus.entities());
            long t1 = System.nanoTime();
            DatasetGraph t = readBack(thrift, Lang.RDFTHRIFT);
            long t2 = System.nanoTime();
            DatasetGraph p = readBack(proto, Lang.RDFPROTO);
            long t3 = System.nanoTime();
            build[r] = t1 - t0;
            fromThrift[r] = t2 - t1;
            fromProto[r] = t3 - t2;
            if (b.stream().count() != statements || t.stream().count() != statements
                    || p.stream().count() != statements) {
                throw new IllegalStateException("a read-back dataset differs in size");
            }
        }
        System.out.printf("median of the last %d rounds, ms: build %.1f, read back from Thrift %.1f, from Protobuf %.1f%n",
                rounds - rounds / 2, median(build), median(fromThrift), median(fromProto));
    }

    private static Map<Node, byte[]> serialized(DatasetGraph dataset, RDFFormat format) {
        Map<Node, byte[]> graphs = new LinkedHashMap<>();
        for (Iterator<Node> names = dataset.listGraphNodes(); names.hasNext(); ) {
            Node name = names.next();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RDFDataMgr.write(out, dataset.getGraph(name), format);
            graphs.put(name, out.toByteArray());
        }
        return graphs;
    }

    private static DatasetGraph readBack(Map<Node, byte[]> graphs, Lang lang) {
        DatasetGraph dataset = DatasetGraphFactory.create();
        for (Map.Entry<Node, byte[]> graph : graphs.entrySet()) {
            RDFParser.source(new java.io.ByteArrayInputStream(graph.getValue())).lang(lang)
                    .parse(dataset.getGraph(graph.getKey()));
        }
        return dataset;
    }

    private static double median(long[] nanos) {
        long[] late = Arrays.copyOfRange(nanos, nanos.length / 2, nanos.length);
        Arrays.sort(late);
        return late[late.length / 2] / 1e6;
    }
}
