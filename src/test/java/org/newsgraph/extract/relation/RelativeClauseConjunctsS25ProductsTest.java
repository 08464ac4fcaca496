package org.newsgraph.extract.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.extract.EntityType;

/**
 * Session 25 (s25-products) on the parse CoreNLP 4.5.10 gives (copied from its output): a relative clause after the last
 * of two coordinated products hangs on the first, and enhanced++ makes both its subjects; a verb that agrees with one
 * thing ("which was designed by") keeps the clause on the last conjunct only ({@link SentenceGraph}), a plural one
 * ("which were designed by") on both. Sources: the s23-products held-out set B ("the Embraer E175 and the Airbus
 * A220, which was designed by Bombardier": both productOf Bombardier, rule product-made) and made-up variants; no real
 * text held has the phrasing (0 in MEANTIME tuning and KPI-EDGAR train).
 */
class RelativeClauseConjunctsS25ProductsTest {

    private static final String WORDS = "The/DT airline/NN flies/VBZ/fly the/DT Embraer/NNP E175/NN and/CC the/DT"
            + " Airbus/NNP A220/NN ,/, which/WDT %s designed/VBN/design by/IN Bombardier/NNP ./.";
    private static final String PARSE = "root 0 3;det 2 1;nsubj 3 2;obj 3 6;obj 3 10;punct 3 17;det 6 4;compound 6 5;"
            + "conj:and 6 10;punct 6 11;ref 6 12;acl:relcl 6 14;nsubj:pass 14 6;nsubj:pass 14 10;aux:pass 14 13;"
            + "obl:agent 14 16;cc 10 7;det 10 8;compound 10 9;case 16 15";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "was/VBD/be | embraer-e175 productOf bombardier X airbus-a220 productOf bombardier | airbus-a220 productOf bombardier",
        "were/VBD/be | embraer-e175 productOf bombardier X airbus-a220 productOf bombardier"
                + " | embraer-e175 productOf bombardier X airbus-a220 productOf bombardier"})
    void aSingularRelativeClauseAfterTheLastConjunctIsItsOnly(String auxiliary, String before, String expected) {
        Map<String, EntityType> names = new LinkedHashMap<>();
        names.put("Embraer E175", EntityType.PRODUCT);
        names.put("Airbus A220", EntityType.PRODUCT);
        names.put("Bombardier", EntityType.ORGANIZATION);
        List<String> read = BundledRuleReadS24Relprec.read(WORDS.formatted(auxiliary), PARSE, "product-made", names)
                .stream().map(r -> r.substring(0, r.lastIndexOf(' '))).sorted().toList();
        assertEquals(List.of(expected.split(" X ")).stream().sorted().toList(), read);
    }
}
