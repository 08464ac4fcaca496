package org.newsgraph.extract.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.testing.IndexedSentence;

/**
 * Session 37 (s37-news, issue 12): the level after a move by a fraction and a time ("rose by a third to 8,400 last
 * year"), which CoreNLP's parser reads as one noun phrase, counts the move's subject; the words decide.
 */
class ElidedCountsTest {

    @Test
    void theLevelAfterAMoveByAFractionCountsTheSubject() {
        // CoreNLP 4.5.10's parse: nummod(year, 8,400) advmod(8,400, third) obl:by(rose, year)
        AnnotatedSentence thefts = IndexedSentence.withNumbers("Thefts/NNS/theft rose/VBD/rise by/IN a/DT third/JJ "
                        + "to/IN 8,400/CD last/JJ year/NN ./.",
                "nsubj 2 1;root 0 2;case 9 3;det 9 4;advmod 7 5;case 7 6;nummod 9 7;amod 9 8;obl:by 2 9;punct 2 10");
        assertEquals("theft", ElidedCounts.countedBefore(thefts, thefts.token(6)));
    }

    @Test
    void aNumberAfterOtherWordsStaysBare() {
        AnnotatedSentence seats = IndexedSentence.withNumbers("Thefts/NNS/theft rose/VBD/rise by/IN a/DT lot/NN "
                        + "to/IN 8,400/CD last/JJ year/NN ./.",
                "nsubj 2 1;root 0 2;case 5 3;det 5 4;obl:by 2 5;case 7 6;nummod 9 7;amod 9 8;obl:tmod 2 9;punct 2 10");
        assertNull(ElidedCounts.countedBefore(seats, seats.token(6)));
    }
}
