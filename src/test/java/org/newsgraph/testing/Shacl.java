package org.newsgraph.testing;

import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;

/** Validates a built site's graph against the SHACL shapes the site publishes in its {@code ontology.ttl}. */
public final class Shacl {

    private Shacl() {
    }

    public static Shapes shapes(Path site) {
        return Shapes.parse(RDFDataMgr.loadGraph(site.resolve("ontology.ttl").toString()));
    }

    /** The union graph of the site, as published in {@code data/graph.nt}. */
    public static Graph graph(Path site) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.source(site.resolve("data/graph.nt")).lang(Lang.NTRIPLES).parse(graph);
        return graph;
    }

    public static ValidationReport validate(Shapes shapes, Graph graph) {
        return ShaclValidator.get().validate(shapes, graph);
    }

    /** The report's violations, readable in a failed assertion. */
    public static String describe(ValidationReport report) {
        StringBuilder text = new StringBuilder();
        report.getEntries().stream().limit(20).forEach(e -> text.append(e.focusNode()).append(' ')
                .append(e.resultPath()).append(": ").append(e.message()).append('\n'));
        return text.toString();
    }
}
