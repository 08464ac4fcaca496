package org.newsgraph.graph;

import java.util.List;

/**
 * One published file of the whole graph: where it is, its media type, the RDF version it needs and the
 * specification of its syntax (VoID and the about page say which file is which from this list).
 *
 * @param path      under the site's root, {@code data/graph.ttl}
 * @param rdf       "1.2" when the file uses triple terms ({@code <<( s p o )>>}), "1.1" when every RDF 1.1 tool reads it
 * @param syntax    the IRI of the syntax's specification in that version
 * @param readers   a few tools that read it, for people choosing a file
 */
public record Dump(String path, String mediaType, String rdf, String syntax, String readers) {

    public static final String RDF11_CONCEPTS = "http://www.w3.org/TR/rdf11-concepts/";
    public static final String RDF12_CONCEPTS = "http://www.w3.org/TR/rdf12-concepts/";

    /** The dumps in the order pages list them: RDF 1.2 with triple terms, then the RDF 1.1 forms. */
    public static final List<Dump> ALL = List.of(
            new Dump("data/graph.trig", "application/trig", "1.2", "http://www.w3.org/TR/rdf12-trig/",
                    "Apache Jena 5, N3.js, Oxigraph"),
            new Dump("data/graph.ttl", "text/turtle", "1.2", "http://www.w3.org/TR/rdf12-turtle/",
                    "Apache Jena 5, N3.js, Oxigraph"),
            new Dump("data/graph.nt", "application/n-triples", "1.2", "http://www.w3.org/TR/rdf12-n-triples/",
                    "Apache Jena 5, N3.js, Oxigraph"),
            new Dump("data/graph-rdf11.trig", "application/trig", "1.1", "http://www.w3.org/TR/trig/",
                    "any RDF 1.1 tool: raptor (rapper), rdflib, RDF4J, Jena"),
            new Dump("data/graph-rdf11.ttl", "text/turtle", "1.1", "http://www.w3.org/TR/turtle/",
                    "any RDF 1.1 tool: raptor (rapper), rdflib, RDF4J, Jena"),
            new Dump("data/graph-rdf11.nt", "application/n-triples", "1.1", "http://www.w3.org/TR/n-triples/",
                    "any RDF 1.1 tool: raptor (rapper), rdflib, RDF4J, Jena"),
            new Dump("data/graph.jsonld", "application/ld+json", "1.1", "http://www.w3.org/TR/json-ld11/",
                    "JSON-LD 1.1 processors: jsonld.js, pyld, Jena, rdflib"));

    /** The RDF version's concepts specification. */
    public String concepts() {
        return rdf.equals("1.2") ? RDF12_CONCEPTS : RDF11_CONCEPTS;
    }
}
