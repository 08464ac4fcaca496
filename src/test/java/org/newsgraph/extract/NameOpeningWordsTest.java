package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Token;

/** Organisations whose name opens with the kind of body, on hand-made sentences (known names as token ranges). */
class NameOpeningWordsTest {

    @ParameterizedTest(name = "{0} (known {1}) -> {2}")
    @CsvSource(nullValues = "-", value = {
        "Listeners of Radio Kelvedon complained, 3-4, Radio Kelvedon",
        "Radio Castlemore will close, -, Radio Castlemore",
        "Studio Marchetti will design it, 1-2, Studio Marchetti",
        "Banco Ardales raised rates, -, Banco Ardales",
        // s18-entities: football clubs opened by the club's kind, whatever the NER guessed from the rest
        "Valdemar is ahead of Olympique Sarrazin who drew, 4-6, Olympique Sarrazin",
        "FC Rheinau lost at home, -, FC Rheinau",
        "Dinamo Varesk won the cup, 1-2, Dinamo Varesk",
        // a name found already runs past it, or a listed name starts with the word: left alone
        "BBC Radio Ulster will broadcast, 0-3, -",
        // no capitalised word after it, or only an article
        "The radio said, -, -",
        "He bought a Radio yesterday, -, -",
        "On Radio The host said, -, -"})
    void theKindOfBodyOpensTheName(String sentence, String known, String expected) {
        List<Token> tokens = tokens(sentence);
        AnnotatedSentence annotated = new AnnotatedSentence(0, 0, sentence.length(), tokens, List.of());
        List<FoundName> kept = new ArrayList<>();
        if (known != null) {
            int from = Integer.parseInt(known.split("-")[0]);
            int to = Integer.parseInt(known.split("-")[1]);
            int start = tokens.get(from).start();
            int end = tokens.get(to - 1).end();
            kept.add(new FoundName(start, end, sentence.substring(start, end), 0, EntityType.PERSON, TypeVote.NER_VOTE,
                    null, null));
        }
        List<String> found = NameOpeningWords.find(sentence, annotated, kept).stream().map(FoundName::text).toList();
        assertEquals(expected == null ? List.of() : List.of(expected), found);
    }

    private static List<Token> tokens(String sentence) {
        List<Token> tokens = new ArrayList<>();
        int start = 0;
        int index = 0;
        for (String word : sentence.split(" ")) {
            tokens.add(new Token(index++, 0, start, start + word.length(), word, word.toLowerCase(), "NNP", "O", null));
            start += word.length() + 1;
        }
        return tokens;
    }
}
