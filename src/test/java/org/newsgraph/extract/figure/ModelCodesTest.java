package org.newsgraph.extract.figure;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.FigureCandidate;
import org.newsgraph.extract.FigureKind;

class ModelCodesTest {

    private static final String TEXT = "The carrier looked at other jets.";

    private static FigureCandidate count(String value, String noun) {
        return new FigureCandidate(0, 1, FigureKind.COUNT, new BigDecimal(value), null, null, noun, null, null, null,
                null, null, null);
    }

    private static ModelCodes.Names names(List<String> products, List<String> makers, String text) {
        return new ModelCodes.Names(products, makers, text);
    }

    @Test
    void aCountWhoseNumberIsANamedProductsCodeIsAModelName() {
        assertTrue(ModelCodes.isModelCode(count("450", "jet"), "450 jets",
                names(List.of("Skylark 450", "Orion X2"), List.of(), TEXT)));
    }

    @Test
    void aNumberWrittenAfterAMakersNameOrAloneAsANounIsAModelCode() {
        assertTrue(ModelCodes.isModelCode(count("450", "jet"), "450 jets",
                names(List.of(), List.of("Skyworks"), "Skyworks 450 orders slowed. The airline wants 450 jets.")));
        assertTrue(ModelCodes.isModelCode(count("450", "aircraft"), "450 aircraft",
                names(List.of(), List.of(), "Their new 450 aircraft burns less fuel than the 450.")));
    }

    @Test
    void otherCountsStayFigures() {
        ModelCodes.Names skylark = names(List.of("Skylark 450", "Skylark 900-45"), List.of("Skyworks"), TEXT);
        assertFalse(ModelCodes.isModelCode(count("45", "jet"), "45 jets", skylark));        // a variant, not the code
        assertFalse(ModelCodes.isModelCode(count("4500", "jet"), "4500 jets", skylark));    // a longer number
        assertFalse(ModelCodes.isModelCode(count("450", "pilot"), "450 pilots", skylark));  // pilots are not numbered models
        assertFalse(ModelCodes.isModelCode(count("450", "jet"), "450 jets", names(List.of(), List.of(), TEXT)));
        assertFalse(ModelCodes.isModelCode(count("300", "jet"), "300 jets",
                names(List.of(), List.of(), "Of the 300, most were jets.")));                 // "the 300" counts here
        FigureCandidate amount = new FigureCandidate(0, 1, FigureKind.AMOUNT, new BigDecimal("450"), null, null,
                "USD", null, null, null, null, null, null);
        assertFalse(ModelCodes.isModelCode(amount, "$450", skylark));                       // not a count
    }
}
