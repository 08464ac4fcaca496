package org.newsgraph.graph;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;

/** The namespaces Newsgraph reuses (DESIGN.md, vocabulary) and the prefixes written into every RDF file. */
public final class Vocabularies {

    public static final String SCHEMA = "https://schema.org/";
    public static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    public static final String ITSRDF = "http://www.w3.org/2005/11/its/rdf#";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String QUDT = "http://qudt.org/schema/qudt/";
    public static final String UNIT = "http://qudt.org/vocab/unit/";
    public static final String OWL = "http://www.w3.org/2002/07/owl#";
    public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    public static final String DCTERMS = "http://purl.org/dc/terms/";

    private Vocabularies() {
    }

    public static Node schema(String local) {
        return NodeFactory.createURI(SCHEMA + local);
    }

    public static Node nif(String local) {
        return NodeFactory.createURI(NIF + local);
    }

    public static Node uri(String namespace, String local) {
        return NodeFactory.createURI(namespace + local);
    }

    public static PrefixMapping prefixes(String base) {
        return PrefixMapping.Factory.create()
                .setNsPrefix("schema", SCHEMA).setNsPrefix("nif", NIF).setNsPrefix("itsrdf", ITSRDF)
                .setNsPrefix("prov", PROV).setNsPrefix("qudt", QUDT).setNsPrefix("unit", UNIT)
                .setNsPrefix("owl", OWL).setNsPrefix("rdf", RDF).setNsPrefix("rdfs", RDFS)
                .setNsPrefix("xsd", XSD).setNsPrefix("dcterms", DCTERMS).setNsPrefix("ng", NG.namespace(base))
                .setNsPrefix("article", base + "article/").setNsPrefix("entity", base + "entity/");
    }
}
