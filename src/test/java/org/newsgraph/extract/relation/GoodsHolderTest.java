package org.newsgraph.extract.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.testing.IndexedSentence;

/**
 * Session 28 (s28-relations, issue 13): whose goods "them" are in "X runs 300 trains. Eighty of them are leased from
 * Y" (the rule fleet-them-leased-from; RelationRulesIT runs its examples through CoreNLP): the one organisation that,
 * in the sentence before, is the subject of a verb whose object is a counted plural noun; else no one.
 */
class GoodsHolderTest {

    private static final Entity KORVATH = new Entity("korvath-rail", "Korvath Rail", EntityType.ORGANIZATION, List.of(),
            null, List.of());
    private static final Entity BRINDLE = new Entity("brindle-air", "Brindle Air", EntityType.ORGANIZATION, List.of(),
            null, List.of());
    private static final Entity REED = new Entity("tom-reed", "Tom Reed", EntityType.PERSON, List.of(), null, List.of());

    /** Words {@code text/TAG}, dependencies {@code relation governor dependent} (1-based, 0 the root). */
    private static AnnotatedSentence sentence(String words, String dependencies) {
        return IndexedSentence.of(words, dependencies);
    }

    private static Entity holder(AnnotatedSentence before, Map<String, Entity> names) {
        return GoodsHolder.of(before, token -> names.get(token.text()));
    }

    @Test
    void theSubjectOfCountedGoodsHoldsThem() {
        AnnotatedSentence runs = sentence("Korvath/NNP Rail/NNP runs/VBZ 300/CD trains/NNS ./.",
                "root 0 3;compound 2 1;nsubj 3 2;obj 3 5;nummod 5 4;punct 3 6");
        assertEquals(KORVATH, holder(runs, Map.of("Korvath", KORVATH, "Rail", KORVATH)));
    }

    @Test
    void goodsWithoutANumberAreNoFleetOfOne() {
        AnnotatedSentence runs = sentence("Korvath/NNP Rail/NNP runs/VBZ trains/NNS across/IN Wales/NNP ./.",
                "root 0 3;compound 2 1;nsubj 3 2;obj 3 4;obl:across 3 6;case 6 5;punct 3 7");
        assertNull(holder(runs, Map.of("Korvath", KORVATH, "Rail", KORVATH)));
    }

    @Test
    void twoHoldersLeaveTheLesseeUnsaid() {
        AnnotatedSentence run = sentence(
                "Korvath/NNP Rail/NNP and/CC Brindle/NNP Air/NNP run/VBP 500/CD trains/NNS ./.",
                "root 0 6;compound 2 1;nsubj 6 2;cc 5 3;compound 5 4;conj:and 2 5;nsubj 6 5;obj 6 8;nummod 8 7;punct 6 9");
        assertNull(holder(run, Map.of("Korvath", KORVATH, "Rail", KORVATH, "Brindle", BRINDLE, "Air", BRINDLE)));
    }

    @Test
    void aPersonOrNoSentenceHoldsNoFleet() {
        AnnotatedSentence owns = sentence("Tom/NNP Reed/NNP owns/VBZ 30/CD trucks/NNS ./.",
                "root 0 3;compound 2 1;nsubj 3 2;obj 3 5;nummod 5 4;punct 3 6");
        assertNull(holder(owns, Map.of("Tom", REED, "Reed", REED)));
        assertNull(holder(null, Map.of()));
    }

    /** Session 29 (s29-relations): "48 aircraft" is tagged NN; a number above one counts it as goods, "one" does not. */
    @Test
    void aNounWhosePluralIsItsSingularCountsWithANumberAboveOne() {
        AnnotatedSentence flies = sentence("Korvath/NNP Air/NNP flies/VBZ 48/CD aircraft/NN ./.",
                "root 0 3;compound 2 1;nsubj 3 2;obj 3 5;nummod 5 4;punct 3 6");
        assertEquals(KORVATH, holder(flies, Map.of("Korvath", KORVATH, "Air", KORVATH)));
        AnnotatedSentence one = sentence("Korvath/NNP Air/NNP flies/VBZ 1/CD aircraft/NN ./.",
                "root 0 3;compound 2 1;nsubj 3 2;obj 3 5;nummod 5 4;punct 3 6");
        assertNull(holder(one, Map.of("Korvath", KORVATH, "Air", KORVATH)));
        AnnotatedSentence word = sentence("Korvath/NNP Air/NNP flies/VBZ a/DT jet/NN ./.",
                "root 0 3;compound 2 1;nsubj 3 2;obj 3 5;det 5 4;punct 3 6");
        assertNull(holder(word, Map.of("Korvath", KORVATH, "Air", KORVATH)));
    }
}
