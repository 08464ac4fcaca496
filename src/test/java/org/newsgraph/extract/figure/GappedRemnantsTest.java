package org.newsgraph.extract.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.FigureCandidate;
import org.newsgraph.extract.FigureKind;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.testing.IndexedSentence;

/**
 * Session 42 (s42-gapping, issue 12): a figure after the remnant of a list that leaves its verb out is read as the
 * figure of the first clause; the words and tags decide (the parse of such lists is poor), so the dependencies here are
 * only a plausible CoreNLP reading with the number hung on the name.
 */
class GappedRemnantsTest {

    private static final String CARS = "Orrin/NNP sold/VBD/sell 300/CD cars/NNS/car ,/, Lumen/NNP 200/CD and/CC "
            + "Tavish/NNP 90/CD ./.";
    private static final String CARS_DEPS = "nsubj 2 1;root 0 2;nummod 4 3;obj 2 4;punct 6 5;conj 4 6;nummod 6 7;"
            + "cc 9 8;conj 4 9;nummod 9 10;punct 2 11";

    @Test
    void aNameAfterACommaAndItsCountContinueTheFirstClausesCount() {
        AnnotatedSentence cars = IndexedSentence.withNumbers(CARS, CARS_DEPS);
        GappedRemnants.Remnant remnant = GappedRemnants.of(cars, List.of(cars.token(6)));
        assertNotNull(remnant);
        assertEquals(List.of(cars.token(5)), remnant.words());
        assertEquals(cars.token(2), remnant.antecedent());
        assertEquals("car", GappedRemnants.countOf(cars, List.of(cars.token(6)), 0, count(cars, 2, 3, "car")));
    }

    @Test
    void theLastItemContinuesTheOneBeforeIt() {
        AnnotatedSentence cars = IndexedSentence.withNumbers(CARS, CARS_DEPS);
        GappedRemnants.Remnant remnant = GappedRemnants.of(cars, List.of(cars.token(9)));
        assertNotNull(remnant);
        assertEquals(cars.token(6), remnant.antecedent());
    }

    @Test
    void aVerbBeforeTheNumberMakesNoRemnant() {
        // "and said Lumen 200": the number is said, no gapped item
        AnnotatedSentence said = IndexedSentence.withNumbers("Orrin/NNP sold/VBD/sell 300/CD cars/NNS/car and/CC "
                        + "said/VBD/say Lumen/NNP 200/CD ./.",
                "nsubj 2 1;root 0 2;nummod 4 3;obj 2 4;cc 6 5;conj 2 6;obj 6 7;nummod 7 8;punct 2 9");
        assertNull(GappedRemnants.of(said, List.of(said.token(7))));
    }

    @Test
    void aListWithNoVerbHasNoGap() {
        // a table written out: "Orrin 300, Lumen 200" leaves no verb out
        AnnotatedSentence table = IndexedSentence.withNumbers("Orrin/NNP 300/CD ,/, Lumen/NNP 200/CD ./.",
                "root 0 1;nummod 1 2;punct 4 3;conj 1 4;nummod 4 5;punct 1 6");
        assertNull(GappedRemnants.of(table, List.of(table.token(4))));
    }

    @Test
    void aNumberThatGoesOnIntoAClauseIsNoRemnantsFigure() {
        // "Lumen 200 cars were recalled": the number does not close its clause
        AnnotatedSentence open = IndexedSentence.withNumbers("Orrin/NNP sold/VBD/sell 300/CD cars/NNS/car ,/, "
                        + "Lumen/NNP 200/CD recalled/VBD/recall ./.",
                "nsubj 2 1;root 0 2;nummod 4 3;obj 2 4;punct 2 5;nsubj 8 6;nummod 6 7;conj 2 8;punct 2 9");
        assertNull(GappedRemnants.of(open, List.of(open.token(6))));
    }

    /** The count the rules read from token {@code first} to token {@code last} (0-based). */
    private static List<FigureCandidate> count(AnnotatedSentence sentence, int first, int last, String unit) {
        return List.of(new FigureCandidate(sentence.token(first).start(), sentence.token(last).end(), FigureKind.COUNT,
                BigDecimal.ONE, null, null, unit, null, null, null, null, null, null));
    }
}
