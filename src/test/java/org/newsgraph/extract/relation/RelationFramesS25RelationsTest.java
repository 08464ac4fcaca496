package org.newsgraph.extract.relation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 25 (s25-relations, issue 13): the same relation said in another syntax than the one the rules read. Each row
 * is one rule on one sentence in the shape CoreNLP parses it (words {@code text/TAG[/lemma]}, dependencies 1-based),
 * with what it reads (subject, predicate, object, confidence; 0.6 is weak). Rows: "X, whose N ..." gives N the name as
 * its possessor (SentenceGraph.repairWhose), so possessive rules read "whose acquisition by Y", "whose parent is Y",
 * "whose biggest customer is Y"; a share of a company bought (a majority or the rest: acquires; below half:
 * investsIn); control bought; firms named among the kind a company sells to (customers); goods of a company made by
 * another, in the passive (a supplier); the chair of a board said to be X's; and a title the sentence says has ended
 * ("until 2020", "after eight years as") is weak, while a title at the firm joined, or one that runs until a time to
 * come, is not. Twelve of the sixteen rows fail without the change (all but the two refusals of a share on the other side of half and the last two).
 */
class RelationFramesS25RelationsTest {

    @ParameterizedTest(name = "{0} [{3}]")
    @CsvSource(delimiter = '|', value = {
        "Brindle Software, whose acquisition by Korvath Motors closed in 2018, cut 300 jobs."
                + " | Brindle/NNP Software/NNP ,/, whose/WP$ acquisition/NN by/IN Korvath/NNP Motors/NNPS closed/VBD/close in/IN 2018/CD ,/, cut/VBD 300/CD jobs/NNS/job ./."
                + " | root 0 2;compound 2 1;dep 2 9;nmod:poss 5 4;nmod:by 5 8;nsubj 9 5;obl:in 9 11;dep 9 13;case 8 6;compound 8 7;case 11 10;obj 13 15;nummod 15 14"
                + " | acquisition-by-possessed | Brindle Software=O;Korvath Motors=O | korvath-motors acquires brindle-software 0.8",
        "Brindle Software, whose parent is Korvath Motors, cut 300 jobs."
                + " | Brindle/NNP Software/NNP ,/, whose/WP$ parent/NN is/VBZ/be Korvath/NNP Motors/NNPS ,/, cut/VBD 300/CD jobs/NNS/job ./."
                + " | root 0 2;compound 2 1;dep 2 8;nmod:poss 5 4;nsubj 8 5;cop 8 6;compound 8 7;acl 8 10;obj 10 12;nummod 12 11"
                + " | owner-of | Brindle Software=O;Korvath Motors=O | brindle-software ownedBy korvath-motors 0.8",
        "Brindle Software, whose biggest customer is Penfold Stores, cut 300 jobs."
                + " | Brindle/NNP Software/NNP ,/, whose/WP$ biggest/JJS/big customer/NN is/VBZ/be Penfold/NNP Stores/NNP ,/, cut/VBD 300/CD jobs/NNS/job ./."
                + " | root 0 2;compound 2 1;dep 2 9;nmod:poss 6 4;amod 6 5;nsubj 9 6;cop 9 7;compound 9 8;acl 9 11;obj 11 13;nummod 13 12"
                + " | customer-appos | Brindle Software=O;Penfold Stores=O | penfold-stores customerOf brindle-software 0.85",
        "Korvath Motors bought 55% of Brindle Software in 2021."
                + " | Korvath/NNP Motors/NNPS bought/VBD/buy 55/CD %/NN of/IN Brindle/NNP Software/NNP in/IN 2021/CD ./."
                + " | root 0 3;compound 2 1;nsubj 3 2;obj 3 5;obl:in 3 10;nummod 5 4;nmod:of 5 8;case 8 6;compound 8 7;case 10 9"
                + " | acquire-share-of-majority | Brindle Software=O;Korvath Motors=O | korvath-motors acquires brindle-software 0.8",
        "Korvath Motors planned to acquire the rest of Brindle Software."
                + " | Korvath/NNP Motors/NNPS planned/VBD/plan to/TO acquire/VB the/DT rest/NN of/IN Brindle/NNP Software/NNP ./."
                + " | root 0 3;compound 2 1;nsubj 3 2;xcomp 3 5;nsubj:xsubj 5 2;mark 5 4;obj 5 7;det 7 6;nmod:of 7 10;case 10 8;compound 10 9"
                + " | acquire-share-of-majority | Brindle Software=O;Korvath Motors=O | korvath-motors acquires brindle-software 0.6",
        "Korvath Capital bought 9% of Brindle Software last year."
                + " | Korvath/NNP Capital/NNP bought/VBD/buy 9/CD %/NN of/IN Brindle/NNP Software/NNP last/JJ year/NN ./."
                + " | root 0 3;compound 2 1;nsubj 3 2;obj 3 5;obl:tmod 3 10;nummod 5 4;nmod:of 5 8;case 8 6;compound 8 7;amod 10 9"
                + " | acquire-share-of-majority | Brindle Software=O;Korvath Capital=O | ",
        "Korvath Capital bought 9% of Brindle Software last year."
                + " | Korvath/NNP Capital/NNP bought/VBD/buy 9/CD %/NN of/IN Brindle/NNP Software/NNP last/JJ year/NN ./."
                + " | root 0 3;compound 2 1;nsubj 3 2;obj 3 5;obl:tmod 3 10;nummod 5 4;nmod:of 5 8;case 8 6;compound 8 7;amod 10 9"
                + " | share-of-minority | Brindle Software=O;Korvath Capital=O | korvath-capital investsIn brindle-software 0.8",
        "Korvath Motors bought 55% of Brindle Software in 2021."
                + " | Korvath/NNP Motors/NNPS bought/VBD/buy 55/CD %/NN of/IN Brindle/NNP Software/NNP in/IN 2021/CD ./."
                + " | root 0 3;compound 2 1;nsubj 3 2;obj 3 5;obl:in 3 10;nummod 5 4;nmod:of 5 8;case 8 6;compound 8 7;case 10 9"
                + " | share-of-minority | Brindle Software=O;Korvath Motors=O | ",
        "Korvath Motors bought control of Brindle Software in 2019."
                + " | Korvath/NNP Motors/NNPS bought/VBD/buy control/NN of/IN Brindle/NNP Software/NNP in/IN 2019/CD ./."
                + " | root 0 3;compound 2 1;nsubj 3 2;obj 3 4;obl:in 3 9;nmod:of 4 7;case 7 5;compound 7 6;case 9 8"
                + " | buy-control-of | Brindle Software=O;Korvath Motors=O | korvath-motors acquires brindle-software 0.8",
        "Brindle Software sells to retailers such as Grocemart Stores and Penfold Stores."
                + " | Brindle/NNP Software/NNP sells/VBZ/sell to/IN retailers/NNS/retailer such/JJ as/IN Grocemart/NNP Stores/NNPS and/CC Penfold/NNP Stores/NNPS ./."
                + " | root 0 3;compound 2 1;nsubj 3 2;obl:to 3 5;case 5 4;nmod:such_as 5 9;nmod:such_as 5 12;case 9 6;compound 9 8;conj:and 9 12;fixed 6 7;cc 12 10;compound 12 11"
                + " | sells-to-firms-such-as | Brindle Software=O;Grocemart Stores=O;Penfold Stores=O | grocemart-stores customerOf brindle-software 0.75,penfold-stores customerOf brindle-software 0.75",
        "Penfold Stores's chips are made by Brindle Software."
                + " | Penfold/NNP Stores/NNPS 's/POS chips/NNS/chip are/VBP/be made/VBN/make by/IN Brindle/NNP Software/NNP ./."
                + " | root 0 6;compound 2 1;case 2 3;nmod:poss 4 2;nsubj:pass 6 4;aux:pass 6 5;obl:agent 6 9;case 9 7;compound 9 8"
                + " | made-by-for-possessor | Brindle Software=O;Penfold Stores=O | brindle-software supplierOf penfold-stores 0.75",
        "Delia Harrow, who chairs the board of Korvath Motors, said the deal was fair."
                + " | Delia/NNP Harrow/NNP ,/, who/WP chairs/VBZ/chair the/DT board/NN of/IN Korvath/NNP Motors/NNPS ,/, said/VBD/say the/DT deal/NN was/VBD/be fair/JJ ./."
                + " | root 0 12;compound 2 1;ref 2 4;acl:relcl 2 5;nsubj 5 2;obj 5 7;nsubj 12 2;ccomp 12 16;det 7 6;nmod:of 7 10;case 10 8;compound 10 9;det 14 13;nsubj 16 14;cop 16 15"
                + " | chairs-board-of | Delia Harrow=P;Korvath Motors=O | delia-harrow roleAt korvath-motors 0.75",
        "Owen Pryce joined Brindle Software in 2024 after eight years as chief executive of Korvath Motors."
                + " | Owen/NNP Pryce/NNP joined/VBD/join Brindle/NNP Software/NNP in/IN 2024/CD after/IN eight/CD years/NNS/year as/IN chief/JJ executive/NN of/IN Korvath/NNP Motors/NNPS ./."
                + " | root 0 3;compound 2 1;nsubj 3 2;obj 3 5;obl:in 3 7;obl:after 3 10;obl:as 3 13;compound 5 4;case 7 6;case 10 8;nummod 10 9;case 13 11;amod 13 12;nmod:of 13 16;case 16 14;compound 16 15"
                + " | title-served-as | Owen Pryce=P;Brindle Software=O;Korvath Motors=O | owen-pryce roleAt korvath-motors 0.6",
        "Owen Pryce, who was chief executive of Korvath Motors until 2020, now runs Brindle Software."
                + " | Owen/NNP Pryce/NNP ,/, who/WP was/VBD/be chief/JJ executive/NN of/IN Korvath/NNP Motors/NNPS until/IN 2020/CD ,/, now/RB runs/VBZ/run Brindle/NNP Software/NNP ./."
                + " | root 0 2;compound 2 1;ref 2 4;acl:relcl 2 7;nsubj 7 2;cop 7 5;amod 7 6;nmod:of 7 10;nmod:until 7 12;dep 7 15;case 10 8;compound 10 9;case 12 11;advmod 15 14;obj 15 17;compound 17 16"
                + " | title-is | Owen Pryce=P;Brindle Software=O;Korvath Motors=O | owen-pryce roleAt korvath-motors 0.6",
        "Owen Pryce joined Brindle Software as chief executive after eight years at Korvath Motors."
                + " | Owen/NNP Pryce/NNP joined/VBD/join Brindle/NNP Software/NNP as/IN chief/JJ executive/NN after/IN"
                + " eight/CD years/NNS/year at/IN Korvath/NNP Motors/NNPS ./."
                + " | root 0 3;compound 2 1;nsubj 3 2;obj 3 5;compound 5 4;obl:as 3 8;case 8 6;amod 8 7;obl:after 3 11;"
                + "case 11 9;nummod 11 10;nmod:at 11 14;case 14 12;compound 14 13"
                + " | title-joined-as | Owen Pryce=P;Brindle Software=O;Korvath Motors=O | owen-pryce roleAt brindle-software 0.8",
        "Owen Pryce is chief executive of Korvath Motors until March."
                + " | Owen/NNP Pryce/NNP is/VBZ/be chief/JJ executive/NN of/IN Korvath/NNP Motors/NNPS until/IN"
                + " March/NNP ./."
                + " | root 0 5;compound 2 1;nsubj 5 2;cop 5 3;amod 5 4;nmod:of 5 8;case 8 6;compound 8 7;nmod:until 5 10;"
                + "case 10 9"
                + " | title-is | Owen Pryce=P;Korvath Motors=O | owen-pryce roleAt korvath-motors 0.85"
    })
    void theRuleReadsTheFrame(String sentence, String words, String dependencies, String rule, String names,
                              String expected) {
        BundledRuleReadS24Relprec.assertReads(sentence, words, dependencies, rule, names, expected);
    }
}
