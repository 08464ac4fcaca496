package org.newsgraph.extract.relation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 44 (s44-relations, issue 13's shapes still missed): a participle clause marked "after", "since" ... does
 * what its main clause's subject does ("After buying Y in 2020, X moved ...": SentenceGraph lends the subject), and
 * the possessive role list "X's customers A and B" reads each conjunct (customer-named, supplier-named now take the
 * plural). CoreNLP parses "After buying Y" as a preposition over the name with the gerund as its adjective; the parses
 * below are CoreNLP's for these sentences. "Without buying Y" says the purchase did not happen: nothing.
 */
class ParticipleClausesS44Test {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
        "After buying Halvorsen Labs in 2020, Brindle Software moved its staff to Oslo"
                + " | After/IN buying/VBG/buy Halvorsen/NNP Labs/NNPS in/IN 2020/CD ,/, Brindle/NNP Software/NNP"
                + " moved/VBD/move its/PRP$ staff/NN/staff to/TO Oslo/NNP"
                + " | root 0 10;case 4 1;amod 4 2;compound 4 3;nmod:in 4 6;obl:after 10 4;punct 10 7;nsubj 10 9;"
                + "obj 10 12;obl:to 10 14;case 6 5;compound 9 8;nmod:poss 12 11;case 14 13"
                + " | acquire-verb | Halvorsen Labs=O;Brindle Software=O"
                + " | brindle-software acquires halvorsen-labs 0.9",
        "Since acquiring Korvath Motors, Brindle Software has doubled its sales"
                + " | Since/IN acquiring/VBG/acquire Korvath/NNP Motors/NNPS ,/, Brindle/NNP Software/NNP has/VBZ/have"
                + " doubled/VBN/double its/PRP$ sales/NNS/sale"
                + " | root 0 9;case 4 1;amod 4 2;compound 4 3;obl:since 9 4;punct 9 5;nsubj 9 7;aux 9 8;obj 9 11;"
                + "compound 7 6;nmod:poss 11 10"
                + " | acquire-verb | Korvath Motors=O;Brindle Software=O"
                + " | brindle-software acquires korvath-motors 0.9",
        "Without buying Korvath Motors, Brindle Software cannot grow"
                + " | Without/IN buying/VBG/buy Korvath/NNP Motors/NNPS ,/, Brindle/NNP Software/NNP can/MD/can"
                + " not/RB/not grow/VB/grow"
                + " | root 0 10;case 4 1;amod 4 2;compound 4 3;obl:without 10 4;punct 10 5;nsubj 10 7;aux 10 8;"
                + "advmod 10 9;compound 7 6"
                + " | acquire-verb | Korvath Motors=O;Brindle Software=O | none",
        // a purchase told after "after" is done: the buyer owns the firm (acquired-after-owns)
        "After buying Halvorsen Labs in 2020, Brindle Software moved its staff to Oslo (owns)"
                + " | After/IN buying/VBG/buy Halvorsen/NNP Labs/NNPS in/IN 2020/CD ,/, Brindle/NNP Software/NNP"
                + " moved/VBD/move its/PRP$ staff/NN/staff to/TO Oslo/NNP"
                + " | root 0 10;case 4 1;amod 4 2;compound 4 3;nmod:in 4 6;obl:after 10 4;punct 10 7;nsubj 10 9;"
                + "obj 10 12;obl:to 10 14;case 6 5;compound 9 8;nmod:poss 12 11;case 14 13"
                + " | acquired-after-owns | Halvorsen Labs=O;Brindle Software=O"
                + " | halvorsen-labs ownedBy brindle-software 0.75",
        // a purchase the main clause's subject is making now owns nothing: no marker of a done act
        "Brindle Software is buying Halvorsen Labs (owns)"
                + " | Brindle/NNP Software/NNP is/VBZ/be buying/VBG/buy Halvorsen/NNP Labs/NNPS"
                + " | root 0 4;compound 2 1;nsubj 4 2;aux 4 3;obj 4 6;compound 6 5"
                + " | acquired-after-owns | Halvorsen Labs=O;Brindle Software=O | none",
        "Without buying Korvath Motors, Brindle Software cannot grow (owns)"
                + " | Without/IN buying/VBG/buy Korvath/NNP Motors/NNPS ,/, Brindle/NNP Software/NNP can/MD/can"
                + " not/RB/not grow/VB/grow"
                + " | root 0 10;case 4 1;amod 4 2;compound 4 3;obl:without 10 4;punct 10 5;nsubj 10 7;aux 10 8;"
                + "advmod 10 9;compound 7 6"
                + " | acquired-after-owns | Korvath Motors=O;Brindle Software=O | none"})
    void aParticipleClauseDoesWhatItsMainSubjectDoes(String sentence, String words, String dependencies, String rule,
                                                    String names, String expected) {
        BundledRuleReadS24Relprec.assertReads(sentence, words, dependencies, rule, names, expected);
    }
}
