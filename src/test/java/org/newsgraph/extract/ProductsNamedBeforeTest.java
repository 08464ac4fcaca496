package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.testing.IndexedSentence;

/** The product a later "the car", "the aircraft" takes up, from sentences parsed by hand (made-up names). */
class ProductsNamedBeforeTest {

    private static final Entity K7 = new Entity("veltra-k7", "Veltra K7", EntityType.PRODUCT, List.of(), null,
            List.of());
    private static final Entity M2 = new Entity("marlin-m2", "Marlin M2", EntityType.PRODUCT, List.of(), null,
            List.of());
    private static final Entity BRISK = new Entity("brisk-air", "Brisk Air", EntityType.ORGANIZATION, List.of(),
            null, List.of());
    private static final Map<String, Entity> NAMES = Map.of("Veltra", K7, "K7", K7, "Marlin", M2, "M2", M2,
            "Brisk", BRISK, "Air", BRISK);
    private static final Function<Token, Entity> ENTITY_AT = token -> NAMES.get(token.text());

    /** "The Veltra K7 made its first drive." */
    private static final AnnotatedSentence K7_AS_SUBJECT = IndexedSentence.of(
            "The/DT Veltra/NNP K7/NNP made/VBD its/PRP$ first/JJ drive/NN",
            "det 3 1; compound 3 2; nsubj 4 3; root 0 4; nmod:poss 7 5; amod 7 6; obj 4 7");
    /** "Brisk Air unveiled the Veltra K7." */
    private static final AnnotatedSentence K7_AS_OBJECT = IndexedSentence.of(
            "Brisk/NNP Air/NNP unveiled/VBD the/DT Veltra/NNP K7/NNP",
            "compound 2 1; nsubj 3 2; root 0 3; det 6 4; compound 6 5; obj 3 6");
    /** "Brisk Air prefers it to the Marlin M2." */
    private static final AnnotatedSentence M2_COMPARED = IndexedSentence.of(
            "Brisk/NNP Air/NNP prefers/VBZ it/PRP to/IN the/DT Marlin/NNP M2/NNP",
            "compound 2 1; nsubj 3 2; root 0 3; obj 3 4; case 8 5; det 8 6; compound 8 7; obl:to 3 8");
    /** "The Veltra K7 beat the Marlin M2." */
    private static final AnnotatedSentence TWO_PRODUCTS = IndexedSentence.of(
            "The/DT Veltra/NNP K7/NNP beat/VBD the/DT Marlin/NNP M2/NNP",
            "det 3 1; compound 3 2; nsubj 4 3; root 0 4; det 7 5; compound 7 6; obj 4 7");
    /** "The car can travel 520 km." */
    private static final AnnotatedSentence THE_CAR = IndexedSentence.withNumbers(
            "The/DT car/NN can/MD travel/VB 520/CD km/NNS",
            "det 2 1; nsubj 4 2; aux 4 3; root 0 4; nummod 6 5; obj 4 6");
    /** "Its car can travel 520 km." */
    private static final AnnotatedSentence ITS_CAR = IndexedSentence.withNumbers(
            "Its/PRP$ car/NN can/MD travel/VB 520/CD km/NNS",
            "nmod:poss 2 1; nsubj 4 2; aux 4 3; root 0 4; nummod 6 5; obj 4 6");
    /** "The car was seen by 400 guests." */
    private static final AnnotatedSentence SEEN_BY = IndexedSentence.withNumbers(
            "The/DT car/NN was/VBD seen/VBN by/IN 400/CD guests/NNS",
            "det 2 1; nsubj:pass 4 2; aux:pass 4 3; root 0 4; case 7 5; nummod 7 6; obl:agent 4 7");

    @Test
    void theNounIsDefiniteOnlyWithTheAndNoPossessor() {
        assertTrue(ProductsNamedBefore.definite(THE_CAR, THE_CAR.tokens().get(1)));
        assertFalse(ProductsNamedBefore.definite(ITS_CAR, ITS_CAR.tokens().get(1)));
    }

    @Test
    void takesUpTheProductNamedAsTheSubjectOrTheObjectOfTheSentenceBefore() {
        assertEquals(K7, ProductsNamedBefore.before(List.of(K7_AS_SUBJECT, THE_CAR), 1, ENTITY_AT));
        assertEquals(K7, ProductsNamedBefore.before(List.of(K7_AS_OBJECT, THE_CAR), 1, ENTITY_AT));
    }

    @Test
    void looksPastSentencesThatNameNoProduct() {
        assertEquals(K7, ProductsNamedBefore.before(List.of(K7_AS_SUBJECT, ITS_CAR, THE_CAR), 2, ENTITY_AT));
    }

    @Test
    void noProductWhenTheNearestNamesTwoOrOnlyComparesOne() {
        assertNull(ProductsNamedBefore.before(List.of(K7_AS_SUBJECT, TWO_PRODUCTS, THE_CAR), 2, ENTITY_AT));
        assertNull(ProductsNamedBefore.before(List.of(K7_AS_SUBJECT, M2_COMPARED, THE_CAR), 2, ENTITY_AT));
        assertNull(ProductsNamedBefore.before(List.of(THE_CAR), 0, ENTITY_AT));
    }

    @Test
    void aCountedAgentOfAPassiveIsNoneOfTheProducts() {
        assertTrue(ProductsNamedBefore.agentOfPassive(SEEN_BY, SEEN_BY.tokens().get(6)));
        assertFalse(ProductsNamedBefore.agentOfPassive(THE_CAR, THE_CAR.tokens().get(5)));
    }
}
