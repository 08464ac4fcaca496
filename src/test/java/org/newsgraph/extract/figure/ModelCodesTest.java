package org.newsgraph.extract.figure;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.FigureCandidate;
import org.newsgraph.extract.FigureKind;

class ModelCodesTest {

    private static FigureCandidate count(String value, String noun) {
        return new FigureCandidate(0, 1, FigureKind.COUNT, new BigDecimal(value), null, null, noun, null, null, null,
                null, null, null);
    }

    @Test
    void aCountWhoseNumberIsANamedProductsCodeIsAModelName() {
        List<String> products = List.of("Skylark 450", "Orion X2");
        assertTrue(ModelCodes.isModelCode(count("450", "jet"), "450 jets", products));
    }

    @Test
    void otherCountsStayFigures() {
        List<String> products = List.of("Skylark 450");
        assertFalse(ModelCodes.isModelCode(count("45", "jet"), "45 jets", products));       // not the code
        assertFalse(ModelCodes.isModelCode(count("4500", "jet"), "4500 jets", products));   // a longer number
        assertFalse(ModelCodes.isModelCode(count("450", "jet"), "450 jets", List.of()));    // no product named
        FigureCandidate amount = new FigureCandidate(0, 1, FigureKind.AMOUNT, new BigDecimal("450"), null, null,
                "USD", null, null, null, null, null, null);
        assertFalse(ModelCodes.isModelCode(amount, "$450", products));                      // not a count
    }
}
