package org.newsgraph.extract.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Token;
import org.newsgraph.testing.IndexedSentence;

class MistaggedProductParsesTest {

    private static final Entity TRAIL_CLIMB = new Entity("trail-climb-5", "Trail Climb 5", EntityType.PRODUCT,
            List.of(), null, List.of());

    /** The product's name on the tokens from {@code first} to {@code last} (0-based). */
    private static Function<Token, Entity> productOn(int first, int last) {
        return t -> t.index() >= first && t.index() <= last ? TRAIL_CLIMB : null;
    }

    private static boolean has(AnnotatedSentence sentence, String relation, int governor, int dependent) {
        return sentence.dependencies().contains(new Dependency(governor, dependent, relation));
    }

    @Test
    void aNameParsedAsAClauseIsTheObjectOfTheVerbAbove() {
        // "Hartwell Bikes unveiled the Trail Climb/VB 5 on Thursday ."
        AnnotatedSentence parsed = IndexedSentence.of(
                "Hartwell/NNP Bikes/NNPS unveiled/VBD the/DT Trail/NN Climb/VB 5/CD on/IN Thursday/NNP ./.",
                "root 0 3; compound 2 1; nsubj 3 2; ccomp 3 6; det 5 4; nsubj 6 5; obj 6 7; case 9 8; obl:on 6 9;"
                        + " punct 3 10");
        AnnotatedSentence repaired = MistaggedProductParses.repair(parsed, productOn(4, 6));
        assertTrue(has(repaired, "obj", 2, 6), repaired.dependencies().toString());
        assertTrue(has(repaired, "compound", 6, 4) && has(repaired, "compound", 6, 5));
        assertTrue(has(repaired, "det", 6, 3));
        assertTrue(has(repaired, "obl:on", 2, 8), "the time phrase goes back to the verb above");
        assertTrue(repaired.dependencies().stream().noneMatch(d -> d.governor() == 5),
                "the mistagged word governs nothing");
        assertEquals("NNP", repaired.tokens().get(5).pos());
    }

    @Test
    void aDeterminerTheParserMadeTheHeadGoesBackUnderTheName() {
        // "it would release the Switch/VB 2 in June": obj(release, the), acl(the, Switch), obj(Switch, 2)
        AnnotatedSentence parsed = IndexedSentence.of(
                "it/PRP would/MD release/VB the/DT Switch/VB 2/CD in/IN June/NNP",
                "root 0 3; nsubj 3 1; aux 3 2; obj 3 4; acl 4 5; obj 5 6; case 8 7; obl:in 5 8");
        AnnotatedSentence repaired = MistaggedProductParses.repair(parsed, productOn(4, 5));
        assertTrue(has(repaired, "obj", 2, 5), repaired.dependencies().toString());
        assertTrue(has(repaired, "det", 5, 3) && has(repaired, "compound", 5, 4));
        assertTrue(has(repaired, "obl:in", 2, 7));
    }

    @Test
    void aNameThatHeadsTheSentenceOrHasNoVerbIsLeftAlone() {
        // "The Trail Climb/VB 5 costs ...": the mistagged verb is the root
        AnnotatedSentence rooted = IndexedSentence.of("The/DT Trail/NN Climb/VB 5/CD",
                "root 0 3; det 2 1; nsubj 3 2; obj 3 4");
        assertSame(rooted, MistaggedProductParses.repair(rooted, productOn(1, 3)));
        // "unveiled the Trail Climb 5" tagged right: nothing to repair
        AnnotatedSentence tagged = IndexedSentence.of("Hartwell/NNP unveiled/VBD the/DT Trail/NNP Climb/NNP 5/CD",
                "root 0 2; nsubj 2 1; obj 2 6; det 6 3; compound 6 4; compound 6 5");
        assertSame(tagged, MistaggedProductParses.repair(tagged, productOn(3, 5)));
    }
}
