package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.nlp.AnnotatedSentence;

/** Names coordinated with a name the NER calls a place, on hand-parsed sentences (session 18, s18-entities). */
class ListedPlaceConjunctsTest {

    @ParameterizedTest(name = "{0} [{2}] -> {3}")
    @CsvSource(delimiter = '|', value = {
        // "between Lancaster and Leeds": Leeds, which the NER called a club, beside a town it called a place
        "trains between Lancaster/NNP/lancaster/LOCATION and/CC/and Leeds/NNP/leeds/ORGANIZATION stopped/VBD/stop ."
                + " | 4:nsubj:0 2:case:1 0:nmod:between:2 2:conj:and:4 4:cc:3 | Leeds | true",
        // "as far as Kendal and Penrith": the conjunct the NER took for a person comes first
        "donations came from as far as Kendal/NNP/kendal/PERSON and/CC/and Penrith/NNP/penrith/LOCATION ."
                + " | 6:conj:and:8 8:cc:7 | Kendal | true",
        // beside an organisation or a person, or with no coordination, nothing is said
        "trains between Corvane/NNP/corvane/ORGANIZATION and/CC/and Leeds/NNP/leeds/ORGANIZATION stopped/VBD/stop ."
                + " | 2:conj:and:4 4:cc:3 | Leeds | false",
        "Kendal/NNP/kendal/PERSON and/CC/and Marlow/NNP/marlow/PERSON spoke/VBD/speak ."
                + " | 3:nsubj:0 0:conj:and:2 2:cc:1 | Kendal | false",
        "fans of Leeds/NNP/leeds/ORGANIZATION in/IN/in Lancaster/NNP/lancaster/LOCATION sang/VBD/sing ."
                + " | 2:nmod:in:4 4:case:3 | Leeds | false"})
    void aNameBesideAPlaceIsFound(String words, String parse, String name, boolean expected) {
        AnnotatedSentence sentence = TypeCuesTest.sentence(words, parse.isBlank() ? "" : parse);
        int[] span = TypeCuesTest.find(sentence, name);
        assertEquals(expected, ListedPlaceConjuncts.besidePlace(sentence,
                sentence.tokens().subList(span[0], span[1])), words);
    }
}
