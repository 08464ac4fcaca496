package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Dependency;

/** "Brindlemark ships the Quillpad": one reading of the misread verb, which the entity step's cues see too. */
class VerbsTaggedAsNounsTest {

    /** As the parser reads it: "ships" a plural noun heading the sentence, the name its compound, the rest a dep. */
    private static final AnnotatedSentence MISREAD = TypeCuesTest.sentence(
            "Brindlemark ships/NNS/ship the Quillpad to/TO schools/NNS/school .",
            "-1:root:1 1:compound:0 1:dep:3 3:det:2 3:nmod:to:5 5:case:4 1:punct:6");

    @Test
    void theNounIsReadAsTheVerbItIs() {
        AnnotatedSentence repaired = VerbsTaggedAsNouns.repair(MISREAD);
        assertEquals("VBZ", repaired.tokens().get(1).pos());
        assertEquals("nsubj", repaired.relationToHead(repaired.tokens().get(0)));
        assertEquals("obj", repaired.relationToHead(repaired.tokens().get(3)));
        assertEquals("obl:to", repaired.relationToHead(repaired.tokens().get(5)));
        assertEquals(repaired.tokens().get(1), repaired.head(repaired.tokens().get(5)));
        assertSame(repaired, VerbsTaggedAsNouns.repair(repaired), "a second repair changes nothing");
    }

    @Test
    void theEntityStepSeesWhatIsShipped() {
        int[] span = TypeCuesTest.find(MISREAD, "Quillpad");
        assertNull(TypeCues.cue(MISREAD, span[0], span[1]), "the misread parse gives no cue");
        assertEquals(new TypeCues.Cue(EntityType.PRODUCT, "object-of-product-verb"),
                TypeCues.cue(VerbsTaggedAsNouns.repair(MISREAD), span[0], span[1]));
    }

    @Test
    void theVerbInsideItsObjectsCompoundIsReadAsTheVerb() {
        // "Dravenholt ships steel coils to Orlemont .": no verb in the sentence, "ships" a plural bare compound
        AnnotatedSentence misread = TypeCuesTest.sentence(
                "Dravenholt/NNP ships/NNS/ship steel/NN coils/NNS/coil to/TO Orlemont/NNP .",
                "-1:root:3 3:compound:0 3:compound:1 3:compound:2 3:nmod:to:5 5:case:4 3:punct:6");
        AnnotatedSentence repaired = VerbsTaggedAsNouns.repair(misread);
        assertEquals("VBZ", repaired.tokens().get(1).pos());
        assertEquals("root", repaired.relationToHead(repaired.tokens().get(1)));
        assertEquals("nsubj", repaired.relationToHead(repaired.tokens().get(0)));
        assertEquals("obj", repaired.relationToHead(repaired.tokens().get(3)));
        assertEquals("compound", repaired.relationToHead(repaired.tokens().get(2)));
        assertEquals("obl:to", repaired.relationToHead(repaired.tokens().get(5)));
        assertSame(repaired, VerbsTaggedAsNouns.repair(repaired), "a second repair changes nothing");
    }

    @Test
    void theVerbHeadingTheNameInsideTheCompoundIsReadAsTheVerb() {
        // "Korbel Motors ships car parts to Orlemont .": the parser hung the name on "ships", "ships" on "parts"
        AnnotatedSentence misread = TypeCuesTest.sentence(
                "Korbel/NNP Motors/NNPS ships/NNS/ship car/NN parts/NNS/part to/TO Orlemont/NNP .",
                "-1:root:4 2:compound:0 2:compound:1 4:compound:2 4:compound:3 4:nmod:to:6 6:case:5 4:punct:7");
        AnnotatedSentence repaired = VerbsTaggedAsNouns.repair(misread);
        assertEquals("VBZ", repaired.tokens().get(2).pos());
        assertEquals("nsubj", repaired.relationToHead(repaired.tokens().get(1)));
        assertEquals("compound", repaired.relationToHead(repaired.tokens().get(0)));
        assertEquals(repaired.tokens().get(1), repaired.head(repaired.tokens().get(0)));
        assertEquals("obj", repaired.relationToHead(repaired.tokens().get(4)));
        assertEquals("obl:to", repaired.relationToHead(repaired.tokens().get(6)));
    }

    @Test
    void aPluralCompoundInASentenceWithAVerbStays() {
        // "Tarrow ships crews sailed": a verb elsewhere means the compound is a noun's
        AnnotatedSentence withVerb = TypeCuesTest.sentence("Tarrow/NNP ships/NNS/ship crews/NNS/crew sailed/VBD/sail .",
                "-1:root:3 3:nsubj:2 2:compound:0 2:compound:1");
        assertSame(withVerb, VerbsTaggedAsNouns.repair(withVerb));
        AnnotatedSentence headline = TypeCuesTest.sentence("Tarrow/NNP sales/NNS/sale figures/NNS/figure for/IN May/NNP .",
                "-1:root:2 2:compound:0 2:compound:1 2:nmod:for:4 4:case:3");
        assertSame(headline, VerbsTaggedAsNouns.repair(headline), "a verbless line of nouns with no 'to' stays");
    }

    @Test
    void aRealPluralNounStays() {
        // "The Tarrow ships sailed": the plural has no dep object with a determiner; "its ships" has an owner
        AnnotatedSentence ships = TypeCuesTest.sentence("The Tarrow ships/NNS/ship sailed/VBD/sail .",
                "-1:root:3 3:nsubj:2 2:det:0 2:compound:1");
        assertSame(ships, VerbsTaggedAsNouns.repair(ships));
        AnnotatedSentence owned = TypeCuesTest.sentence("its ships/NNS/ship , the Tarn and the Vela .",
                "-1:root:1 1:nmod:poss:0 1:dep:4 4:det:3");
        assertSame(owned, VerbsTaggedAsNouns.repair(owned));
    }

    @Test
    void aDependencyListWithoutTheMisreadShapeIsKeptAsItIs() {
        AnnotatedSentence verb = TypeCuesTest.sentence("Brindlemark ships/VBZ/ship the Quillpad .",
                "-1:root:1 1:nsubj:0 1:obj:3 3:det:2");
        assertSame(verb, VerbsTaggedAsNouns.repair(verb));
        assertEquals(new Dependency(1, 0, "nsubj"), verb.dependencies().get(1));
    }
}
