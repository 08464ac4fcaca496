package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Token;

/**
 * Bodies named with a possessive, on hand-made sentences: a word's "'s" is its own token, as CoreNLP splits it, and
 * "/TAG" after a word gives the NER's tag (else O).
 */
class PossessiveBodyNamesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "-", value = {
        "Surgeons at St Morwenna's Hospital operated, St Morwenna's Hospital",
        "Staff at St/ORGANIZATION Cadoc's/ORGANIZATION Hospice went on strike, St Cadoc's Hospice",
        "The head of King's College said, King's College",
        "St Wynn's Community Hospice will close, St Wynn's Community Hospice",
        // the whole taken by the NER for one place is still the body's name
        "Nurses at St/LOCATION Ebba's/LOCATION Hospital/LOCATION struck, St Ebba's Hospital",
        // a place's body: two names, left alone; a body's body (the council's museum), left alone
        "Visitors to London's/CITY Science Museum fell, -",
        "The Westbury Council's Museum closed, -",
        // no body's word after the possessive, or a lower-case word before it
        "Trader Joe's opened a store, -",
        "Halvorsen Group's Brindle Software unit, -",
        "the firm's Hospital unit, -"})
    void thePossessiveIsPartOfTheBodysName(String sentence, String expected) {
        List<Token> tokens = tokens(sentence);
        String text = text(tokens);
        AnnotatedSentence annotated = new AnnotatedSentence(0, 0, text.length(), tokens, List.of());
        List<String> found = PossessiveBodyNames.find(text, annotated, List.of()).stream().map(FoundName::text).toList();
        assertEquals(expected == null ? List.of() : List.of(expected), found);
    }

    private static String text(List<Token> tokens) {
        StringBuilder text = new StringBuilder();
        for (Token token : tokens) {
            while (text.length() < token.start()) {
                text.append(' ');
            }
            text.append(token.text());
        }
        return text.toString();
    }

    private static List<Token> tokens(String sentence) {
        List<Token> tokens = new ArrayList<>();
        int start = 0;
        int index = 0;
        for (String written : sentence.split(" ")) {
            String tag = written.contains("/") ? written.substring(written.indexOf('/') + 1) : "O";
            String word = written.contains("/") ? written.substring(0, written.indexOf('/')) : written;
            if (word.endsWith("'s") && word.length() > 2) {
                String stem = word.substring(0, word.length() - 2);
                tokens.add(new Token(index++, 0, start, start + stem.length(), stem, stem.toLowerCase(), "NNP", tag, null));
                start += stem.length();
                tokens.add(new Token(index++, 0, start, start + 2, "'s", "'s", "POS", tag, null));
                start += 3;
            } else {
                tokens.add(new Token(index++, 0, start, start + word.length(), word, word.toLowerCase(), "NNP", tag, null));
                start += word.length() + 1;
            }
        }
        return tokens;
    }
}
