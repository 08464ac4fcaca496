package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.testing.IndexedSentence;

/** "Spot rates have more than tripled": the perfect CoreNLP reads as "have" over a clause, read as a perfect. */
class PerfectsAfterMoreThanTest {

    /** As the parser reads it: "have" the root with the subject, "tripled" its ccomp with none. */
    private static final AnnotatedSentence MISREAD = IndexedSentence.of(
            "Spot/NN rates/NNS/rate have/VBP more/JJR than/IN tripled/VBN/triple to/IN $/$ 7,000/CD ./.",
            "compound 2 1; nsubj 3 2; root 0 3; advmod 6 4; case 4 5; ccomp 3 6; advmod 6 7; obl 7 8; nummod 8 9;"
                    + " punct 3 10");

    @Test
    void theParticipleTakesHaveAndItsSubject() {
        AnnotatedSentence repaired = PerfectsAfterMoreThan.repair(MISREAD);
        var tokens = repaired.tokens();
        assertNull(repaired.head(tokens.get(5)), "tripled is the root");
        assertEquals("nsubj", repaired.relationToHead(tokens.get(1)));
        assertEquals(tokens.get(5), repaired.head(tokens.get(1)));
        assertEquals("aux", repaired.relationToHead(tokens.get(2)));
        assertEquals(tokens.get(5), repaired.head(tokens.get(9)), "the punctuation follows the verb");
        assertEquals("advmod", repaired.relationToHead(tokens.get(3)), "'more' still modifies the verb");
        assertSame(repaired, PerfectsAfterMoreThan.repair(repaired), "a second repair changes nothing");
    }

    @Test
    void haveAsAMainVerbStaysSo() {
        AnnotatedSentence stores = IndexedSentence.of("The/DT firm/NN has/VBZ/have more/JJR than/IN 300/CD stores/NNS/store",
                "det 2 1; nsubj 3 2; root 0 3; amod 7 4; case 4 5; nummod 7 6; obj 3 7");
        assertSame(stores, PerfectsAfterMoreThan.repair(stores));
    }

    @Test
    void aNameBetweenHaveAndTheParticipleStaysSo() {
        AnnotatedSentence own = IndexedSentence.of(
                "Acme/NNP has/VBZ/have more/JJR than/IN Beta/NNP doubled/VBN/double",
                "nsubj 2 1; root 0 2; advmod 6 3; case 3 4; nsubj 6 5; ccomp 2 6");
        assertSame(own, PerfectsAfterMoreThan.repair(own));
    }
}
