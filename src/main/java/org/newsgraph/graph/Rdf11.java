package org.newsgraph.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The graph in RDF 1.1, for the tools that refuse RDF 1.2 triple terms (Debian's raptor, rdflib 6, JSON-LD 1.1).
 * A relation's provenance is an RDF 1.2 reifier, {@code r rdf:reifies <<( s p o )>>}; here it becomes standard RDF
 * reification with the same IRI: {@code r a rdf:Statement ; rdf:subject s ; rdf:predicate p ; rdf:object o}, so the
 * sentence, rule and confidence on {@code r} keep their subject and a query can join the two forms on it. (One named
 * graph per statement was the other choice; it is refused because a statement's graph already says which article
 * states it, and Turtle and N-Triples have no graphs.) The asserted triple {@code s p o} is in both forms.
 */
public final class Rdf11 {

    public static final Node REIFIES = Vocabularies.uri(Vocabularies.RDF, "reifies");
    public static final Node TYPE = Vocabularies.uri(Vocabularies.RDF, "type");
    public static final Node STATEMENT = Vocabularies.uri(Vocabularies.RDF, "Statement");
    public static final Node SUBJECT = Vocabularies.uri(Vocabularies.RDF, "subject");
    public static final Node PREDICATE = Vocabularies.uri(Vocabularies.RDF, "predicate");
    public static final Node OBJECT = Vocabularies.uri(Vocabularies.RDF, "object");

    private Rdf11() {
    }

    /**
     * One statement in RDF 1.1: itself when it has no triple term; four reification statements for
     * {@code r rdf:reifies <<( s p o )>>} (s, p, o without triple terms); nothing for any other use of a triple
     * term, which RDF 1.1 cannot say (Newsgraph writes none).
     */
    public static List<Triple> classic(Triple triple) {
        if (!triple.getSubject().isTripleTerm() && !triple.getObject().isTripleTerm()) {
            return List.of(triple);
        }
        if (triple.getSubject().isTripleTerm() || !triple.getPredicate().equals(REIFIES)) {
            return List.of();
        }
        Triple reified = triple.getObject().getTriple();
        if (reified.getSubject().isTripleTerm() || reified.getObject().isTripleTerm()) {
            return List.of();
        }
        Node r = triple.getSubject();
        return List.of(Triple.create(r, TYPE, STATEMENT), Triple.create(r, SUBJECT, reified.getSubject()),
                Triple.create(r, PREDICATE, reified.getPredicate()), Triple.create(r, OBJECT, reified.getObject()));
    }

    /** Statements in RDF 1.1, in {@link GraphFiles#ORDER}, each once. */
    public static List<Triple> sorted(Collection<Triple> triples) {
        List<Triple> all = new ArrayList<>(triples.size());
        triples.forEach(t -> all.addAll(classic(t)));
        all.sort(GraphFiles.ORDER);
        List<Triple> distinct = new ArrayList<>(all.size());
        for (Triple triple : all) {
            if (distinct.isEmpty() || !distinct.get(distinct.size() - 1).equals(triple)) {
                distinct.add(triple);
            }
        }
        return distinct;
    }

    /** A graph in RDF 1.1 (a new graph; the given one is not changed). */
    public static Graph graph(Graph graph) {
        Graph converted = GraphFactory.createDefaultGraph();
        graph.find().forEachRemaining(t -> classic(t).forEach(converted::add));
        return converted;
    }

    /** Whether a graph says anything RDF 1.1 cannot (a triple term), so that it needs an RDF 1.1 form beside it. */
    public static boolean hasTripleTerms(Graph graph) {
        return graph.find().filterKeep(t -> t.getSubject().isTripleTerm() || t.getObject().isTripleTerm()).hasNext();
    }
}
