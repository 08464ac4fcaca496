package org.newsgraph.extract.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.FigureCandidate;
import org.newsgraph.extract.FigureKind;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.testing.IndexedSentence;

/**
 * Session 41 (s41-quantities, issue 12): a bare number counts what the sentence counted just before when it goes on
 * with the same verb or one of reaching, or compares the count by "up from"; the parses are CoreNLP 4.5.10's.
 */
class ContinuedCountsTest {

    @Test
    void theSameVerbInAClauseJoinedByAndCountsTheSameThings() {
        AnnotatedSentence ferries = IndexedSentence.withNumbers("Yards/NNS/yard built/VBD/build 14/CD ferries/NNS/ferry "
                        + "and/CC expects/VBZ/expect to/TO build/VB/build 18/CD ./.",
                "nsubj 2 1;root 0 2;nummod 4 3;obj 2 4;cc 6 5;conj:and 2 6;mark 8 7;xcomp 6 8;obj 8 9;punct 2 10");
        assertEquals("ferry", ContinuedCounts.counted(ferries, ferries.token(8), 0, count(ferries, 2, 3, "ferry")));
    }

    @Test
    void aRateAVerbOfReachingTakesCountsTheSameThings() {
        // the parser makes "a week" the object of "reach" and hangs the number on it
        AnnotatedSentence vans = IndexedSentence.withNumbers("Tavish/NNP assembles/VBZ/assemble 900/CD vans/NNS/van "
                        + "a/DT week/NN and/CC aims/VBZ/aim to/TO reach/VB/reach 1,100/CD a/DT week/NN ./.",
                "nsubj 2 1;root 0 2;nummod 4 3;obj 2 4;det 6 5;obl:npmod 4 6;cc 8 7;conj:and 2 8;mark 10 9;xcomp 8 10;"
                        + "nummod 13 11;det 13 12;obj 10 13;punct 2 14");
        assertEquals("van", ContinuedCounts.counted(vans, vans.token(10), 0, count(vans, 2, 3, "van")));
    }

    @Test
    void whatTheCountIsComparedWithByUpFromCountsTheSameThings() {
        AnnotatedSentence jets = IndexedSentence.withNumbers("Lumen/NNP flew/VBD/fly 48/CD jets/NNS/jet ,/, up/RB "
                        + "from/IN 40/CD ./.",
                "nsubj 2 1;root 0 2;nummod 4 3;obj 2 4;punct 2 5;advmod 2 6;case 8 7;obl:from 6 8;punct 2 9");
        assertEquals("jet", ContinuedCounts.counted(jets, jets.token(7), 0, count(jets, 2, 3, "jet")));
    }

    @Test
    void anotherVerbBorrowsNothing() {
        AnnotatedSentence cars = IndexedSentence.withNumbers("Orrin/NNP sold/VBD/sell 300/CD cars/NNS/car and/CC "
                        + "repaired/VBD/repair 40/CD ./.",
                "nsubj 2 1;root 0 2;nummod 4 3;obj 2 4;cc 6 5;conj:and 2 6;obj 6 7;punct 2 8");
        assertNull(ContinuedCounts.counted(cars, cars.token(6), 0, count(cars, 2, 3, "car")));
    }

    @Test
    void noCountBeforeLendsNothing() {
        AnnotatedSentence ferries = IndexedSentence.withNumbers("Yards/NNS/yard built/VBD/build 14/CD ferries/NNS/ferry "
                        + "and/CC expects/VBZ/expect to/TO build/VB/build 18/CD ./.",
                "nsubj 2 1;root 0 2;nummod 4 3;obj 2 4;cc 6 5;conj:and 2 6;mark 8 7;xcomp 6 8;obj 8 9;punct 2 10");
        assertNull(ContinuedCounts.counted(ferries, ferries.token(8), 0, List.of()));
    }

    @Test
    void theRemnantOfAGappedClauseHungOnTheVerbCountsItsObject() {
        // session 44 (s44-elided): CoreNLP 4.5.10 hangs "another 900" on the verb as its conjunct
        AnnotatedSentence jobs = IndexedSentence.withNumbers("Brindle/NNP cut/VBD/cut 1,200/CD jobs/NNS/job and/CC "
                        + "another/DT 900/CD ./.",
                "nsubj 2 1;root 0 2;nummod 4 3;obj 2 4;cc 7 5;det 7 6;conj:and 2 7;punct 2 8");
        assertEquals("job", ContinuedCounts.counted(jobs, jobs.token(6), 0, count(jobs, 2, 3, "job")));
    }

    @Test
    void aConjunctNumberWithANounOfItsOwnIsNoRemnant() {
        AnnotatedSentence cars = IndexedSentence.withNumbers("Orrin/NNP sold/VBD/sell 300/CD cars/NNS/car and/CC "
                        + "Lumen/NNP 250/CD ./.",
                "nsubj 2 1;root 0 2;nummod 4 3;obj 2 4;cc 7 5;nsubj 7 6;conj:and 2 7;punct 2 8");
        assertNull(ContinuedCounts.counted(cars, cars.token(6), 0, count(cars, 2, 3, "car")));
    }

    /** The count the rules read from token {@code first} to token {@code last} (0-based). */
    private static List<FigureCandidate> count(AnnotatedSentence sentence, int first, int last, String unit) {
        return List.of(new FigureCandidate(sentence.token(first).start(), sentence.token(last).end(), FigureKind.COUNT,
                BigDecimal.ONE, null, null, unit, null, null, null, null, null, null));
    }
}
