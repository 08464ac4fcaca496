package org.newsgraph.extract.relation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 28 (s28-relations, issue 13): a firm described by its trade before its name and bought ("X agreed to buy the
 * radio maker Y from Z", "X, which bought the Dutch tray maker Y in 2023", "X bought the Italian coffee roaster Y"). The
 * parser reads the trade noun as the verb's indirect object and hangs the name on it ({@code dep}), with no object:
 * {@code SentenceGraph} makes that noun the verb's theme, and the noun stands for the firm it names
 * ({@code RelationReader}), so the purchase is read (acquires) and the seller is no supplier (buy-from refuses a firm
 * bought). Parses as CoreNLP gave them. Each acquire row fails without the theme repair; the roaster row (a trade noun
 * that is no company word) fails without the noun standing for its name; the buy-from rows read customerOf on main.
 */
class DescribedFirmsS28RelationsTest {

    private static final String AGREED = "Korvath Media agreed to buy the radio maker Coastline Audio from Halvorsen Group."
            + " | Korvath/NNP Media/NNP agreed/VBD/agree to/TO buy/VB the/DT radio/NN maker/NN Coastline/NNP Audio/NNP from/IN Halvorsen/NNP Group/NNP ./."
            + " | root 0 3;compound 2 1;nsubj 3 2;xcomp 3 5;nsubj:xsubj 5 2;mark 5 4;iobj 5 8;det 8 6;compound 8 7;dep 8 10;compound 10 9;nmod:from 10 13;case 13 11;compound 13 12;punct 3 14";

    private static final String WHICH = "Korvath Brands, which bought the Dutch tray maker Brindle Trays in 2023, reported a loss."
            + " | Korvath/NNP Brands/NNPS ,/, which/WDT bought/VBD/buy the/DT Dutch/JJ tray/NN maker/NN Brindle/NNP Trays/NNPS in/IN 2023/CD ,/, reported/VBD/report a/DT loss/NN ./."
            + " | root 0 15;compound 2 1;punct 2 3;ref 2 4;acl:relcl 2 5;nsubj 5 2;iobj 5 9;det 9 6;amod 9 7;compound 9 8;dep 9 11;compound 11 10;obl:in 5 13;case 13 12;nsubj 15 2;obj 15 17;det 17 16;punct 15 18";

    private static final String ROASTER = "Korvath Brands bought the Italian coffee roaster Brindle Caffe in 2018."
            + " | Korvath/NNP Brands/NNPS bought/VBD/buy the/DT Italian/JJ coffee/NN roaster/NN Brindle/NNP Caffe/NNP in/IN 2018/CD ./."
            + " | root 0 3;compound 2 1;nsubj 3 2;iobj 3 7;det 7 4;amod 7 5;compound 7 6;dep 7 9;compound 9 8;obl:in 3 11;case 11 10;punct 3 12";

    @ParameterizedTest(name = "{0} [{3}]")
    @CsvSource(delimiter = '|', value = {
        AGREED + " | acquire-verb | Korvath Media=O;Coastline Audio=O;Halvorsen Group=O | korvath-media acquires coastline-audio 0.9",
        AGREED + " | buy-from | Korvath Media=O;Coastline Audio=O;Halvorsen Group=O | ",
        WHICH + " | acquire-verb | Korvath Brands=O;Brindle Trays=O | korvath-brands acquires brindle-trays 0.9",
        WHICH + " | acquired-owns | Korvath Brands=O;Brindle Trays=O | brindle-trays ownedBy korvath-brands 0.75",
        ROASTER + " | acquire-verb | Korvath Brands=O;Brindle Caffe=O | korvath-brands acquires brindle-caffe 0.9",
        // a person's name after the noun is no firm bought ("bought the painter Jan Brindle's house" is not this)
        ROASTER + " | acquire-verb | Korvath Brands=O;Brindle Caffe=P | ",
    })
    void theDescribedFirmIsWhatIsBought(String sentence, String words, String dependencies, String rule, String names,
                                        String expected) {
        BundledRuleReadS24Relprec.assertReads(sentence, words, dependencies, rule, names, expected);
    }
}
