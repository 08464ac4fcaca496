package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.nlp.Token;

/**
 * A one-word coined name opening its sentence as the subject of a firm's verb, on hand-made tokens ({@code word[/NER]},
 * capitalised words NNP), the run [from, to) and the rule of its cue.
 */
class CoinedFirmNamesTest {

    @ParameterizedTest(name = "{0} [{1}, {2}) {3} -> {4}")
    @CsvSource(delimiter = '|', value = {
        // A: "Agrova ships its fertiliser to farms in Kenya"
        "Agrova ships its fertiliser to farms| 0| 1| subject-of-organization-verb| true",
        // a word the dictionary holds, capitalised by its place (a 10-K heading run into its sentence)
        "Disposition sold its arm to the buyer| 0| 1| subject-of-organization-verb| false",
        "Management hired two advisers| 0| 1| subject-of-organization-verb| false",
        // a name the NER calls a person or a place keeps the NER's reading
        "Agrova/PERSON ships its fertiliser| 0| 1| subject-of-organization-verb| false",
        // another cue, two words, or a name inside the sentence: other rules'
        "Agrova ships its fertiliser| 0| 1| owner-of-attribute| false",
        "Agrova Seeds ships its fertiliser| 0| 2| subject-of-organization-verb| false",
        "Last year Agrova shipped fertiliser| 2| 3| subject-of-organization-verb| false"})
    void aCoinedWordOpeningTheSentenceAsAFirmsSubjectIsAName(String sentence, int from, int to, String rule,
            boolean expected) {
        List<Token> tokens = WrittenTokens.of(sentence, word -> Character.isUpperCase(word.charAt(0)) ? "NNP" : "NN");
        TypeCues.Cue cue = new TypeCues.Cue(EntityType.ORGANIZATION, rule);
        assertEquals(expected, CoinedFirmNames.openingFirm(tokens, from, to, cue));
    }

    @Test
    void theTaggerMayReadACoinedWordAtTheStartAsACommonNoun() {
        // "Selvane/NN invested $30 million in a new copper mine": a coined name all the same; "Revenue/NN" is a word
        Token selvane = new Token(0, 0, 0, 7, "Selvane", "selvane", "NN", "O", null);
        Token revenue = new Token(0, 0, 0, 7, "Revenue", "revenue", "NN", "O", null);
        Token lower = new Token(0, 0, 0, 7, "selvane", "selvane", "NN", "O", null);
        assertEquals(true, CoinedFirmNames.coined(selvane));
        assertEquals(false, CoinedFirmNames.coined(revenue));
        assertEquals(false, CoinedFirmNames.coined(lower));
    }
}
