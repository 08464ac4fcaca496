package org.newsgraph.extract.relation;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a rule's match states a relation only as a condition: "if X bought Y, prices would rise", "an analyst said
 * that if X acquired Y it would ...", "unless X buys Y". Such a clause says what would follow, not what holds or is
 * planned, so it gives no relation (a plan, "X plans to buy Y", is a {@link Hedge}). The words checked are those
 * between the two ends (the shortest path) and the verbs a few argument or clausal edges above them ("if the
 * takeover of Y by X goes ahead"); a condition on a clause above the relation ("X said it would buy Y if regulators
 * approve") is the deal's, not the relation's, and leaves it.
 */
final class Condition {

    private static final int REACH = 2;
    /** Subordinators of a condition, as CoreNLP marks them ({@code mark}) and names the clause ({@code advcl:if}). */
    private static final Set<String> IF = Set.of("if", "unless");
    /** Edges up from a word to the verb whose clause it is in: its argument or its clausal complement. */
    private static final Set<String> CLIMB = Set.of("nsubj", "nsubj:pass", "obj", "xcomp");

    private Condition() {
    }

    /** Whether the relation between the matched ends lies inside an "if" or "unless" clause. */
    static boolean conditional(SemanticGraph graph, IndexedWord subject, IndexedWord object) {
        for (IndexedWord word : Between.words(graph, subject, object)) {
            IndexedWord at = word;
            for (int step = 0; step <= REACH && at != null; step++) {
                if (opensCondition(graph, at)) {
                    return true;
                }
                at = above(graph, at);
            }
        }
        return false;
    }

    private static boolean opensCondition(SemanticGraph graph, IndexedWord word) {
        for (SemanticGraphEdge edge : graph.outgoingEdgeList(word)) {
            if (edge.getRelation().toString().equals("mark")
                    && IF.contains(edge.getDependent().word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static IndexedWord above(SemanticGraph graph, IndexedWord word) {
        for (SemanticGraphEdge edge : graph.incomingEdgeList(word)) {
            if (CLIMB.contains(edge.getRelation().toString())) {
                return edge.getGovernor();
            }
        }
        return null;
    }
}
