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
    @Test
    void aNounTheParserMadeTheClausalSubjectOfTheCopulaCounts() {
        // session 44 (s44-elided): CoreNLP 4.5.10's parse of a copula after a clause joined by "and": "attendance" is
        // a conjunct of "sold" and, in the enhanced graph, the csubj of the number
        AnnotatedSentence crowd = IndexedSentence.withNumbers("Tickets/NNS/ticket sold/VBD/sell out/RP and/CC "
                        + "average/JJ attendance/NN was/VBD/be 61,500/CD ./.",
                "nsubj 2 1;csubj 8 2;compound:prt 2 3;cc 6 4;amod 6 5;conj:and 2 6;csubj 8 6;cop 8 7;root 0 8;"
                        + "punct 8 9");
        assertEquals("person", ElidedCounts.countedBefore(crowd, crowd.token(7)));
    }

    @Test
    void aClauseAsTheCopulasSubjectCountsNothing() {
        AnnotatedSentence sold = IndexedSentence.withNumbers("What/WP they/PRP sold/VBD/sell was/VBD/be 61,500/CD ./.",
                "obj 3 1;nsubj 3 2;csubj 5 3;cop 5 4;root 0 5;punct 5 6");
        assertNull(ElidedCounts.countedBefore(sold, sold.token(4)));
    }
    @Test
    void aNumberSetAgainstTheObjectsCountCountsTheObjectNotTheSubject() {
        AnnotatedSentence checks = IndexedSentence.withNumbers("Inspectors/NNS/inspector checked/VBD/check 300/CD "
                        + "restaurants/NNS/restaurant ,/, against/IN 250/CD ./.",
                "nsubj 2 1;root 0 2;nummod 4 3;obj 2 4;punct 2 5;case 7 6;obl:against 2 7;punct 2 8");
        assertEquals("restaurant", ElidedCounts.countedBefore(checks, checks.token(6)));
    }

    @Test
    void aNumberSetAgainstSeveralCountsStaysBare() {
        AnnotatedSentence seats = IndexedSentence.withNumbers("Voters/NNS/voter elected/VBD/elect 12/CD "
                        + "Greens/NNS/green and/CC 9/CD Liberals/NNS/liberal ,/, against/IN 10/CD ./.",
                "nsubj 2 1;root 0 2;nummod 4 3;obj 2 4;cc 7 5;nummod 7 6;obj 2 7;conj:and 4 7;punct 2 8;case 10 9;"
                        + "obl:against 2 10;punct 2 11");
        assertNull(ElidedCounts.countedBefore(seats, seats.token(9)));
    }
}
