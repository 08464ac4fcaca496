package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Token;

/**
 * Public bodies' names joined at "and", on hand-made sentences: words as {@code word[/NER]} (capitalised words NNP,
 * others NN, "and" CC), a name found already as a token range, and the name joined (spaces as written).
 */
class ConjoinedBodyNamesTest {

    @ParameterizedTest(name = "{0} (known {1}) -> {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // s19-entities B (a wire report): the NER finds "Agriculture Organization" and leaves "Food" apart
        "according to the UN/ORGANIZATION 's Food and Agriculture Organization .| 7-9| Food and Agriculture Organization",
        // s18-entities B (Sahel aid): "Peace" tagged a common noun, "Security Council" found alone
        "the African Union 's Peace and Security Council met .| 6-8| Peace and Security Council",
        // s18-entities A (floods): a list of nouns between commas, after "Department for"
        "she wrote to the Department for Environment , Food and Rural Affairs .| -| "
                + "Department for Environment , Food and Rural Affairs",
        "Food and Drug Administration officials said .| -| Food and Drug Administration",
        "The Food and Agriculture Organization cut its forecast .| 3-5| Food and Agriculture Organization",
        // a run of names before "and" is two bodies, a place is no common noun, no head word ends no body's name
        "backed by Alder Capital and Hollis Climate Council .| -| -",
        "the Westmorland/LOCATION and Furness Council said .| 3-5| -",
        "between Leeds/CITY and Bradford Council .| -| -",
        "sales of Food and Drink rose .| -| -",
        // a name found already spans the "and": left as found
        "crews from Cumbria Fire and Rescue Service came .| 2-7| -"})
    void aBodysNameJoinedByAndIsOneName(String sentence, String known, String expected) {
        List<Token> tokens = tokens(sentence);
        String text = tokens.stream().map(Token::text).reduce((a, b) -> a + " " + b).orElseThrow();
        AnnotatedSentence annotated = new AnnotatedSentence(0, 0, text.length(), tokens, List.of());
        List<FoundName> kept = new ArrayList<>();
        if (known != null) {
            int from = Integer.parseInt(known.strip().split("-")[0]);
            int to = Integer.parseInt(known.strip().split("-")[1]);
            int start = tokens.get(from).start();
            int end = tokens.get(to - 1).end();
            kept.add(new FoundName(start, end, text.substring(start, end), 0, EntityType.ORGANIZATION, TypeVote.NER_VOTE,
                    null, null));
        }
        List<String> found = ConjoinedBodyNames.find(text, annotated, kept).stream().map(FoundName::text).toList();
        assertEquals(expected == null ? List.of() : List.of(expected.strip()), found);
    }

    private static List<Token> tokens(String sentence) {
        return WrittenTokens.of(sentence,
                word -> word.equals("and") ? "CC" : word.equals("'s") ? "POS" : word.matches("The|the") ? "DT"
                        : Character.isUpperCase(word.charAt(0)) ? "NNP" : word.matches("\\p{L}+") ? "NN" : word);
    }
}
