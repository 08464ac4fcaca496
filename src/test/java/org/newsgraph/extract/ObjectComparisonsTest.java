package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.testing.IndexedSentence;

/**
 * Session 36 (s36-news, issue 12): a comparison set after the clause's object ("harvested 52 million tonnes of maize,
 * 7% less than last year") compares the object, not the verb's subject; one with no object before it keeps it.
 */
class ObjectComparisonsTest {

    @Test
    void aComparisonAfterTheObjectComparesTheObject() {
        AnnotatedSentence maize = IndexedSentence.of("The/DT country/NN harvested/VBD/harvest 52/CD million/CD "
                        + "tonnes/NNS/tonne of/IN maize/NN ,/, 7/CD %/NN less/JJR than/IN last/JJ year/NN ./.",
                "det 2 1;nsubj 3 2;root 0 3;compound 5 4;nummod 6 5;obj 3 6;case 8 7;nmod:of 6 8;punct 3 9;"
                        + "nummod 11 10;obl:npmod 12 11;advmod 3 12;case 15 13;amod 15 14;obl:than 12 15;punct 3 16");
        assertTrue(ObjectComparisons.comparesObject(maize, maize.token(2),
                List.of(maize.token(9), maize.token(10), maize.token(11))));
    }

    @Test
    void aComparisonWithNoObjectBeforeItOrNoComparativeIsNone() {
        AnnotatedSentence shares = IndexedSentence.of("Shares/NNS/share rose/VBD/rise 5/CD %/NN more/JJR than/IN "
                        + "the/DT index/NN ./.",
                "nsubj 2 1;root 0 2;nummod 4 3;obl:npmod 5 4;advmod 2 5;case 8 6;det 8 7;obl:than 5 8;punct 2 9");
        assertFalse(ObjectComparisons.comparesObject(shares, shares.token(1),
                List.of(shares.token(2), shares.token(3), shares.token(4))));
        AnnotatedSentence sold = IndexedSentence.of("The/DT firm/NN sold/VBD/sell 400/CD cars/NNS/car ,/, up/RB "
                        + "5/CD %/NN ./.",
                "det 2 1;nsubj 3 2;root 0 3;nummod 5 4;obj 3 5;punct 3 6;advmod 3 7;nummod 9 8;obl:npmod 7 9;punct 3 10");
        assertFalse(ObjectComparisons.comparesObject(sold, sold.token(2), List.of(sold.token(7), sold.token(8))));
    }
}
