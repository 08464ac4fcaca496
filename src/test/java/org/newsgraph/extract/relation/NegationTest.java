package org.newsgraph.extract.relation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import org.junit.jupiter.api.Test;

/** What takes a relation away, on hand-built graphs (words stand for their lemmas). */
class NegationTest {

    private static boolean denies(String graph, String predicate) {
        SemanticGraph parsed = SemanticGraph.valueOf(graph);
        return Negation.denies(parsed, node(parsed, "Acme"), node(parsed, "Widgets"), predicate);
    }

    private static IndexedWord node(SemanticGraph graph, String word) {
        return graph.vertexSet().stream().filter(w -> w.word().equals(word)).findFirst().orElseThrow();
    }

    @Test
    void neitherNorDeniesEachConjunct() {
        // s43-variants: "Neither Acme nor Globex bought Widgets" (enhanced++: each conjunct the verb's subject)
        assertTrue(denies("[buy nsubj>[Acme cc:preconj>Neither conj:nor>Globex] nsubj>Globex obj>Widgets]", "acquires"));
        // "Globex bought neither Acme nor Widgets": the object end
        assertTrue(denies("[buy nsubj>Globex obj>[Acme cc:preconj>neither conj:nor>[Widgets cc>nor]] obj>Widgets]",
                "acquires"));
        // "Both Acme and Globex bought Widgets"
        assertFalse(denies("[buy nsubj>[Acme cc:preconj>Both conj:and>Globex] nsubj>Globex obj>Widgets]", "acquires"));
    }

    @Test
    void aVerbThatEndsAStandingTieDeniesIt() {
        // "Acme stopped supplying Widgets"
        assertTrue(denies("[stop nsubj>Acme xcomp>[supply obj>Widgets]]", "supplierOf"));
        // "Acme ended its alliance with Widgets", "Acme quit its joint venture with Widgets"
        assertTrue(denies("[end nsubj>Acme obj>[alliance nmod:with>Widgets]]", "partnerOf"));
        assertTrue(denies("[quit nsubj>Acme obj>[venture nmod:with>Widgets]]", "partnerOf"));
        // the same verbs without them: "Acme supplies Widgets"
        assertFalse(denies("[supply nsubj>Acme obj>Widgets]", "supplierOf"));
    }

    @Test
    void aVerbThatEndsATieLeavesWhatWasMadeAndTitles() {
        // "Acme stopped making the Widgets": still its maker's product
        assertFalse(denies("[stop nsubj>Acme xcomp>[make obj>Widgets]]", "productOf"));
        assertFalse(denies("[stop nsubj>Acme xcomp>[run obj>Widgets]]", "roleAt"));
    }

    @Test
    void aParticleReadIntoThePrepositionStillCallsTheDealOff() {
        // "Acme walked away from its bid for Widgets": the parser gives obl:away_from, not a particle
        assertTrue(denies("[walk nsubj>Acme obl:away_from>[bid nmod:for>Widgets]]", "acquires"));
        // "Widgets' owner walked away from Acme's bid for Widgets": the deal word's own ends, the verb above them
        assertTrue(denies("[walk nsubj>owner obl:away_from>[bid nmod:poss>Acme nmod:for>Widgets]]", "acquires"));
        // "Acme walked to its bid for Widgets" has no particle
        assertFalse(denies("[walk nsubj>Acme obl:to>[bid nmod:for>Widgets]]", "acquires"));
    }

    @Test
    void aHoldingBroughtDownToNothingIsNoStakeAnyMore() {
        // s18-relations: "BlueHarbor also cut its holding in Meridian to zero in March" (probe set A) and "Sable Ridge
        // Capital cut its holding in Brisk Telecom to zero" (heldout-s17-relations.txt)
        assertTrue(denies("[cut nsubj>Acme obj>[holding nmod:poss>its] obl:in>Widgets obl:to>zero]", "investsIn"));
        // "Acme reduced its stake in Widgets to nil"
        assertTrue(denies("[reduce nsubj>Acme obj>[stake nmod:poss>its] obl:in>Widgets obl:to>nil]", "investsIn"));
        // to a level above nothing the stake holds: "Acme cut its stake in Widgets to 5%"
        assertFalse(denies("[cut nsubj>Acme obj>[stake nmod:poss>its] obl:in>Widgets obl:to>%]", "investsIn"));
        // and "cut to zero" says nothing of a title or a product
        assertFalse(denies("[cut nsubj>Acme obj>[price nmod:poss>its] obl:in>Widgets obl:to>zero]", "productOf"));
    }
}
