package org.newsgraph.extract.relation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 43 (s43-variants, issue 13: one rule in every syntactic shape): the shapes a matrix of variant sentences
 * (one base sentence per relation kind, in passive, relative, reduced relative, speech-frame, control, nominal and
 * coordinated shapes) found unread or misread on main, fixed in the graph or in the existing rules rather than by new
 * phrasings: an object relative clause through a control verb ("Y, which X agreed to buy": SentenceGraph), a passive
 * verb of hearsay over the relation ("X is rumoured to be buying Y": Hedge), a purchase done under a verb of saying
 * and a purchase still to come ("X said it had bought Y", "Y will be bought by X": acquired-owns), a completed deal
 * noun as the subject ("the acquisition of Y by X closed": acquisition-completed-owns), a coordinated title with its
 * own "former" ("the co-founder and former chief executive of X": RelationReader), a sum read as the doer of an
 * infinitive ("X paid $40 million to buy Y": SentenceGraph), "neither ... nor" (Negation, in its own test). The parses are CoreNLP's for
 * these sentences; each row runs the one bundled rule it names.
 */
class VariantShapesS43Test {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
        // the control verb's object is the described noun in enhanced++; the infinitive is what is done to it
        "Brindle Software, which Halvorsen Industries agreed to buy, reported a loss"
                + " | Brindle/NNP Software/NNP ,/, which/WDT Halvorsen/NNP Industries/NNPS agreed/VBD/agree to/TO"
                + " buy/VB/buy ,/, reported/VBD/report a/DT loss/NN/loss"
                + " | root 0 11;compound 2 1;punct 2 3;ref 2 4;acl:relcl 2 7;obj 7 2;compound 6 5;nsubj 7 6;xcomp 7 9;"
                + "mark 9 8;nsubj:xsubj 9 2;punct 2 10;nsubj 11 2;obj 11 13;det 13 12"
                + " | acquire-verb | Halvorsen Industries=O;Brindle Software=O"
                + " | halvorsen-industries acquires brindle-software 0.9",
        // a sum as the object of "paid" does not buy: the payer does
        "Halvorsen Industries paid $40 million to buy Brindle Software"
                + " | Halvorsen/NNP Industries/NNPS paid/VBD/pay $/$ 40/CD million/CD to/TO buy/VB/buy Brindle/NNP"
                + " Software/NNP"
                + " | root 0 3;compound 2 1;nsubj 3 2;obj 3 4;xcomp 3 8;nummod 4 6;compound 6 5;nsubj:xsubj 8 4;mark 8 7;"
                + "obj 8 10;compound 10 9"
                + " | acquire-verb | Halvorsen Industries=O;Brindle Software=O"
                + " | halvorsen-industries acquires brindle-software 0.9",
        // hearsay: the passive "rumoured" over the infinitive marks the purchase weak
        "Halvorsen Industries is rumoured to be buying Brindle Software"
                + " | Halvorsen/NNP Industries/NNPS is/VBZ/be rumoured/VBN/rumour to/TO be/VB/be buying/VBG/buy"
                + " Brindle/NNP Software/NNP"
                + " | root 0 4;compound 2 1;nsubj:pass 4 2;aux:pass 4 3;xcomp 4 7;mark 7 5;aux 7 6;nsubj:xsubj 7 2;"
                + "obj 7 9;compound 9 8"
                + " | acquire-verb | Halvorsen Industries=O;Brindle Software=O"
                + " | halvorsen-industries acquires brindle-software 0.6",
        // the same purchase stated: as sure as the rule
        "Halvorsen Industries is buying Brindle Software"
                + " | Halvorsen/NNP Industries/NNPS is/VBZ/be buying/VBG/buy Brindle/NNP Software/NNP"
                + " | root 0 4;compound 2 1;nsubj 4 2;aux 4 3;obj 4 6;compound 6 5"
                + " | acquire-verb | Halvorsen Industries=O;Brindle Software=O"
                + " | halvorsen-industries acquires brindle-software 0.9",
        // a purchase still to come owns nothing yet
        "Brindle Software will be bought by Halvorsen Industries"
                + " | Brindle/NNP Software/NNP will/MD/will be/VB/be bought/VBN/buy by/IN Halvorsen/NNP"
                + " Industries/NNPS"
                + " | root 0 5;compound 2 1;nsubj:pass 5 2;aux 5 3;aux:pass 5 4;obl:agent 5 8;case 8 6;compound 8 7"
                + " | acquired-owns | Halvorsen Industries=O;Brindle Software=O | none",
        // a purchase done does
        "Brindle Software was bought by Halvorsen Industries"
                + " | Brindle/NNP Software/NNP was/VBD/be bought/VBN/buy by/IN Halvorsen/NNP Industries/NNPS"
                + " | root 0 4;compound 2 1;nsubj:pass 4 2;aux:pass 4 3;obl:agent 4 7;case 7 5;compound 7 6"
                + " | acquired-owns | Halvorsen Industries=O;Brindle Software=O"
                + " | brindle-software ownedBy halvorsen-industries 0.75",
        // a purchase done, under a verb of saying
        "Halvorsen Industries said Korvath Labs had bought Brindle Software"
                + " | Halvorsen/NNP Industries/NNPS said/VBD/say Korvath/NNP Labs/NNPS had/VBD/have bought/VBN/buy"
                + " Brindle/NNP Software/NNP"
                + " | root 0 3;compound 2 1;nsubj 3 2;ccomp 3 7;compound 5 4;nsubj 7 5;aux 7 6;obj 7 9;compound 9 8"
                + " | acquired-owns | Halvorsen Industries=O;Brindle Software=O;Korvath Labs=O"
                + " | brindle-software ownedBy korvath-labs 0.75",
        // under a verb that is no saying, none
        "Halvorsen Industries doubted Korvath Labs had bought Brindle Software"
                + " | Halvorsen/NNP Industries/NNPS doubted/VBD/doubt Korvath/NNP Labs/NNPS had/VBD/have bought/VBN/buy"
                + " Brindle/NNP Software/NNP"
                + " | root 0 3;compound 2 1;nsubj 3 2;ccomp 3 7;compound 5 4;nsubj 7 5;aux 7 6;obj 7 9;compound 9 8"
                + " | acquired-owns | Halvorsen Industries=O;Brindle Software=O;Korvath Labs=O | none",
        // the deal noun as the subject of a past "closed": the buyer owns the firm
        "The acquisition of Brindle Software by Halvorsen Industries closed on Friday"
                + " | The/DT acquisition/NN/acquisition of/IN Brindle/NNP Software/NNP by/IN Halvorsen/NNP"
                + " Industries/NNPS closed/VBD/close on/IN Friday/NNP"
                + " | root 0 9;det 2 1;nsubj 9 2;nmod:of 2 5;case 5 3;compound 5 4;nmod:by 2 8;case 8 6;compound 8 7;"
                + "obl:on 9 11;case 11 10"
                + " | acquisition-completed-owns | Halvorsen Industries=O;Brindle Software=O"
                + " | brindle-software ownedBy halvorsen-industries 0.75",
        // one that will close does not
        "The acquisition of Brindle Software by Halvorsen Industries will be completed on Friday"
                + " | The/DT acquisition/NN/acquisition of/IN Brindle/NNP Software/NNP by/IN Halvorsen/NNP"
                + " Industries/NNPS will/MD/will be/VB/be completed/VBN/complete on/IN Friday/NNP"
                + " | root 0 11;det 2 1;nsubj:pass 11 2;nmod:of 2 5;case 5 3;compound 5 4;nmod:by 2 8;case 8 6;"
                + "compound 8 7;aux 11 9;aux:pass 11 10;obl:on 11 13;case 13 12"
                + " | acquisition-completed-owns | Halvorsen Industries=O;Brindle Software=O | none",
        // a coordinated title with its own "former" is weak, though the title the rule read (co-founder) is not
        "Tom Reed, the co-founder and former chief executive of Halvorsen Industries, died"
                + " | Tom/NNP Reed/NNP ,/, the/DT co-founder/NN/co-founder and/CC former/JJ/former chief/JJ/chief"
                + " executive/NN/executive of/IN Halvorsen/NNP Industries/NNPS ,/, died/VBD/die"
                + " | root 0 14;compound 2 1;punct 2 3;appos 2 5;appos 2 9;punct 2 13;nsubj 14 2;det 5 4;conj:and 5 9;"
                + "nmod:of 5 12;case 12 10;compound 12 11;cc 9 6;amod 9 7;amod 9 8"
                + " | title-appos | Tom Reed=P;Halvorsen Industries=O"
                + " | tom-reed roleAt halvorsen-industries 0.9, tom-reed roleAt halvorsen-industries 0.6",
        // without "former" both titles hold
        "Tom Reed, the co-founder and chief executive of Halvorsen Industries, died"
                + " | Tom/NNP Reed/NNP ,/, the/DT co-founder/NN/co-founder and/CC chief/JJ/chief"
                + " executive/NN/executive of/IN Halvorsen/NNP Industries/NNPS ,/, died/VBD/die"
                + " | root 0 13;compound 2 1;punct 2 3;appos 2 5;appos 2 8;punct 2 12;nsubj 13 2;det 5 4;conj:and 5 8;"
                + "nmod:of 5 11;case 11 9;compound 11 10;cc 8 6;amod 8 7"
                + " | title-appos | Tom Reed=P;Halvorsen Industries=O"
                + " | tom-reed roleAt halvorsen-industries 0.9, tom-reed roleAt halvorsen-industries 0.9",
        // the first title's "former" is the whole phrase's: both weak
        "Tom Reed, the former chairman and chief executive of Halvorsen Industries, spoke"
                + " | Tom/NNP Reed/NNP ,/, the/DT former/JJ/former chairman/NN/chairman and/CC chief/JJ/chief"
                + " executive/NN/executive of/IN Halvorsen/NNP Industries/NNPS ,/, spoke/VBD/speak"
                + " | root 0 14;compound 2 1;punct 2 3;appos 2 6;appos 2 9;punct 2 13;nsubj 14 2;det 6 4;amod 6 5;"
                + "conj:and 6 9;nmod:of 6 12;cc 9 7;amod 9 8;case 12 10;compound 12 11"
                + " | title-appos | Tom Reed=P;Halvorsen Industries=O"
                + " | tom-reed roleAt halvorsen-industries 0.6, tom-reed roleAt halvorsen-industries 0.6"})
    void aRuleReadsItsRelationInEveryShape(String sentence, String words, String dependencies, String rule,
                                           String names, String expected) {
        BundledRuleReadS24Relprec.assertReads(sentence, words, dependencies, rule, names, expected);
    }
}
