package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.nlp.AnnotatedSentence;

/** {@link OwnedNames}: words (word/TAG/lemma/NER) and parse (governor:relation:dependent) as CoreNLP gives them. */
class OwnedNamesTest {

    @ParameterizedTest(name = "{0} -> {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Fenwick/NNP/fenwick/ORGANIZATION Software/NNP/software/ORGANIZATION 's/POS Notara/NNP/notara/O is/VBZ/be used/VBN/use ./. | 1:compound:0 3:nmod:poss:1 1:case:2 5:nsubj:pass:3 5:aux:pass:4 5:punct:6 | Notara | PRODUCT
            Fenwick/NNP/fenwick/ORGANIZATION Software/NNP/software/ORGANIZATION 's/POS Notara/NNP/notara/O said/VBD/say ./. | 1:compound:0 3:nmod:poss:1 1:case:2 4:nsubj:3 4:punct:5 | Notara | -
            Fenwick/NNP/fenwick/ORGANIZATION Software/NNP/software/ORGANIZATION 's/POS Notara/NNP/notara/PERSON is/VBZ/be used/VBN/use ./. | 1:compound:0 3:nmod:poss:1 1:case:2 5:nsubj:pass:3 5:aux:pass:4 5:punct:6 | Notara | -
            Fenwick/NNP/fenwick/ORGANIZATION Software/NNP/software/ORGANIZATION 's/POS Notara/NNP/notara/O unit/NN/unit grew/VBD/grow ./. | 1:compound:0 4:nmod:poss:1 1:case:2 4:compound:3 5:nsubj:4 5:punct:6 | Notara | -
            Elena/NNP/elena/PERSON 's/POS Notara/NNP/notara/O is/VBZ/be used/VBN/use ./. | 2:nmod:poss:0 0:case:1 4:nsubj:pass:2 4:aux:pass:3 4:punct:5 | Notara | -
            Many/JJ/many lawyers/NNS/lawyer use/VBP/use Notara/NNP/notara/O ./. | 1:amod:0 2:nsubj:1 2:obj:3 2:punct:4 | Notara | -
            """)
    void aNameACompanyOwnsThatNothingElseTypesIsItsProduct(String words, String parse, String name, String type) {
        AnnotatedSentence sentence = TypeCuesTest.sentence(words.strip(), parse.strip());
        int[] at = TypeCuesTest.find(sentence, name);
        TypeCues.Cue cue = OwnedNames.product(sentence, sentence.tokens(), at[0], at[1]);
        assertEquals(type, cue == null ? "-" : cue.type().name());
    }
}
