package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.nlp.AnnotatedSentence;

/**
 * s23-names: what is acquired is a business, by the parse (TypeCues rule "acquired"), whatever place the NER guessed;
 * not a place the NER lists, nor a full person's name. Real sources: KPI-EDGAR train, "the Alere acquisition" (ABT),
 * "the acquisition of Loxo" (LLY), "acquired Innovel Solutions" (COST), "the Patheon acquisition" (TMO). Each row a
 * hand-parsed sentence ({@link TypeCuesTest#sentence}), the name, and the rule and type its cue gives (or "none").
 */
class AcquiredNamesS23NamesTest {

    @ParameterizedTest(name = "{2} in {0}")
    @CsvSource(delimiter = '|', value = {
        "the company/NN/company acquired/VBD/acquire Loxvane/NNP/loxvane/LOCATION last/JJ/last year/NN/year . "
                + "| 2:nsubj:1 1:det:0 2:obj:3 2:obl:tmod:5 5:amod:4 | Loxvane | acquired Organization",
        "the acquisition/NN/acquisition of Loxvane/NNP/loxvane/LOCATION closed/VBD/close . "
                + "| 1:det:0 1:nmod:of:3 3:case:2 4:nsubj:1 | Loxvane | acquired Organization",
        "the Alvera/NNP/alvera/LOCATION acquisition/NN/acquisition added/VBD/add goodwill/NN/goodwill . "
                + "| 2:det:0 2:compound:1 3:nsubj:2 3:obj:4 | Alvera | acquired Organization",
        "the takeover/NN/takeover of Brenmoor/NNP/brenmoor/LOCATION failed/VBD/fail . "
                + "| 1:det:0 1:nmod:of:3 3:case:2 4:nsubj:1 | Brenmoor | acquired Organization",
        // a person is traded, not acquired as a business; a place the NER lists stays a place
        "the Lakers/NNPS/laker/ORGANIZATION acquired/VBD/acquire Marco/NNP/marco/PERSON Delane/NNP/delane/PERSON . "
                + "| 2:nsubj:1 1:det:0 2:obj:4 4:compound:3 | Marco Delane | none",
        "the Texas/NNP/texas/STATE_OR_PROVINCE acquisition/NN/acquisition added/VBD/add goodwill/NN/goodwill . "
                + "| 2:det:0 2:compound:1 3:nsubj:2 3:obj:4 | Texas | none"})
    void whatIsAcquiredIsABusiness(String words, String parse, String name, String expected) {
        AnnotatedSentence sentence = TypeCuesTest.sentence(words.strip(), parse.strip());
        int[] span = TypeCuesTest.find(sentence, name.strip());
        TypeCues.Cue cue = TypeCues.cue(sentence, span[0], span[1]);
        String got = cue == null || !cue.rule().equals(TypeCues.ACQUIRED) ? "none" : cue.rule() + " " + cue.type().label();
        assertEquals(expected.strip(), got, words);
    }
}
