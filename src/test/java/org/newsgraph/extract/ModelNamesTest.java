package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Token;

class ModelNamesTest {

    /** Tokens of words as written: "_" joins a word to the one before without a space ("EV _- _6" is "EV-6"). */
    private static List<Token> run(String written, String ner) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String word : written.split(" ")) {
            boolean glued = word.startsWith("_");
            String text = glued ? word.substring(1) : word;
            int start = tokens.isEmpty() ? 0 : glued ? at : at + 1;
            tokens.add(new Token(tokens.size(), 0, start, start + text.length(), text, text.toLowerCase(),
                    text.matches("\\d+") ? "CD" : "NNP", ner, null));
            at = start + text.length();
        }
        return tokens;
    }

    @Test
    void aMakersNameAndACodeTheTokenizerSplitAtItsHyphenIsAModel() {
        assertTrue(ModelNames.named(run("Vantor EV _- _6", "MISC")), "Vantor EV-6");
        assertTrue(ModelNames.named(run("Vantor EV-6", "O")), "the code as one token");
        assertFalse(ModelNames.named(run("Vantor EV - 6", "MISC")), "a dash between words is no code");
        assertFalse(ModelNames.named(run("Form S _- _1", "O")), "a document's code");
        assertFalse(ModelNames.named(run("EV _- _6", "O")), "a code with no maker's word");
        assertFalse(ModelNames.named(run("Vantor EV _- _6", "ORGANIZATION")), "a name the NER typed is left to it");
    }

    @Test
    void aNameAndNumberBeforeAPriceVerbTaggedAsANounIsAModel() {
        // CoreNLP's reading of "The Pellmore Oriel 6 costs $500 .": "6 costs" a counted noun, the sentence a fragment
        AnnotatedSentence costs = TypeCuesTest.sentence(
                "The/DT Pellmore/NNP/pellmore/ORGANIZATION Oriel/NNP/oriel/ORGANIZATION 6/CD/6/NUMBER costs/NNS/cost"
                        + " $/$/$/MONEY 500/CD/500/MONEY ./.",
                "0:dep:2 2:compound:1 2:dep:4 4:nummod:3 4:dep:5 5:nummod:6 0:punct:7");
        TypeCues.Cue cue = ModelNames.numbered(costs, costs.tokens(), 1, 3, null);
        assertEquals(EntityType.PRODUCT, cue == null ? null : cue.type(), "costs $500");
        assertEquals(ModelNames.NUMBERED, cue.rule());
        AnnotatedSentence sells = TypeCuesTest.sentence(
                "The/DT Brenna/NNP/brenna/PERSON 4/CD/4/NUMBER sells/NNS/sell for/IN $/$/$/MONEY 300/CD/300/MONEY ./.",
                "1:det:0 1:dep:3 3:nummod:2 3:dep:5 5:case:4 5:nummod:6 1:punct:7");
        assertEquals(EntityType.PRODUCT, typeOf(ModelNames.numbered(sells, sells.tokens(), 1, 2, null)), "sells for $300");
        // what a number of them cost is no price of a model: "the Halvorsen 6 costs rose" has no amount after it
        AnnotatedSentence counted = TypeCuesTest.sentence(
                "The/DT Halvorsen/NNP/halvorsen/ORGANIZATION 6/CD/6/NUMBER costs/NNS/cost rose/VBD/rise ./.",
                "3:det:0 3:compound:1 3:nummod:2 4:nsubj:3 4:punct:5");
        assertNull(ModelNames.numbered(counted, counted.tokens(), 1, 2, null), "costs that rose");
    }

    @Test
    void aSingularNounTheNumberCannotCountMakesTheNameAndNumberAModel() {
        // "The Tamsin 9 turbine ...": nine of a turbine would be "turbines", so the number is the model's
        AnnotatedSentence kind = TypeCuesTest.sentence(
                "The/DT Tamsin/NNP/tamsin/O 9/CD/9/NUMBER turbine/NN/turbine failed/VBD/fail ./.",
                "3:det:0 3:compound:1 1:nummod:2 4:nsubj:3 4:punct:5");
        assertEquals(EntityType.PRODUCT, typeOf(ModelNames.numbered(kind, kind.tokens(), 1, 2, null)), "9 turbine");
        AnnotatedSentence counted = TypeCuesTest.sentence(
                "The/DT Tamsin/NNP/tamsin/O 9/CD/9/NUMBER turbines/NNS/turbine failed/VBD/fail ./.",
                "3:det:0 3:compound:1 3:nummod:2 4:nsubj:3 4:punct:5");
        assertNull(ModelNames.numbered(counted, counted.tokens(), 1, 2, null), "9 turbines may be nine of them");
        // a count before the name counts the kind noun: the number after the name is the model's ("24 Lintra 3 trams")
        AnnotatedSentence countedBefore = TypeCuesTest.sentence(
                "They/PRP ordered/VBD/order 24/CD/24/NUMBER Tamsin/NNP/tamsin/O 9/CD/9/NUMBER turbines/NNS/turbine ./.",
                "1:nsubj:0 1:obj:5 5:nummod:2 5:compound:3 3:nummod:4 1:punct:6");
        assertEquals(EntityType.PRODUCT, typeOf(ModelNames.numbered(countedBefore, countedBefore.tokens(), 3, 4, null)),
                "24 Tamsin 9 turbines");
        AnnotatedSentence index = TypeCuesTest.sentence(
                "The/DT Stoxx/NNP/stoxx/O 50/CD/50/NUMBER index/NN/index fell/VBD/fall ./.",
                "3:det:0 3:compound:1 3:nummod:2 4:nsubj:3 4:punct:5");
        assertNull(ModelNames.numbered(index, index.tokens(), 1, 2, null), "an index's number (not-a-kind)");
        AnnotatedSentence type = TypeCuesTest.sentence(
                "Type/NNP/type/O 2/CD/2/NUMBER diabetes/NN/diabetes rose/VBD/rise ./.",
                "2:compound:0 0:nummod:1 3:nsubj:2 3:punct:4");
        assertNull(ModelNames.numbered(type, type.tokens(), 0, 1, null), "a grade's number (not-a-maker)");
        AnnotatedSentence one = TypeCuesTest.sentence(
                "The/DT Formula/NNP/formula/O 1/CD/1/NUMBER team/NN/team won/VBD/win ./.",
                "3:det:0 3:compound:1 3:nummod:2 4:nsubj:3 4:punct:5");
        assertNull(ModelNames.numbered(one, one.tokens(), 1, 2, null), "one of a thing is singular");
    }

    @Test
    void aNameAndNumberAnOwnerHasIsAModel() {
        // "Dorrance Mobile 's new Pell 6 has a larger battery ."
        AnnotatedSentence owned = TypeCuesTest.sentence(
                "Dorrance/NNP/dorrance/ORGANIZATION Mobile/NNP/mobile/ORGANIZATION 's/POS/'s new/JJ/new"
                        + " Pell/NNP/pell/ORGANIZATION 6/CD/6/NUMBER has/VBZ/have a/DT/a battery/NN/battery ./.",
                "1:compound:0 4:nmod:poss:1 1:case:2 4:amod:3 4:nummod:5 6:nsubj:4 8:det:7 6:obj:8 6:punct:9");
        assertEquals(EntityType.PRODUCT, typeOf(ModelNames.numbered(owned, owned.tokens(), 4, 5, null)), "X's Pell 6");
        AnnotatedSentence unowned = TypeCuesTest.sentence(
                "New/JJ/new Pell/NNP/pell/ORGANIZATION 6/CD/6/NUMBER has/VBZ/have a/DT/a battery/NN/battery ./.",
                "1:amod:0 1:nummod:2 3:nsubj:1 5:det:4 3:obj:5 3:punct:6");
        assertNull(ModelNames.numbered(unowned, unowned.tokens(), 1, 2, null), "no owner, no kind, no product verb");
    }

    private static EntityType typeOf(TypeCues.Cue cue) {
        return cue == null ? null : cue.type();
    }
}
