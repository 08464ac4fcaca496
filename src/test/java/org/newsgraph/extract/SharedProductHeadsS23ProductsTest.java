package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.AnnotatedSentence;

/**
 * A business line's clients and a public scheme's programmes are written after their names as often as a product's
 * ("Wealth Management clients", "the Managed Care, Medicare and Medicaid programs": 10-K notes of two filers in
 * KPI-EDGAR train, where these read as products): such a noun makes a product only where a company owns it. A
 * firm's clients still say the name before them is a firm ({@code attribute-after}).
 */
class SharedProductHeadsS23ProductsTest {

    /** A hand-parsed sentence, the name in it, and the cue it should get (null: none). */
    record Row(String tokens, String parse, String name, TypeCues.Cue cue) {
    }

    private static final List<Row> TABLE = List.of(
            new Row("it consists/VBZ/consist of Wealth/NNP/wealth Management/NNP/management clients/NNS/client .",
                    "1:nsubj:0 1:obl:of:5 5:case:2 5:compound:3 5:compound:4", "Wealth Management",
                    new TypeCues.Cue(EntityType.ORGANIZATION, "attribute-after")),
            new Row("rebates under the Medicaid/NNP/medicaid programs/NNS/program rose/VBD/rise .",
                    "0:nmod:under:4 4:case:1 4:det:2 4:compound:3 5:nsubj:0", "Medicaid", null),
            new Row("Halvorsen/NNP/halvorsen/ORGANIZATION 's Zephyr/NN/zephyr/MISC customers/NNS/customer left/VBD/leave .",
                    "3:nmod:poss:0 3:compound:2 4:nsubj:3", "Zephyr",
                    new TypeCues.Cue(EntityType.PRODUCT, "compound-of-company's-noun")),
            new Row("Greyfield priced/VBD/price its/PRP$/its Ploto/NNP/ploto design/NN/design program/NN/program .",
                    "1:nsubj:0 1:obj:5 5:nmod:poss:2 5:compound:3 5:compound:4", "Ploto",
                    new TypeCues.Cue(EntityType.PRODUCT, "compound-of-product-noun")),
            new Row("Zephyr/NNP/zephyr users/NNS/user complained/VBD/complain .", "1:compound:0 2:nsubj:1", "Zephyr",
                    new TypeCues.Cue(EntityType.PRODUCT, "compound-of-product-noun")),
            new Row("Tarvik ordered/VBD/order ten Zephyrliner/NNP/zephyrliner jets/NNS/jet .",
                    "1:nsubj:0 1:obj:4 4:nummod:2 4:compound:3", "Zephyrliner",
                    new TypeCues.Cue(EntityType.PRODUCT, "compound-of-product-noun")));

    @Test
    void aSharedHeadMakesAProductOnlyWhereACompanyOwnsIt() {
        for (Row row : TABLE) {
            AnnotatedSentence sentence = TypeCuesTest.sentence(row.tokens(), row.parse());
            int[] span = TypeCuesTest.find(sentence, row.name());
            assertEquals(row.cue(), TypeCues.cue(sentence, span[0], span[1]), row.tokens());
        }
    }
}
