package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Token;

/**
 * The trade's noun a name is apposed to, on hand-made parses: "Agrilo , DET GOODS NOUN": the noun at position 4 with
 * its determiner and compound (0-based positions), whether it describes a firm.
 */
class TradeAppositionsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Agrilo , a seed breeder| true",
        "Davrin , a fruit grower| true",
        "Hollis , a shipping line| true",
        "Zelmar , an olive importer| true",
        // the definite article points back; no goods before the noun; a trade people hold as a job; no trade at all
        "Agrilo , the seed breeder| false",
        "Agrilo , a big breeder| false",
        "Pavlo , a software developer| false",
        "Hollis , a telephone line| false"})
    void anIndefiniteTradeNounWithItsGoodsDescribesAFirm(String sentence, boolean expected) {
        List<Token> tokens = WrittenTokens.of(sentence, word -> Character.isUpperCase(word.charAt(0)) ? "NNP"
                : word.matches("a|an|the") ? "DT" : word.equals(",") ? "," : word.equals("big") ? "JJ" : "NN");
        List<Dependency> dependencies = new ArrayList<>(List.of(new Dependency(-1, 0, "root"),
                new Dependency(0, 4, "appos"), new Dependency(4, 2, "det"),
                new Dependency(4, 3, tokens.get(3).pos().equals("JJ") ? "amod" : "compound")));
        String text = String.join(" ", tokens.stream().map(Token::text).toList());
        AnnotatedSentence parsed = new AnnotatedSentence(0, 0, text.length(), tokens, dependencies);
        assertEquals(expected, TradeAppositions.tradeNoun(parsed, tokens.get(4)));
    }

    @Test
    void aHyphenatedWordTheTokenizerSplitIsReadWhole() {
        // "a farm-software start-up": "start", "-", "up" written with no space between them
        String text = "a farm-software start-up";
        List<Token> tokens = new ArrayList<>();
        int[][] spans = {{0, 1}, {2, 6}, {6, 7}, {7, 15}, {16, 21}, {21, 22}, {22, 24}};
        for (int k = 0; k < spans.length; k++) {
            String word = text.substring(spans[k][0], spans[k][1]);
            tokens.add(new Token(k, 0, spans[k][0], spans[k][1], word, word, "NN", "O", null));
        }
        AnnotatedSentence parsed = new AnnotatedSentence(0, 0, text.length(), tokens, List.of());
        assertEquals("start-up", TradeAppositions.hyphenated(parsed, tokens.get(6)));
        assertEquals("start-up", TradeAppositions.hyphenated(parsed, tokens.get(4)));
        assertEquals("farm-software", TradeAppositions.hyphenated(parsed, tokens.get(1)));
        assertEquals("a", TradeAppositions.hyphenated(parsed, tokens.get(0)));
    }

    @Test
    void aNameTheSentenceCallsHeOrSheIsAPerson() {
        List<Token> tokens = WrittenTokens.of("Ortega , a maize grower , said the drought cut his harvest",
                word -> "NN");
        assertEquals(true, TradeAppositions.personalPronounAfter(tokens, 1));
        assertEquals(false, TradeAppositions.personalPronounAfter(WrittenTokens.of("Davrin , a fruit grower , sold its orchards",
                word -> "NN"), 1));
    }
}
