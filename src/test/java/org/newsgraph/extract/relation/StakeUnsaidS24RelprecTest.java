package org.newsgraph.extract.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.extract.EntityType;

/**
 * Session 24 (s24-relprec): rule {@code stake-unsaid} falls back to the organisation the sentence is about only when
 * nothing in the sentence says where the stake is; a verb with its own "in" (the parser's attachment of "a stake ...
 * in Y" to the verb, and enhanced++'s antecedent of "in which") names another company (held-out s23-relprec B: "a
 * Dutch start-up in which Larchmont bought a 15% stake" read as a stake in the article's company). The parses are the
 * shapes CoreNLP gives.
 */
class StakeUnsaidS24RelprecTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Halvorsen Industries said Brindle Capital has a 9.5% stake"
                + " | Halvorsen/NNP Industries/NNPS said/VBD/say Brindle/NNP Capital/NNP has/VBZ/have a/DT 9.5/CD"
                + " %/NN stake/NN/stake"
                + " | root 0 3;compound 2 1;nsubj 3 2;ccomp 3 6;compound 5 4;nsubj 6 5;obj 6 10;det 10 7;"
                + "compound 10 9;nummod 9 8"
                + " | brindle-capital investsIn halvorsen-industries 0.65",
        "Halvorsen Industries said Brindle Capital bought a 15% stake last year in a start-up"
                + " | Halvorsen/NNP Industries/NNPS said/VBD/say Brindle/NNP Capital/NNP bought/VBD/buy a/DT 15/CD"
                + " %/NN stake/NN/stake last/JJ year/NN/year in/IN a/DT start-up/NN/start-up"
                + " | root 0 3;compound 2 1;nsubj 3 2;ccomp 3 6;compound 5 4;nsubj 6 5;obj 6 10;det 10 7;"
                + "compound 10 9;nummod 9 8;obl:tmod 6 12;amod 12 11;obl:in 6 15;case 15 13;det 15 14"
                + " |",
        "Halvorsen Industries owns a start-up in which Brindle Capital bought a 15% stake"
                + " | Halvorsen/NNP Industries/NNPS owns/VBZ/own a/DT start-up/NN/start-up in/IN which/WDT"
                + " Brindle/NNP Capital/NNP bought/VBD/buy a/DT 15/CD %/NN stake/NN/stake"
                + " | root 0 3;compound 2 1;nsubj 3 2;obj 3 5;det 5 4;acl:relcl 5 10;obl:in 10 5;ref 5 7;case 7 6;"
                + "compound 9 8;nsubj 10 9;obj 10 14;det 14 11;compound 14 13;nummod 13 12"
                + " |"})
    void aStakeWhoseCompanyTheVerbSaysIsNotTheTopics(String sentence, String words, String dependencies,
                                                      String expected) {
        assertEquals(expected == null ? List.of() : List.of(expected), BundledRuleReadS24Relprec.read(words,
                dependencies, "stake-unsaid", Map.of("Halvorsen Industries", EntityType.ORGANIZATION,
                        "Brindle Capital", EntityType.ORGANIZATION)), sentence);
    }
}
