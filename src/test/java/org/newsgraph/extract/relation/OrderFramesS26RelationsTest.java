package org.newsgraph.extract.relation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 26 (s26-relations, issue 13): orders and leases whose seller the parse hangs on the goods ("ordered 30 jets
 * from Y": nmod:from on the object, not obl:from on the verb), on the order's goods ("an order for 30 jets from Y",
 * placed or owned by the buyer, won by the seller from the buyer), and on a possessor's goods in the passive ("Eleven
 * of X's planes are leased from Y"). A lessee is the lessor's customer. A company bought from its seller is no order
 * of goods (the last row). The rows of the new rules that read a relation fail without the change; the refusals of
 * the older rules (buy-from, order-from) show that they did not read these before.
 */
class OrderFramesS26RelationsTest {

    @ParameterizedTest(name = "{0} [{3}]")
    @CsvSource(delimiter = '|', value = {
        "Korvath Air, which ordered 30 jets from Velmont Aerospace last year, cut 300 jobs."
                + " | Korvath/NNP Air/NNP ,/, which/WDT ordered/VBD/order 30/CD jets/NNS/jet from/IN Velmont/NNP Aerospace/NNP last/JJ year/NN ,/, cut/VBD 300/CD jobs/NNS/job ./."
                + " | root 0 14;compound 2 1;ref 2 4;acl:relcl 2 5;nsubj 5 2;obj 5 7;obl:tmod 5 12;nsubj 14 2;obj 14 16;nummod 7 6;nmod:from 7 10;case 10 8;compound 10 9;amod 12 11;nummod 16 15"
                + " | order-goods-from | Korvath Air=O;Velmont Aerospace=O | korvath-air customerOf velmont-aerospace 0.75",
        "Korvath Air, which ordered 30 jets from Velmont Aerospace last year, cut 300 jobs."
                + " | Korvath/NNP Air/NNP ,/, which/WDT ordered/VBD/order 30/CD jets/NNS/jet from/IN Velmont/NNP Aerospace/NNP last/JJ year/NN ,/, cut/VBD 300/CD jobs/NNS/job ./."
                + " | root 0 14;compound 2 1;ref 2 4;acl:relcl 2 5;nsubj 5 2;obj 5 7;obl:tmod 5 12;nsubj 14 2;obj 14 16;nummod 7 6;nmod:from 7 10;case 10 8;compound 10 9;amod 12 11;nummod 16 15"
                + " | buy-from | Korvath Air=O;Velmont Aerospace=O | ",
        "Korvath Air's order for 30 jets from Velmont Aerospace is worth $3 billion."
                + " | Korvath/NNP Air/NNP 's/POS order/NN for/IN 30/CD jets/NNS/jet from/IN Velmont/NNP Aerospace/NNP is/VBZ/be worth/JJ $/$ 3/CD billion/CD ./."
                + " | root 0 12;compound 2 1;case 2 3;nmod:poss 4 2;nmod:for 4 7;nsubj 12 4;cop 12 11;dep 12 13;case 7 5;nummod 7 6;nmod:from 7 10;case 10 8;compound 10 9;nummod 13 15;compound 15 14"
                + " | order-for-goods-from | Korvath Air=O;Velmont Aerospace=O | korvath-air customerOf velmont-aerospace 0.75",
        "Velmont Aerospace won an order for 30 jets from Korvath Air."
                + " | Velmont/NNP Aerospace/NNP won/VBD/win an/DT/a order/NN for/IN 30/CD jets/NNS/jet from/IN Korvath/NNP Air/NNP ./."
                + " | root 0 3;compound 2 1;nsubj 3 2;obj 3 5;det 5 4;nmod:for 5 8;case 8 6;nummod 8 7;nmod:from 8 11;case 11 9;compound 11 10"
                + " | won-order-for-goods-from | Korvath Air=O;Velmont Aerospace=O | korvath-air customerOf velmont-aerospace 0.75",
        "Velmont Aerospace won an order for 30 jets from Korvath Air."
                + " | Velmont/NNP Aerospace/NNP won/VBD/win an/DT/a order/NN for/IN 30/CD jets/NNS/jet from/IN Korvath/NNP Air/NNP ./."
                + " | root 0 3;compound 2 1;nsubj 3 2;obj 3 5;det 5 4;nmod:for 5 8;case 8 6;nummod 8 7;nmod:from 8 11;case 11 9;compound 11 10"
                + " | order-from | Korvath Air=O;Velmont Aerospace=O | ",
        "Eleven of Korvath Air's planes are leased from Corbel Leasing."
                + " | Eleven/NNP of/IN Korvath/NNP Air/NNP 's/POS planes/NNS/plane are/VBP/be leased/VBN/lease from/IN Corbel/NNP Leasing/NNP ./."
                + " | root 0 8;nsubj:pass 8 1;aux:pass 8 7;obl:from 8 11;nmod:of 1 6;case 6 2;nmod:poss 6 4;compound 4 3;case 4 5;case 11 9;compound 11 10"
                + " | possessor-goods-from | Korvath Air=O;Corbel Leasing=O | korvath-air customerOf corbel-leasing 0.7",
        "Halvorsen Industries struck a $2 billion deal to buy Brindle Software from Pellmore Robotics."
                + " | Halvorsen/NNP Industries/NNPS struck/VBD/strike a/DT $/$ 2/CD billion/CD deal/NN to/TO buy/VB Brindle/NNP Software/NNP from/IN Pellmore/NNP Robotics/NNP ./."
                + " | root 0 3;compound 2 1;nsubj 3 2;obj 3 8;xcomp 3 10;det 8 4;nummod 8 5;nummod 5 7;compound 7 6;nsubj:xsubj 10 8;mark 10 9;obj 10 12;obl:from 10 15;compound 12 11;case 15 13;compound 15 14"
                + " | order-goods-from | Halvorsen Industries=O;Brindle Software=O;Pellmore Robotics=O | ",
    })
    void theRuleReadsTheFrame(String sentence, String words, String dependencies, String rule, String names,
                              String expected) {
        BundledRuleReadS24Relprec.assertReads(sentence, words, dependencies, rule, names, expected);
    }
}
