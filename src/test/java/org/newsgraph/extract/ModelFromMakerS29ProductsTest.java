package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.nlp.AnnotatedSentence;

/**
 * s29-products: a name the NER left untyped with a model's number, "from" an organisation the NER names ("The Skimmer 6
 * from Pellory Robotics is its closest rival"), is a product (ModelNames.numbered, its cue product-name-and-number),
 * which product-from then gives its maker. Not "from" a place, nor from a name the NER calls a person. Each row a
 * hand-parsed sentence ({@link TypeCuesTest#sentence}), the name (its number after it) and the cue's rule or "none".
 */
class ModelFromMakerS29ProductsTest {

    @ParameterizedTest(name = "{2} in {0}")
    @CsvSource(delimiter = '|', value = {
        "The/DT Skimmer/NNP 6/CD from/IN Pellory/NNP/pellory/ORGANIZATION Robotics/NNP/robotics/ORGANIZATION is/VBZ/be "
                + "its/PRP$ closest/JJS rival/NN ./. | 1:det:0 9:nsubj:1 1:nummod:2 5:case:3 5:compound:4 1:nmod:from:5 "
                + "9:cop:6 9:nmod:poss:7 9:amod:8 | Skimmer | product-name-and-number",
        "Buyers/NNS/buyer liked/VBD/like the/DT Tarrow/NNP 3/CD from/IN Quenby/NNP/quenby/ORGANIZATION ./. "
                + "| 1:nsubj:0 3:det:2 1:obj:3 3:nummod:4 6:case:5 3:nmod:from:6 | Tarrow | product-name-and-number",
        // from a place; from a person
        "The/DT Vantor/NNP 4/CD from/IN Oslo/NNP/oslo/LOCATION is/VBZ/be cheap/JJ ./. "
                + "| 1:det:0 6:nsubj:1 1:nummod:2 4:case:3 1:nmod:from:4 6:cop:5 | Vantor | none",
        "The/DT Vantor/NNP 4/CD from/IN Maria/NNP/maria/PERSON Lund/NNP/lund/PERSON is/VBZ/be cheap/JJ ./. "
                + "| 1:det:0 7:nsubj:1 1:nummod:2 5:case:3 5:compound:4 1:nmod:from:5 7:cop:6 | Vantor | none"})
    void aNumberedNameFromAFirmIsItsModel(String words, String parse, String name, String expected) {
        AnnotatedSentence sentence = TypeCuesTest.sentence(words.strip(), parse.strip());
        int[] span = TypeCuesTest.find(sentence, name.strip());
        TypeCues.Cue cue = ModelNames.numbered(sentence, sentence.tokens(), span[0], span[1], null);
        assertEquals(expected.strip(), cue == null ? "none" : cue.rule(), words);
    }
}
