package org.newsgraph.extract.relation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import org.junit.jupiter.api.Test;

/** Titles being left or still to be taken, on hand-built graphs (words stand for their lemmas). */
class TitlePhaseTest {

    private static boolean passing(String graph) {
        SemanticGraph parsed = SemanticGraph.valueOf(graph);
        IndexedWord title = parsed.vertexSet().stream().filter(w -> w.word().equals("executive")
                || w.word().equals("chairman")).findFirst().orElseThrow();
        return TitlePhase.passing(parsed, title) && Hedge.hedgesTitle(parsed, title);
    }

    @Test
    void anOutgoingOrIncomingTitleIsNoSittingOne() {
        // "Jo Lind, the outgoing chief executive of Acme", "Acme's incoming chairman Jo Lind"
        assertTrue(passing("[Lind appos>[executive amod>outgoing amod>chief nmod:of>Acme]]"));
        assertTrue(passing("[Lind compound>[chairman amod>incoming nmod:poss>Acme]]"));
        // "Jo Lind, the chief executive of Acme"
        assertFalse(passing("[Lind appos>[executive amod>chief nmod:of>Acme]]"));
    }

    @Test
    void aTitleLeftAsIsLeftInAnyTense() {
        // "Jo Lind resigned as chairman of Acme", "Jo Lind will retire as chief executive of Acme"
        assertTrue(passing("[resign nsubj>Lind obl:as>[chairman nmod:of>Acme]]"));
        assertTrue(passing("[retire nsubj>Lind aux>will obl:as>[executive nmod:of>Acme]]"));
        // "Jo Lind stepped down as chairman": "step" leaves only with "down" or "aside"
        assertTrue(passing("[step nsubj>Lind compound:prt>down obl:as>[chairman nmod:of>Acme]]"));
        assertFalse(passing("[step nsubj>Lind compound:prt>in obl:as>[chairman nmod:of>Acme]]"));
    }

    @Test
    void aTitleTakenUpIsStillToComeOnlyInTheFuture() {
        // "Jo Lind will succeed Tom Reed as chief executive of Acme", "Jo Lind is set to become chairman of Acme"
        assertTrue(passing("[succeed nsubj>Lind aux>will obj>Reed obl:as>[executive nmod:of>Acme]]"));
        assertTrue(passing("[set nsubj>Lind xcomp>[become mark>to xcomp>[chairman nmod:of>Acme]]]"));
        // "Jo Lind became chief executive of Acme in January", "Jo Lind joined Acme as chairman": sitting
        assertFalse(passing("[become nsubj>Lind xcomp>[executive nmod:of>Acme]]"));
        assertFalse(passing("[join nsubj>Lind obj>Acme obl:as>chairman]"));
        // "Jo Lind quit Beta to become chief executive of Acme": an infinitive of purpose after a deed done
        assertFalse(passing("[quit nsubj>Lind obj>Beta advcl>[become mark>to xcomp>[executive nmod:of>Acme]]]"));
    }

    @Test
    void aTitleUntilATimeIsLeftToHedge() {
        // "Jo Lind is chief executive of Acme until March": sitting (session 25's RelationFramesS25RelationsTest)
        SemanticGraph parsed = SemanticGraph.valueOf("[executive nsubj>Lind cop>is nmod:of>Acme nmod:until>March]");
        IndexedWord title = parsed.vertexSet().stream().filter(w -> w.word().equals("executive")).findFirst()
                .orElseThrow();
        assertFalse(TitlePhase.passing(parsed, title));
    }
}
