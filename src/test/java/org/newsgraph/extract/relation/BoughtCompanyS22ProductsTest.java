package org.newsgraph.extract.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bundled {@code buy-maker-product} rule on the parses CoreNLP 4.5.10 gives (copied by hand): goods of a maker's
 * make bought by name make a customer ("ordered ten X jets"); a company bought whole that an organisation noun
 * describes does not ("bought the Welsh ferry operator X": the parser tags the firm's last word a common noun with
 * the organisation noun as its compound; s18 relations B "Celtic Link", the class of s20 relations B "the
 * frozen-dessert maker Glaciers Dumont").
 */
class BoughtCompanyS22ProductsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Korvath Airways ordered ten Halvorsen Industries jets | Korvath/NNP Airways/NNPS ordered/VBD/order ten/CD"
                + " Halvorsen/NNP Industries/NNPS jets/NNS/jet | root 0 3;compound 2 1;nsubj 3 2;obj 3 7;nummod 7 4;"
                + "compound 7 6;compound 6 5 | Korvath Airways;Halvorsen Industries"
                + " | korvath-airways customerOf halvorsen-industries",
        "Korvath Capital bought the Welsh ferry operator Celtic Star | Korvath/NNP Capital/NNP bought/VBD/buy the/DT"
                + " Welsh/NNP ferry/NN operator/NN Celtic/JJ Star/NN/star | root 0 3;compound 2 1;nsubj 3 2;obj 3 9;"
                + "det 7 4;compound 7 5;compound 7 6;compound 9 7;amod 9 8 | Korvath Capital;Celtic Star | ",
        "Korvath Capital has agreed to buy the Welsh ferry operator Celtic Link | Korvath/NNP Capital/NNP has/VBZ/have"
                + " agreed/VBN/agree to/TO buy/VB/buy the/DT Welsh/NNP ferry/NN operator/NN Celtic/JJ Link/NN/link"
                + " | root 0 4;compound 2 1;nsubj 4 2;aux 4 3;xcomp 4 6;nsubj:xsubj 6 2;mark 6 5;obj 6 12;det 10 7;"
                + "compound 10 8;compound 10 9;compound 12 10;amod 12 11 | Korvath Capital;Celtic Link | "})
    void aCompanyBoughtWholeIsNoMakersGoods(String sentence, String words, String dependencies, String names,
                                            String expected) {
        assertEquals(expected == null ? List.of() : List.of(expected), read(words, dependencies, names), sentence);
    }

    /** The relations the bundled buy-maker-product rule reads in one sentence whose organisations are these names. */
    private static List<String> read(String words, String dependencies, String names) {
        return WholeHoldingS23OwnershipTest.read(words, dependencies, "buy-maker-product", names.trim().split(";"));
    }
}
