package org.newsgraph.extract.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.extract.EntityType;

/**
 * Session 24 (s24-relprec): a relation read under a right not yet used is weak ({@link Hedge#unusedRight}). The class
 * on real text: a 10-K (KPI-EDGAR train, DIS 2020 and 2021: "NBCU has the option to require the Company to purchase
 * NBCU's interest in Hulu", "the Company has the right to buy MLB's interest", "has the right to acquire the NHL
 * interest") and a Wikinews article (MEANTIME tuning half, Fiat: "intends to use its option to buy the share in
 * Chrysler"); a right that is used states the deal (MEANTIME tuning, Ryanair: "exercising its options with Boeing to
 * purchase five 737s"). The sentences below are made up on the parses CoreNLP gives such sentences; each runs the
 * bundled rule it names.
 */
class UnusedRightS24RelprecTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // a right to buy a stake is no stake held: weak
        "Halvorsen Industries secured the right to buy a 20% stake in Brindle Software"
                + " | Halvorsen/NNP Industries/NNPS secured/VBD/secure the/DT right/NN/right to/TO buy/VB/buy a/DT"
                + " 20/CD %/NN stake/NN/stake in/IN Brindle/NNP Software/NNP"
                + " | root 0 3;compound 2 1;nsubj 3 2;obj 3 5;det 5 4;acl:to 5 7;mark 7 6;obj 7 11;det 11 8;"
                + "compound 11 10;nummod 10 9;nmod:in 11 14;case 14 12;compound 14 13"
                + " | stake-in | halvorsen-industries investsIn brindle-software 0.6",
        // an option to acquire a company is no acquisition: weak
        "Halvorsen Industries' option to acquire Brindle Software"
                + " | Halvorsen/NNP Industries/NNPS '/POS option/NN/option to/TO acquire/VB/acquire Brindle/NNP"
                + " Software/NNP"
                + " | root 0 4;compound 2 1;nmod:poss 4 2;case 2 3;acl:to 4 6;mark 6 5;obj 6 8;compound 8 7"
                + " | acquire-verb | halvorsen-industries acquires brindle-software 0.6",
        // warrants to buy a stake: weak
        "Halvorsen Industries' warrants to buy a stake in Brindle Software"
                + " | Halvorsen/NNP Industries/NNPS '/POS warrants/NNS/warrant to/TO buy/VB/buy a/DT stake/NN/stake"
                + " in/IN Brindle/NNP Software/NNP"
                + " | root 0 4;compound 2 1;nmod:poss 4 2;case 2 3;acl:to 4 6;mark 6 5;obj 6 8;det 8 7;nmod:in 8 11;"
                + "case 11 9;compound 11 10"
                + " | stake-in | halvorsen-industries investsIn brindle-software 0.6",
        // the 10-K's shape: the option's holder may require the other to buy; the buyer's stake is only possible
        "Corra Labs has the option to require Halvorsen Industries to buy a stake in Brindle Software"
                + " | Corra/NNP Labs/NNPS has/VBZ/have the/DT option/NN/option to/TO require/VB/require Halvorsen/NNP"
                + " Industries/NNPS to/TO buy/VB/buy a/DT stake/NN/stake in/IN Brindle/NNP Software/NNP"
                + " | root 0 3;compound 2 1;nsubj 3 2;obj 3 5;det 5 4;acl:to 5 7;mark 7 6;obj 7 9;compound 9 8;"
                + "xcomp 7 11;mark 11 10;nsubj:xsubj 11 9;obj 11 13;det 13 12;nmod:in 13 16;case 16 14;"
                + "compound 16 15"
                + " | stake-in | halvorsen-industries investsIn brindle-software 0.6",
        // a right used states the deal: as sure as the rule
        "Halvorsen Industries' exercise of its right: Halvorsen Industries exercised the right to buy a 20% stake in"
                + " Brindle Software"
                + " | Halvorsen/NNP Industries/NNPS exercised/VBD/exercise the/DT right/NN/right to/TO buy/VB/buy"
                + " a/DT 20/CD %/NN stake/NN/stake in/IN Brindle/NNP Software/NNP"
                + " | root 0 3;compound 2 1;nsubj 3 2;obj 3 5;det 5 4;acl:to 5 7;mark 7 6;nsubj:xsubj 7 2;obj 7 11;"
                + "det 11 8;compound 11 10;nummod 10 9;nmod:in 11 14;case 14 12;compound 14 13"
                + " | stake-in | halvorsen-industries investsIn brindle-software 0.8",
        // no right at all: as sure as the rule
        "Halvorsen Industries holds a 20% stake in Brindle Software"
                + " | Halvorsen/NNP Industries/NNPS holds/VBZ/hold a/DT 20/CD %/NN stake/NN/stake in/IN Brindle/NNP"
                + " Software/NNP"
                + " | root 0 3;compound 2 1;nsubj 3 2;obj 3 7;det 7 4;compound 7 6;nummod 6 5;nmod:in 7 10;case 10 8;"
                + "compound 10 9"
                + " | stake-in | halvorsen-industries investsIn brindle-software 0.8"})
    void aRelationUnderARightNotYetUsedIsWeak(String sentence, String words, String dependencies, String rule,
                                              String expected) {
        assertEquals(List.of(expected),
                BundledRuleReadS24Relprec.read(words, dependencies, rule, Map.of("Halvorsen Industries",
                        EntityType.ORGANIZATION, "Brindle Software", EntityType.ORGANIZATION, "Corra Labs",
                        EntityType.ORGANIZATION)), sentence);
    }
}
