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
 * Session 29 (s29-relations, issue 13): whose goods "their" are in "The trams are built by X. Their bogies are
 * supplied by Y" (the rule their-goods-made-by; RelationRulesIT runs its examples through CoreNLP): the one
 * organisation that, in the sentence before, makes plural goods (passive or active); else no one.
 */
class GoodsMakerTest {

    private static final Entity KORVATH = new Entity("korvath-transit", "Korvath Transit", EntityType.ORGANIZATION,
            List.of(), null, List.of());
    private static final Entity BRINDLE = new Entity("brindle-rail", "Brindle Rail", EntityType.ORGANIZATION, List.of(),
            null, List.of());
    private static final Entity REED = new Entity("tom-reed", "Tom Reed", EntityType.PERSON, List.of(), null, List.of());


    private static Entity maker(AnnotatedSentence before, Map<String, Entity> names) {
        return GoodsMaker.of(before, token -> names.get(token.text()));
    }

    @Test
    void theAgentOfPluralGoodsBuiltMakesThem() {
        AnnotatedSentence built = IndexedSentence.of("The/DT trams/NNS/tram are/VBP/be built/VBN/build by/IN Korvath/NNP Transit/NNP ./.",
                "root 0 4;det 2 1;nsubj:pass 4 2;aux:pass 4 3;obl:agent 4 7;case 7 5;compound 7 6;punct 4 8");
        assertEquals(KORVATH, maker(built, Map.of("Korvath", KORVATH, "Transit", KORVATH)));
    }

    @Test
    void theSubjectOfPluralGoodsMadeMakesThem() {
        AnnotatedSentence makes = IndexedSentence.of("Korvath/NNP Transit/NNP makes/VBZ/make 900/CD trams/NNS/tram ./.",
                "root 0 3;compound 2 1;nsubj 3 2;obj 3 5;nummod 5 4;punct 3 6");
        assertEquals(KORVATH, maker(makes, Map.of("Korvath", KORVATH, "Transit", KORVATH)));
    }

    @Test
    void goodsNotMadeOrInTheSingularHaveNoMaker() {
        AnnotatedSentence run = IndexedSentence.of("Korvath/NNP Transit/NNP runs/VBZ/run 900/CD trams/NNS/tram ./.",
                "root 0 3;compound 2 1;nsubj 3 2;obj 3 5;nummod 5 4;punct 3 6");
        assertNull(maker(run, Map.of("Korvath", KORVATH, "Transit", KORVATH)));
        AnnotatedSentence one = IndexedSentence.of("Korvath/NNP Transit/NNP builds/VBZ/build a/DT tram/NN ./.",
                "root 0 3;compound 2 1;nsubj 3 2;obj 3 5;det 5 4;punct 3 6");
        assertNull(maker(one, Map.of("Korvath", KORVATH, "Transit", KORVATH)));
    }

    @Test
    void twoMakersAPersonOrNoSentenceLeaveTheMakerUnsaid() {
        AnnotatedSentence two = IndexedSentence.of(
                "Korvath/NNP and/CC Brindle/NNP build/VBP/build trams/NNS/tram ./.",
                "root 0 4;nsubj 4 1;cc 3 2;conj:and 1 3;nsubj 4 3;obj 4 5;punct 4 6");
        assertNull(maker(two, Map.of("Korvath", KORVATH, "Brindle", BRINDLE)));
        AnnotatedSentence person = IndexedSentence.of("Tom/NNP Reed/NNP builds/VBZ/build boats/NNS/boat ./.",
                "root 0 3;compound 2 1;nsubj 3 2;obj 3 4;punct 3 5");
        assertNull(maker(person, Map.of("Tom", REED, "Reed", REED)));
        assertNull(maker(null, Map.of()));
    }
}
