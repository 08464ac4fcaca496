package org.newsgraph.site;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VOID;
import org.newsgraph.graph.Dump;
import org.newsgraph.graph.NG;
import org.newsgraph.graph.Vocabularies;

/**
 * The VoID description of the dataset ({@code data/void.ttl}, also at {@code .well-known/void} where RFC 5785 clients
 * look): its dumps, SPARQL endpoint, vocabularies, and counts per class and per property.
 */
final class VoidRenderer implements PageRenderer {

    static final String PATH = "data/void.ttl";

    @Override
    public void render(RenderContext context) throws IOException {
        String base = context.iris().base();
        GraphStatistics stats = context.statistics();
        Graph graph = GraphFactory.createDefaultGraph();
        Node dataset = NodeFactory.createURI(base + PATH + "#newsgraph");
        graph.add(dataset, RDF.type.asNode(), VOID.Dataset.asNode());
        graph.add(dataset, DCTerms.title.asNode(), NodeFactory.createLiteralString(
                context.templates().site().title()));
        graph.add(dataset, DCTerms.description.asNode(), NodeFactory.createLiteralString(
                "Entities, figures and relations extracted from news articles, one named graph per article."));
        graph.add(dataset, FOAF.homepage.asNode(), NodeFactory.createURI(base));
        context.model().articles.stream().map(SiteModel.ArticleData::date).filter(Objects::nonNull).max(String::compareTo)
                .ifPresent(d -> graph.add(dataset, DCTerms.modified.asNode(), NodeFactory.createLiteralDT(d, XSDDatatype.XSDdate)));
        graph.add(dataset, VOID.uriSpace.asNode(), NodeFactory.createLiteralString(base));
        for (Dump dump : Dump.ALL) {
            // Which file is which: media type, the syntax's specification and the RDF version it needs.
            Node file = NodeFactory.createURI(base + dump.path());
            graph.add(dataset, VOID.dataDump.asNode(), file);
            graph.add(file, DCTerms.format.asNode(), NodeFactory.createLiteralString(dump.mediaType()));
            graph.add(file, DCTerms.conformsTo.asNode(), NodeFactory.createURI(dump.syntax()));
            graph.add(file, DCTerms.conformsTo.asNode(), NodeFactory.createURI(dump.concepts()));
            graph.add(file, RDFS.comment.asNode(), NodeFactory.createLiteralString("RDF " + dump.rdf()
                    + (dump.rdf().equals("1.2") ? ": relation provenance as triple terms (rdf:reifies)"
                    : ": relation provenance as RDF reification (rdf:Statement)") + "; read by " + dump.readers()));
        }
        graph.add(dataset, VOID.sparqlEndpoint.asNode(), NodeFactory.createURI(base + "sparql"));
        for (String vocabulary : List.of(Vocabularies.SCHEMA, Vocabularies.NIF, Vocabularies.ITSRDF, Vocabularies.PROV,
                Vocabularies.QUDT, NG.namespace(base))) {
            graph.add(dataset, VOID.vocabulary.asNode(), NodeFactory.createURI(vocabulary));
        }
        context.model().entities.keySet().stream().findFirst().ifPresent(id ->
                graph.add(dataset, VOID.exampleResource.asNode(), context.iris().entity(id)));
        context.model().articles.stream().findFirst().ifPresent(a ->
                graph.add(dataset, VOID.exampleResource.asNode(), context.iris().article(a.slug())));
        count(graph, dataset, VOID.triples, stats.triples());
        count(graph, dataset, VOID.distinctSubjects, stats.subjects());
        count(graph, dataset, VOID.distinctObjects, stats.objects());
        count(graph, dataset, VOID.classes, stats.classes().size());
        count(graph, dataset, VOID.properties, stats.properties().size());
        count(graph, dataset, VOID.entities, context.model().entities.size());
        partitions(graph, dataset, base, "class", stats.classes(), VOID.classPartition, VOID._class, VOID.entities);
        partitions(graph, dataset, base, "property", stats.properties(), VOID.propertyPartition, VOID.property,
                VOID.triples);
        PrefixMapping prefixes = PrefixMapping.Factory.create().setNsPrefix("void", VOID.NS)
                .setNsPrefix("dcterms", DCTerms.NS).setNsPrefix("foaf", FOAF.NS).setNsPrefix("rdfs", RDFS.getURI());
        String turtle = context.graphFiles().turtle(graph, prefixes);
        context.output().write(Path.of(PATH), turtle);
        context.output().write(Path.of(".well-known/void"), turtle);
    }

    /** One partition per class or property, numbered in IRI order so the same graph gives the same IRIs. */
    private static void partitions(Graph graph, Node dataset, String base, String kind, Map<String, Long> counts,
                                   Property link, Property what, Property count) {
        int n = 0;
        for (Map.Entry<String, Long> entry : counts.entrySet()) {
            Node partition = NodeFactory.createURI(base + PATH + "#" + kind + "-" + ++n);
            graph.add(dataset, link.asNode(), partition);
            graph.add(partition, what.asNode(), NodeFactory.createURI(entry.getKey()));
            count(graph, partition, count, entry.getValue());
        }
    }

    private static void count(Graph graph, Node subject, Resource property, long value) {
        graph.add(subject, property.asNode(), NodeFactory.createLiteralDT(BigInteger.valueOf(value).toString(),
                XSDDatatype.XSDinteger));
    }
}
