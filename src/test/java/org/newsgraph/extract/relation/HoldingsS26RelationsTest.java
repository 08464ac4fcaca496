package org.newsgraph.extract.relation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 26 (s26-relations, issue 13): one convention for holdings. A stated share below half with no word of control
 * is an investment (X investsIn Y), in the active ("owns 12% of", "holds 35 percent of", a relative clause) and the
 * passive ("is 30 percent owned by"); exactly half is an investment, weakly (0.6); a majority ("most of", "51% owned",
 * "majority-owned", "a 62% stake", "in which X holds a 62% stake", "X's 62% stake") is ownership (Y ownedBy X), and the
 * rules that read a stake as an investment refuse a majority stake. Each row is one rule on one sentence in the shape
 * CoreNLP parses it (words {@code text/TAG[/lemma]}, dependencies 1-based), with what it reads; an empty last column
 * is nothing. The rows of the new rules and the refusals of the old ones fail without the change; the rows of own-verb
 * on "51% owned" and "majority-owned" and of stake-in on a 30% stake hold before and after.
 */
class HoldingsS26RelationsTest {

    @ParameterizedTest(name = "{0} [{3}]")
    @CsvSource(delimiter = '|', value = {
        "Halvorsen Industries owns 12% of Brindle Software."
                + " | Halvorsen/NNP Industries/NNPS owns/VBZ/own 12/CD %/NN of/IN Brindle/NNP Software/NNP ./."
                + " | root 0 3;compound 2 1;nsubj 3 2;obj 3 5;nummod 5 4;nmod:of 5 8;case 8 6;compound 8 7"
                + " | own-share-of-minority | Halvorsen Industries=O;Brindle Software=O | halvorsen-industries investsIn brindle-software 0.8",
        "Halvorsen Industries owns 12% of Brindle Software."
                + " | Halvorsen/NNP Industries/NNPS owns/VBZ/own 12/CD %/NN of/IN Brindle/NNP Software/NNP ./."
                + " | root 0 3;compound 2 1;nsubj 3 2;obj 3 5;nummod 5 4;nmod:of 5 8;case 8 6;compound 8 7"
                + " | own-share-of | Halvorsen Industries=O;Brindle Software=O | ",
        "Halvorsen Industries, which holds 35 percent of Brindle Software, opposed the deal."
                + " | Halvorsen/NNP Industries/NNPS ,/, which/WDT holds/VBZ/hold 35/CD percent/NN of/IN Brindle/NNP Software/NNP ,/, opposed/VBD/oppose the/DT deal/NN ./."
                + " | root 0 12;compound 2 1;ref 2 4;acl:relcl 2 5;nsubj 5 2;obj 5 7;nsubj 12 2;obj 12 14;nummod 7 6;nmod:of 7 10;case 10 8;compound 10 9;det 14 13"
                + " | own-share-of-minority | Halvorsen Industries=O;Brindle Software=O | halvorsen-industries investsIn brindle-software 0.8",
        "Halvorsen Industries, which holds 35 percent of Brindle Software, opposed the deal."
                + " | Halvorsen/NNP Industries/NNPS ,/, which/WDT holds/VBZ/hold 35/CD percent/NN of/IN Brindle/NNP Software/NNP ,/, opposed/VBD/oppose the/DT deal/NN ./."
                + " | root 0 12;compound 2 1;ref 2 4;acl:relcl 2 5;nsubj 5 2;obj 5 7;nsubj 12 2;obj 12 14;nummod 7 6;nmod:of 7 10;case 10 8;compound 10 9;det 14 13"
                + " | own-share-of | Halvorsen Industries=O;Brindle Software=O | ",
        "Halvorsen Industries owns half of Brindle Software."
                + " | Halvorsen/NNP Industries/NNPS owns/VBZ/own half/NN of/IN Brindle/NNP Software/NNP ./."
                + " | root 0 3;compound 2 1;nsubj 3 2;obj 3 4;nmod:of 4 7;case 7 5;compound 7 6"
                + " | own-share-of-half | Halvorsen Industries=O;Brindle Software=O | halvorsen-industries investsIn brindle-software 0.6",
        "Halvorsen Industries owns half of Brindle Software."
                + " | Halvorsen/NNP Industries/NNPS owns/VBZ/own half/NN of/IN Brindle/NNP Software/NNP ./."
                + " | root 0 3;compound 2 1;nsubj 3 2;obj 3 4;nmod:of 4 7;case 7 5;compound 7 6"
                + " | own-share-of | Halvorsen Industries=O;Brindle Software=O | ",
        "Halvorsen Industries owns most of Brindle Software."
                + " | Halvorsen/NNP Industries/NNPS owns/VBZ/own most/JJS of/IN Brindle/NNP Software/NNP ./."
                + " | root 0 3;compound 2 1;nsubj 3 2;obj 3 4;nmod:of 4 7;case 7 5;compound 7 6"
                + " | own-share-of | Halvorsen Industries=O;Brindle Software=O | brindle-software ownedBy halvorsen-industries 0.8",
        "Halvorsen Industries owns most of Brindle Software."
                + " | Halvorsen/NNP Industries/NNPS owns/VBZ/own most/JJS of/IN Brindle/NNP Software/NNP ./."
                + " | root 0 3;compound 2 1;nsubj 3 2;obj 3 4;nmod:of 4 7;case 7 5;compound 7 6"
                + " | own-share-of-minority | Halvorsen Industries=O;Brindle Software=O | ",
        "Brindle Software is 30 percent owned by Halvorsen Industries."
                + " | Brindle/NNP Software/NNP is/VBZ/be 30/CD percent/NN owned/VBN/own by/IN Halvorsen/NNP Industries/NNPS ./."
                + " | root 0 6;compound 2 1;nsubj:pass 6 2;aux:pass 6 3;dep 6 5;obl:agent 6 9;nummod 5 4;case 9 7;compound 9 8"
                + " | owned-share-minority | Halvorsen Industries=O;Brindle Software=O | halvorsen-industries investsIn brindle-software 0.8",
        "Brindle Software is 30 percent owned by Halvorsen Industries."
                + " | Brindle/NNP Software/NNP is/VBZ/be 30/CD percent/NN owned/VBN/own by/IN Halvorsen/NNP Industries/NNPS ./."
                + " | root 0 6;compound 2 1;nsubj:pass 6 2;aux:pass 6 3;dep 6 5;obl:agent 6 9;nummod 5 4;case 9 7;compound 9 8"
                + " | own-verb | Halvorsen Industries=O;Brindle Software=O | ",
        "Brindle Software is 30 percent owned by Halvorsen Industries."
                + " | Brindle/NNP Software/NNP is/VBZ/be 30/CD percent/NN owned/VBN/own by/IN Halvorsen/NNP Industries/NNPS ./."
                + " | root 0 6;compound 2 1;nsubj:pass 6 2;aux:pass 6 3;dep 6 5;obl:agent 6 9;nummod 5 4;case 9 7;compound 9 8"
                + " | owned-percent | Halvorsen Industries=O;Brindle Software=O | ",
        "Brindle Software is 51% owned by Halvorsen Industries."
                + " | Brindle/NNP Software/NNP is/VBZ/be 51/CD %/NN owned/VBN/own by/IN Halvorsen/NNP Industries/NNPS ./."
                + " | root 0 6;compound 2 1;nsubj:pass 6 2;aux:pass 6 3;dep 6 5;obl:agent 6 9;nummod 5 4;case 9 7;compound 9 8"
                + " | own-verb | Halvorsen Industries=O;Brindle Software=O | brindle-software ownedBy halvorsen-industries 0.85",
        "Brindle Software is 51% owned by Halvorsen Industries."
                + " | Brindle/NNP Software/NNP is/VBZ/be 51/CD %/NN owned/VBN/own by/IN Halvorsen/NNP Industries/NNPS ./."
                + " | root 0 6;compound 2 1;nsubj:pass 6 2;aux:pass 6 3;dep 6 5;obl:agent 6 9;nummod 5 4;case 9 7;compound 9 8"
                + " | owned-share-minority | Halvorsen Industries=O;Brindle Software=O | ",
        "Brindle Software is half owned by Halvorsen Industries."
                + " | Brindle/NNP Software/NNP is/VBZ/be half/JJ owned/VBN/own by/IN Halvorsen/NNP Industries/NNPS ./."
                + " | root 0 5;compound 2 1;nsubj:pass 5 2;aux:pass 5 3;advmod 5 4;obl:agent 5 8;case 8 6;compound 8 7"
                + " | owned-share-half | Halvorsen Industries=O;Brindle Software=O | halvorsen-industries investsIn brindle-software 0.6",
        "Brindle Software is half owned by Halvorsen Industries."
                + " | Brindle/NNP Software/NNP is/VBZ/be half/JJ owned/VBN/own by/IN Halvorsen/NNP Industries/NNPS ./."
                + " | root 0 5;compound 2 1;nsubj:pass 5 2;aux:pass 5 3;advmod 5 4;obl:agent 5 8;case 8 6;compound 8 7"
                + " | own-verb | Halvorsen Industries=O;Brindle Software=O | ",
        "Brindle Software is majority-owned by Halvorsen Industries."
                + " | Brindle/NNP Software/NNP is/VBZ/be majority/NN -/HYPH owned/VBN/own by/IN Halvorsen/NNP Industries/NNPS ./."
                + " | root 0 6;compound 2 1;nsubj:pass 6 2;aux:pass 6 3;dep 6 4;obl:agent 6 9;case 9 7;compound 9 8"
                + " | own-verb | Halvorsen Industries=O;Brindle Software=O | brindle-software ownedBy halvorsen-industries 0.85",
        "Halvorsen Industries holds a 62% stake in Brindle Software."
                + " | Halvorsen/NNP Industries/NNPS holds/VBZ/hold a/DT 62/CD %/NN stake/NN in/IN Brindle/NNP Software/NNP ./."
                + " | root 0 3;compound 2 1;nsubj 3 2;obj 3 7;det 7 4;compound 7 6;nmod:in 7 10;nummod 6 5;case 10 8;compound 10 9"
                + " | majority-stake-owns | Halvorsen Industries=O;Brindle Software=O | brindle-software ownedBy halvorsen-industries 0.8",
        "Halvorsen Industries holds a 62% stake in Brindle Software."
                + " | Halvorsen/NNP Industries/NNPS holds/VBZ/hold a/DT 62/CD %/NN stake/NN in/IN Brindle/NNP Software/NNP ./."
                + " | root 0 3;compound 2 1;nsubj 3 2;obj 3 7;det 7 4;compound 7 6;nmod:in 7 10;nummod 6 5;case 10 8;compound 10 9"
                + " | stake-in | Halvorsen Industries=O;Brindle Software=O | ",
        "Brindle Software, in which Halvorsen Industries holds a 62% stake, cut 300 jobs."
                + " | Brindle/NNP Software/NNP ,/, in/IN which/WDT Halvorsen/NNP Industries/NNPS holds/VBZ/hold a/DT 62/CD %/NN stake/NN ,/, cut/VBD 300/CD jobs/NNS/job ./."
                + " | root 0 14;compound 2 1;ref 2 5;acl:relcl 2 8;obl:in 8 2;nsubj 8 7;obj 8 12;nsubj 14 2;obj 14 16;case 5 4;compound 7 6;det 12 9;compound 12 11;nummod 11 10;nummod 16 15"
                + " | majority-stake-verb-in-owns | Halvorsen Industries=O;Brindle Software=O | brindle-software ownedBy halvorsen-industries 0.8",
        "Brindle Software, in which Halvorsen Industries holds a 62% stake, cut 300 jobs."
                + " | Brindle/NNP Software/NNP ,/, in/IN which/WDT Halvorsen/NNP Industries/NNPS holds/VBZ/hold a/DT 62/CD %/NN stake/NN ,/, cut/VBD 300/CD jobs/NNS/job ./."
                + " | root 0 14;compound 2 1;ref 2 5;acl:relcl 2 8;obl:in 8 2;nsubj 8 7;obj 8 12;nsubj 14 2;obj 14 16;case 5 4;compound 7 6;det 12 9;compound 12 11;nummod 11 10;nummod 16 15"
                + " | stake-verb-in | Halvorsen Industries=O;Brindle Software=O | ",
        "Halvorsen Industries's 62% stake in Brindle Software is worth $1 billion."
                + " | Halvorsen/NNP Industries/NNPS 's/POS 62/CD %/NN stake/NN in/IN Brindle/NNP Software/NNP is/VBZ/be worth/JJ $/$ 1/CD billion/CD ./."
                + " | root 0 11;compound 2 1;case 2 3;nmod:poss 6 2;compound 6 5;nmod:in 6 9;nummod 5 4;nsubj 11 6;cop 11 10;dep 11 12;case 9 7;compound 9 8;nummod 12 14;compound 14 13"
                + " | majority-stake-of-holder | Halvorsen Industries=O;Brindle Software=O | brindle-software ownedBy halvorsen-industries 0.65",
        "Halvorsen Industries's 62% stake in Brindle Software is worth $1 billion."
                + " | Halvorsen/NNP Industries/NNPS 's/POS 62/CD %/NN stake/NN in/IN Brindle/NNP Software/NNP is/VBZ/be worth/JJ $/$ 1/CD billion/CD ./."
                + " | root 0 11;compound 2 1;case 2 3;nmod:poss 6 2;compound 6 5;nmod:in 6 9;nummod 5 4;nsubj 11 6;cop 11 10;dep 11 12;case 9 7;compound 9 8;nummod 12 14;compound 14 13"
                + " | stake-of-holder | Halvorsen Industries=O;Brindle Software=O | ",
        "Halvorsen Industries has a 30% stake in Brindle Software."
                + " | Halvorsen/NNP Industries/NNPS has/VBZ/have a/DT 30/CD %/NN stake/NN in/IN Brindle/NNP Software/NNP ./."
                + " | root 0 3;compound 2 1;nsubj 3 2;obj 3 7;det 7 4;compound 7 6;nmod:in 7 10;nummod 6 5;case 10 8;compound 10 9"
                + " | stake-in | Halvorsen Industries=O;Brindle Software=O | halvorsen-industries investsIn brindle-software 0.8",
        "Halvorsen Industries has a 30% stake in Brindle Software."
                + " | Halvorsen/NNP Industries/NNPS has/VBZ/have a/DT 30/CD %/NN stake/NN in/IN Brindle/NNP Software/NNP ./."
                + " | root 0 3;compound 2 1;nsubj 3 2;obj 3 7;det 7 4;compound 7 6;nmod:in 7 10;nummod 6 5;case 10 8;compound 10 9"
                + " | majority-stake-owns | Halvorsen Industries=O;Brindle Software=O | ",
    })
    void theRuleReadsTheFrame(String sentence, String words, String dependencies, String rule, String names,
                              String expected) {
        BundledRuleReadS24Relprec.assertReads(sentence, words, dependencies, rule, names, expected);
    }
}
