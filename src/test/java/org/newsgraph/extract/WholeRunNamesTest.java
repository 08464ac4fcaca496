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
 * A mention cut inside a capitalised run that the article names in full elsewhere, on two hand-made sentences
 * (capitalised words NNP): the first sentence's mention (its first {@code cut} words), the second sentence's name (its
 * first {@code full} words), and the first sentence's mention after.
 */
class WholeRunNamesTest {

    @ParameterizedTest(name = "{0} / {2} -> {4}")
    @CsvSource(delimiter = '|', value = {
        // s36-relations A: the NER found "Tamrock Games" only in the second sentence
        "Tamrock Games released the game .| 1| Tamrock Games is owned by a group .| 2| Tamrock Games",
        // the run goes on past the longer name: only as far as the article's name
        "Tamrock Games Studio released the game .| 1| Tamrock Games is owned by a group .| 2| Tamrock Games",
        // no longer name in the article: as found
        "Tamrock Games released the game .| 1| Tamrock said sales rose .| 1| Tamrock",
        // the longer name is not the run's words: as found
        "Tamrock Media released the game .| 1| Tamrock Games is owned by a group .| 2| Tamrock"})
    void aCutMentionTakesTheRunTheArticleNamesInFull(String first, int cut, String second, int full, String expected) {
        List<Token> one = WrittenTokens.of(first, WholeRunNamesTest::pos);
        String firstText = String.join(" ", one.stream().map(Token::text).toList());
        int offset = firstText.length() + 1;
        List<Token> two = new ArrayList<>();
        for (Token t : WrittenTokens.of(second, WholeRunNamesTest::pos)) {
            two.add(new Token(t.index() + one.size(), 1, t.start() + offset, t.end() + offset, t.text(), t.lemma(),
                    t.pos(), t.ner(), null));
        }
        String text = firstText + " " + String.join(" ", two.stream().map(Token::text).toList());
        AnnotatedText doc = new AnnotatedText(text, List.of(new AnnotatedSentence(0, 0, firstText.length(), one, List.of()),
                new AnnotatedSentence(1, offset, text.length(), two, List.of())));
        List<FoundName> found = List.of(
                new FoundName(0, one.get(cut - 1).end(), text.substring(0, one.get(cut - 1).end()), 0,
                        EntityType.ORGANIZATION, TypeVote.NER_VOTE, null, null),
                new FoundName(offset, two.get(full - 1).end(), text.substring(offset, two.get(full - 1).end()), 1,
                        EntityType.ORGANIZATION, TypeVote.NER_VOTE, null, null));
        List<FoundName> out = WholeRunNames.extend(doc, found);
        assertEquals(expected, out.stream().filter(f -> f.sentence() == 0).findFirst().orElseThrow().text());
    }

    private static String pos(String word) {
        return Character.isUpperCase(word.charAt(0)) ? "NNP" : word.matches("\\p{L}+") ? "NN" : word;
    }
}
