package org.newsgraph.extract.relation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 30 (s30-relations, issue 13): the rules' fences on firms ("the buyer is an organisation" of
 * selling-to-pending-owns, "a firm bought is no goods" of buy-from) looked at CoreNLP's tagger, which leaves many
 * made-up or foreign firm names O ("the Dutch packaging group Vandermolen Verpakking", "agreed to buy Selkirk
 * Smokehouse from Y"): the seller was not read as the owner, and the seller of a firm was read as a supplier of goods.
 * {@code RelationReader} now lets a proper noun inside a name the article's names type an organisation count as an
 * ORGANIZATION. Every token here is tagged O, as the tagger left them; the names are the article's. The first and
 * third rows fail without the change; the second shows the fence rests on the names (the firm bought not named: goods).
 */
class NamedFirmsS30RelationsTest {

    private static final String BUY = "Korvath Media agreed to buy Coastline Audio from Halvorsen Group."
            + " | Korvath/NNP Media/NNP agreed/VBD/agree to/TO buy/VB Coastline/NNP Audio/NNP from/IN Halvorsen/NNP Group/NNP ./."
            + " | root 0 3;compound 2 1;nsubj 3 2;xcomp 3 5;nsubj:xsubj 5 2;mark 5 4;obj 5 7;compound 7 6;obl:from 5 10;"
            + "case 10 8;compound 10 9;punct 3 11";

    private static final String SELL = "Halvorsen Group is selling Coastline Audio to Korvath Media."
            + " | Halvorsen/NNP Group/NNP is/VBZ/be selling/VBG/sell Coastline/NNP Audio/NNP to/IN Korvath/NNP Media/NNP ./."
            + " | root 0 4;compound 2 1;nsubj 4 2;aux 4 3;obj 4 6;compound 6 5;obl:to 4 9;case 9 7;compound 9 8;punct 4 10";

    @ParameterizedTest(name = "{0} [{3}]")
    @CsvSource(delimiter = '|', value = {
        BUY + " | buy-from | Korvath Media=O;Coastline Audio=O;Halvorsen Group=O | ",
        BUY + " | buy-from | Korvath Media=O;Halvorsen Group=O | korvath-media customerOf halvorsen-group 0.75",
        SELL + " | selling-to-pending-owns | Korvath Media=O;Coastline Audio=O;Halvorsen Group=O | coastline-audio ownedBy halvorsen-group 0.7",
    })
    void aFirmTheNamesFoundIsAnOrganisation(String sentence, String words, String dependencies, String rule,
                                            String names, String expected) {
        BundledRuleReadS24Relprec.assertReads(sentence, words, dependencies, rule, names, expected);
    }
}
