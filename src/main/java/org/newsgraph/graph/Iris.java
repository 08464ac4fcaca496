package org.newsgraph.graph;

import java.util.Objects;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The IRIs of the design: the IRI is the page, its folder's address with the trailing slash
 * ({@code {base}article/{slug}/}, {@code {base}entity/{id}/}), so that the IRI itself answers a request (HTML, or
 * Turtle and JSON-LD by content negotiation) without a redirect; what an article holds is a fragment of its IRI.
 */
public record Iris(String base) {

    public static final String DEFAULT_BASE = "http://localhost:8080/";

    public Iris {
        Objects.requireNonNull(base, "base");
        if (!base.matches("https?://[^\\s<>\"{}|\\\\^`]+/")) {
            throw new IllegalArgumentException("base IRI must be an http(s) IRI ending in '/': " + base);
        }
    }

    public Node article(String slug) {
        return NodeFactory.createURI(base + "article/" + slug + "/");
    }

    public Node entity(String id) {
        return NodeFactory.createURI(base + "entity/" + id + "/");
    }

    public Node figure(String slug, String figureId) {
        return NodeFactory.createURI(base + "article/" + slug + "/#" + figureId);
    }

    /** The statement of the n-th relation of an article, which carries its provenance. */
    public Node relation(String slug, int n) {
        return NodeFactory.createURI(base + "article/" + slug + "/#relation-" + n);
    }

    /** The n-th alias an article joined to an entity, which carries why ({@code article/x/#alias-gm-1}). */
    public Node alias(String slug, String entityId, int n) {
        return NodeFactory.createURI(base + "article/" + slug + "/#alias-" + entityId + "-" + n);
    }

    /**
     * The n-th name another article knew an entity by that the merge across articles joined to it, which carries why;
     * the entities graph holds it, so it is a fragment of that graph's IRI ({@code graph/entities#alias-gm-1}).
     */
    public Node mergedAlias(String entityId, int n) {
        return NodeFactory.createURI(base + "graph/entities#alias-" + entityId + "-" + n);
    }

    /** A stretch of an article's text, RFC 5147 style: {@code article/x/#char=10,20}. */
    public Node span(String slug, int begin, int end) {
        return NodeFactory.createURI(base + "article/" + slug + "/#char=" + begin + "," + end);
    }

    public Node entitiesGraph() {
        return NodeFactory.createURI(base + "graph/entities");
    }
}
