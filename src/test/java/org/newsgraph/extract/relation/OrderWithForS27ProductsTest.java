package org.newsgraph.extract.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.extract.EntityType;

/**
 * Session 27 (s27-products, issue 13): an order placed "with" a seller "for" named goods ("placed an order for 20
 * Zephyr Z4 trains with X", "an order with X for 30 Z350s"): the goods are the seller's make (product-order-with-for)
 * and, where the parse hangs "with X" on the verb, the buyer is its customer (order-with-verb; order-with reads
 * "with X" on the order). Goods that are no entity give no product. Words and dependencies as CoreNLP parsed them.
 * Without the two rules every row that reads a relation reads nothing.
 */
class OrderWithForS27ProductsTest {

    private static final String ZEPHYR = "Korvath/NNP Airways/NNPS placed/VBD/place an/DT/a order/NN for/IN 20/CD"
            + " Zephyr/NNP Z4/NN trains/NNS/train with/IN Halvorsen/NNP Industries/NNPS ./.";
    private static final String ZEPHYR_PARSE = "root 0 3;compound 2 1;nsubj 3 2;obj 3 5;punct 3 14;det 5 4;"
            + "nmod:for 5 10;nmod:with 5 13;case 10 6;nummod 10 7;compound 10 8;compound 10 9;case 13 11;compound 13 12";
    private static final String KESTRA = "The/DT company/NN placed/VBD/place an/DT/a order/NN for/IN 25/CD Kestra/NNP"
            + " 220/CD buses/NNS/bus with/IN Marlowe/NNP Coachworks/NNP ./.";
    private static final String KESTRA_PARSE = "root 0 3;det 2 1;nsubj 3 2;obj 3 5;obl:with 3 13;punct 3 14;det 5 4;"
            + "nmod:for 5 10;case 10 6;nummod 10 7;compound 10 8;nummod 8 9;case 13 11;compound 13 12";

    @ParameterizedTest(name = "{0} [{3}]")
    @CsvSource(delimiter = '|', value = {
        "on the order | " + ZEPHYR + " | " + ZEPHYR_PARSE
                + " | product-order-with-for | Korvath Airways=O;Zephyr Z4=R;Halvorsen Industries=O"
                + " | zephyr-z4 productOf halvorsen-industries 0.75",
        "on the verb | " + KESTRA + " | " + KESTRA_PARSE
                + " | product-order-with-for | Kestra 220=R;Marlowe Coachworks=O"
                + " | kestra-220 productOf marlowe-coachworks 0.75",
        "on the verb | " + KESTRA + " | " + KESTRA_PARSE
                + " | order-with-verb | The company=O;Marlowe Coachworks=O"
                + " | the-company customerOf marlowe-coachworks 0.75",
        "with before for | The/DT carrier/NN placed/VBD/place an/DT/a order/NN with/IN Halvorsen/NNP Industries/NNPS"
                + " for/IN 30/CD Z350s/NNS/z350 ./."
                + " | root 0 3;det 2 1;nsubj 3 2;obj 3 5;punct 3 12;det 5 4;nmod:with 5 8;nmod:for 5 11;case 8 6;"
                + "compound 8 7;case 11 9;nummod 11 10"
                + " | product-order-with-for | Z350s=R;Halvorsen Industries=O | z350s productOf halvorsen-industries 0.75",
        "goods no entity | Korvath/NNP Airways/NNPS placed/VBD/place an/DT/a order/NN for/IN 20/CD trains/NNS/train"
                + " with/IN Halvorsen/NNP Industries/NNPS ./."
                + " | root 0 3;compound 2 1;nsubj 3 2;obj 3 5;punct 3 12;det 5 4;nmod:for 5 8;nmod:with 5 11;case 8 6;"
                + "nummod 8 7;case 11 9;compound 11 10"
                + " | product-order-with-for | Korvath Airways=O;Halvorsen Industries=O | ",
    })
    void theOrdersGoodsAreTheSellersMake(String phrasing, String words, String dependencies, String rule, String names,
                                         String expected) {
        Map<String, EntityType> types = new LinkedHashMap<>();
        for (String named : names.split(";")) {
            String[] parts = named.trim().split("=");
            types.put(parts[0], switch (parts[1]) {
                case "P" -> EntityType.PERSON;
                case "R" -> EntityType.PRODUCT;
                default -> EntityType.ORGANIZATION;
            });
        }
        List<String> wanted = expected == null ? List.of() : Arrays.stream(expected.split(",")).map(String::trim).toList();
        assertEquals(wanted, BundledRuleReadS24Relprec.read(words, dependencies, rule, types), phrasing);
    }
}
