package org.newsgraph.graph;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Newsgraph's own terms, published as {@code site/ontology.ttl}. Their namespace is {@code {base}ontology#}, so
 * each build's base IRI gives the terms their home; local names are constants in RDF's own naming.
 */
public final class NG {

    public static final String Figure = "Figure";
    public static final String Amount = "Amount";
    public static final String Count = "Count";
    public static final String Share = "Share";
    public static final String Change = "Change";
    public static final String Multiple = "Multiple";
    public static final String Measurement = "Measurement";
    public static final String Duration = "Duration";
    public static final String Heading = "Heading";
    public static final String PercentagePoint = "PercentagePoint";
    public static final String period = "period";
    public static final String per = "per";
    public static final String qualifier = "qualifier";
    public static final String direction = "direction";
    public static final String measure = "measure";
    public static final String subject = "subject";
    public static final String candidateSubject = "candidateSubject";
    public static final String candidateMeasure = "candidateMeasure";
    public static final String subjectStep = "subjectStep";
    public static final String measureStep = "measureStep";
    /** The probability a learned step gave a figure's measure. */
    public static final String measureConfidence = "measureConfidence";
    public static final String subjectConfidence = "subjectConfidence";
    public static final String unitStep = "unitStep";
    public static final String of = "of";
    public static final String asOf = "asOf";
    public static final String counts = "counts";
    public static final String vague = "vague";
    public static final String convertedFrom = "convertedFrom";
    public static final String mention = "mention";
    public static final String role = "role";
    public static final String rule = "rule";
    public static final String confidence = "confidence";
    /** On a relation's statement: how sure the coreference that resolved an end was (sure, likely, weak). */
    public static final String endResolution = "endResolution";
    /** A relation's ng:confidence below this comes from a weak rule. */
    public static final double WEAK_BELOW = org.newsgraph.extract.Relation.WEAK_BELOW;
    public static final String typeReason = "typeReason";
    public static final String Alias = "Alias";
    public static final String alias = "alias";
    public static final String aliasName = "aliasName";
    public static final String aliasReason = "aliasReason";
    public static final String ownedBy = "ownedBy";
    public static final String roleAt = "roleAt";
    public static final String basedIn = "basedIn";
    public static final String customerOf = "customerOf";
    public static final String supplierOf = "supplierOf";
    public static final String competitorOf = "competitorOf";
    public static final String partnerOf = "partnerOf";
    public static final String investsIn = "investsIn";
    public static final String acquires = "acquires";
    public static final String productOf = "productOf";

    private NG() {
    }

    /** The namespace of our terms under a base IRI: {@code http://localhost:8080/ontology#}. */
    public static String namespace(String base) {
        return base + "ontology#";
    }

    public static Node term(String base, String localName) {
        return NodeFactory.createURI(namespace(base) + localName);
    }

    /** The class of a figure kind: "amount" -> Amount. */
    public static String classOf(String kind) {
        return Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
    }
}
