package org.newsgraph.extract.relation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.testing.IndexedSentence;

/**
 * Session 41 (s41-relations2, issue 13): a stake whose company is unsaid ("W will also take a stake", the rule
 * stake-unsaid; RelationRulesIT runs its examples through CoreNLP) falls back on no company when the sentence before
 * sells or buys a firm other than that company: the stake is in the deal.
 */
class DealBeforeTest {

    private static final Entity NORVIK = new Entity("norvik-group", "Norvik Group", EntityType.ORGANIZATION,
            List.of(), null, List.of());
    private static final Entity KESTREL = new Entity("kestrel-foods", "Kestrel Foods", EntityType.ORGANIZATION,
            List.of(), null, List.of());
    private static final Map<String, Entity> NAMES = Map.of("Norvik", NORVIK, "Group", NORVIK, "Kestrel", KESTREL,
            "Foods", KESTREL);

    private static boolean deals(AnnotatedSentence before, Entity company) {
        return DealBefore.dealsInAnother(before, token -> NAMES.get(token.text()), company);
    }

    @Test
    void aUnitSoldBeforeIsAnotherFirmsDeal() {
        // "Norvik Group will sell a majority of its unit Kestrel Foods."
        AnnotatedSentence sells = IndexedSentence.of(
                "Norvik/NNP Group/NNP will/MD sell/VB a/DT majority/NN of/IN its/PRP$ unit/NN Kestrel/NNP Foods/NNP ./.",
                "root 0 4;compound 2 1;nsubj 4 2;aux 4 3;det 6 5;obj 4 6;case 9 7;nmod:poss 9 8;nmod:of 6 9;"
                        + "compound 11 10;appos 9 11;punct 4 12");
        assertTrue(deals(sells, NORVIK));
    }

    @Test
    void aDealInTheCompanyItselfOrNoFirmLeavesTheFallback() {
        // "Kestrel Foods bought Norvik Group." leaves Norvik Group the stake's company; so does selling no firm
        AnnotatedSentence bought = IndexedSentence.of("Kestrel/NNP Foods/NNP bought/VBD Norvik/NNP Group/NNP ./.",
                "root 0 3;compound 2 1;nsubj 3 2;compound 5 4;obj 3 5;punct 3 6");
        assertFalse(deals(bought, NORVIK));
        AnnotatedSentence plants = IndexedSentence.of("Norvik/NNP Group/NNP will/MD sell/VB two/CD plants/NNS ./.",
                "root 0 4;compound 2 1;nsubj 4 2;aux 4 3;nummod 6 5;obj 4 6;punct 4 7");
        assertFalse(deals(plants, NORVIK));
        assertFalse(deals(null, NORVIK));
    }

    @Test
    void aFirmThatIsMadeIsNoDeal() {
        // "Norvik Group builds turbines for Kestrel Foods.": building is no sale of a firm
        AnnotatedSentence builds = IndexedSentence.of(
                "Norvik/NNP Group/NNP builds/VBZ turbines/NNS for/IN Kestrel/NNP Foods/NNP ./.",
                "root 0 3;compound 2 1;nsubj 3 2;obj 3 4;case 7 5;compound 7 6;obl:for 3 7;punct 3 8");
        assertFalse(deals(builds, NORVIK));
    }
}
