package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Token;

/**
 * Two firms the NER ran into one name across "and", on hand-made sentences (capitalised words NNP, others NN): the
 * names found already as token ranges ("0-5 9-11"), the names after the split (joined with " + ").
 */
class JoinedFirmNamesTest {

    @ParameterizedTest(name = "{0} ({1}) -> {2}")
    @CsvSource(delimiter = '|', value = {
        // s36-relations A: the right side named alone later, the left one of two capitalised words
        "Fenwick Hotels and Saffron Air formed a venture , Saffron Air said .| 0-5 9-11| Fenwick Hotels + Saffron Air + Saffron Air",
        // a company word ends the left side, the right side two capitalised words
        "Kettering Homes and Alder Water will share costs .| 0-5| Kettering Homes + Alder Water",
        // one word on a side that the article never names alone: one name
        "Marks and Spencer raised prices .| 0-3| Marks and Spencer",
        "Procter and Gamble Holdings raised prices .| 0-4| Procter and Gamble Holdings",
        // neither side a firm's name by itself: one name
        "Arts and Crafts Fair opened .| 0-4| Arts and Crafts Fair",
        // (session 39: "Hotels" now ends a firm's name, so the left side is a non-firm word's: "Lodges")
        "Fenwick Lodges and Saffron Mills formed a venture .| 0-5| Fenwick Lodges and Saffron Mills",
        // a lower-case word on a side: a phrase, not two names
        "Department of Trade and Industry Holdings said .| 0-6| Department of Trade and Industry Holdings",
        // a one-word side the article names alone beside a firm's name
        "Wavely and Pulse Audio compete , and Wavely said .| 0-4 7-8| Wavely + Pulse Audio + Wavely"})
    void twoFirmsJoinedByAndAreSplit(String sentence, String known, String expected) {
        List<Token> tokens = WrittenTokens.of(sentence, word -> word.equals("and") ? "CC"
                : Character.isUpperCase(word.charAt(0)) ? "NNP" : word.matches("\\p{L}+") ? "NN" : word);
        String text = tokens.stream().map(Token::text).reduce((a, b) -> a + " " + b).orElseThrow();
        AnnotatedSentence annotated = new AnnotatedSentence(0, 0, text.length(), tokens, List.of());
        List<FoundName> found = new ArrayList<>();
        for (String range : known.strip().split(" ")) {
            int from = Integer.parseInt(range.split("-")[0]);
            int to = Integer.parseInt(range.split("-")[1]);
            int start = tokens.get(from).start();
            int end = tokens.get(to - 1).end();
            found.add(new FoundName(start, end, text.substring(start, end), 0, EntityType.ORGANIZATION,
                    TypeVote.NER_VOTE, null, null));
        }
        List<String> split = JoinedFirmNames.split(new AnnotatedText(text, List.of(annotated)), found).stream()
                .map(FoundName::text).toList();
        assertEquals(List.of(expected.strip().split(" \\+ ")), split);
    }

    @ParameterizedTest(name = "{0}")
    // the left side is a firm by the split alone (session 39: "Hotels" ends a firm's name by itself now, so "Lodges")
    @CsvSource(delimiter = '|', value = {"Fenwick Lodges and Saffron Air formed a venture , Saffron Air said ."})
    void eachSideKeepsWhyItIsAFirm(String sentence) {
        List<Token> tokens = WrittenTokens.of(sentence, word -> word.equals("and") ? "CC"
                : Character.isUpperCase(word.charAt(0)) ? "NNP" : word.matches("\\p{L}+") ? "NN" : word);
        String text = tokens.stream().map(Token::text).reduce((a, b) -> a + " " + b).orElseThrow();
        AnnotatedSentence annotated = new AnnotatedSentence(0, 0, text.length(), tokens, List.of());
        List<FoundName> found = List.of(new FoundName(0, 30, text.substring(0, 30), 0, EntityType.ORGANIZATION,
                TypeVote.NER_VOTE, null, null), new FoundName(text.indexOf("Saffron Air said"),
                text.indexOf("Saffron Air said") + 11, "Saffron Air", 0, EntityType.ORGANIZATION, TypeVote.NER_VOTE, null,
                null));
        List<FoundName> split = JoinedFirmNames.split(new AnnotatedText(text, List.of(annotated)), found);
        assertEquals(JoinedFirmNames.RULE, split.get(0).cue().rule());
        assertEquals(TypeCues.CORPORATE_LAST_WORD, split.get(1).cue().rule());
    }
}
