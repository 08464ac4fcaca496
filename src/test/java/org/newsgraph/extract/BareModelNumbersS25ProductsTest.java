package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.nlp.AnnotatedSentence;

/**
 * {@link BareModelNumbers}: CoreNLP's tokens and enhanced++ edges of a sentence (head:relation:dependent), the
 * number's token, and the rule that makes it a model, or "none". Real sources: MEANTIME dev, tuning half, 11714
 * ("purchase five new 737 aircraft") and 71426 ("a potential deal for their new 787 aircraft"); the rest is made up.
 */
class BareModelNumbersS25ProductsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ryanair/NNP/ryanair/ORGANIZATION ordered/VBD/order five/CD/five/NUMBER new/JJ 737/CD/737/NUMBER aircraft/NN/aircraft ./. | 1:nsubj:0 1:obj:5 5:nummod:2 5:amod:3 5:nummod:4 1:punct:6 | 4 | model-number-after-count
            Orders/NNS/order for/IN 12/CD/12/NUMBER 787/CD/787/NUMBER jets/NNS/jet arrived/VBD/arrive ./. | 5:nsubj:0 0:nmod:for:4 4:case:1 4:nummod:2 4:nummod:3 5:punct:6 | 3 | model-number-after-count
            The/DT airline/NN operates/VBZ/operate 230/CD/230/NUMBER aircraft/NN/aircraft ./. | 1:det:0 2:nsubj:1 2:obj:4 4:nummod:3 2:punct:5 | 3 | none
            The/DT carrier/NN flies/VBZ/fly its/PRP$ new/JJ 787/CD/787/NUMBER aircraft/NN/aircraft ./. | 1:det:0 2:nsubj:1 2:obj:6 6:nmod:poss:3 6:amod:4 6:nummod:5 2:punct:7 | 5 | model-number-after-adjective
            The/DT carrier/NN flies/VBZ/fly its/PRP$ 787/CD/787/NUMBER aircraft/NN/aircraft ./. | 1:det:0 2:nsubj:1 2:obj:5 5:nmod:poss:3 5:nummod:4 2:punct:6 | 4 | none
            It/PRP took/VBD/take the/DT remaining/JJ/remaining 230/CD/230/NUMBER aircraft/NN/aircraft ./. | 1:nsubj:0 1:obj:5 5:det:2 5:amod:3 5:nummod:4 1:punct:6 | 4 | none
            It/PRP took/VBD/take the/DT first/JJ/first/ORDINAL 100/CD/100/NUMBER aircraft/NN/aircraft ./. | 1:nsubj:0 1:obj:5 5:det:2 5:amod:3 5:nummod:4 1:punct:6 | 4 | none
            It/PRP sold/VBD/sell its/PRP$ old/JJ 500/CD/500/NUMBER staff/NN/staff ./. | 1:nsubj:0 1:obj:5 5:nmod:poss:2 5:amod:3 5:nummod:4 1:punct:6 | 4 | none
            The/DT firm/NN hired/VBD/hire five/CD/five/NUMBER new/JJ 200/CD/200/NUMBER staff/NN/staff ./. | 1:det:0 2:nsubj:1 2:obj:6 6:nummod:3 6:amod:4 6:nummod:5 2:punct:7 | 5 | none
            The/DT carrier/NN will/MD retire/VB its/PRP$ ageing/JJ 767s/NNS/767s ./. | 1:det:0 3:nsubj:1 3:aux:2 3:obj:6 6:nmod:poss:4 6:amod:5 3:punct:7 | 6 | model-number-in-plural
            Prices/NNS/price rose/VBD/rise into/IN the/DT 300s/NNS/300s ./. | 1:nsubj:0 1:obl:into:4 4:case:2 4:det:3 1:punct:5 | 4 | none
            Its/PRP$ 767s/NNS/767s fleet/NN/fleet is/VBZ/be old/JJ ./. | 2:nmod:poss:0 2:compound:1 4:nsubj:2 4:cop:3 4:punct:5 | 1 | none
            """)
    void aBareNumberIsAModelOnlyWhereTheParseRulesOutACount(String words, String parse, int number, String rule) {
        AnnotatedSentence sentence = TypeCuesTest.sentence(words, parse);
        TypeCues.Cue cue = BareModelNumbers.cue(sentence, sentence.tokens().get(number));
        assertEquals(rule, cue == null ? "none" : cue.rule());
    }
}
