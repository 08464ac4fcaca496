package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class FigureCandidateTest {

    private static final FigureCandidate FOUND = new FigureCandidate(10, 15, FigureKind.AMOUNT, BigDecimal.TEN, null,
            null, "USD", null, null, null, null, null, null);

    @Test
    void aSpanOverlapsAFigureWhenTheyShareACharacter() {
        assertTrue(FigureCandidate.anyOverlaps(List.of(FOUND), 14, 20));
        assertTrue(FigureCandidate.anyOverlaps(List.of(FOUND), 5, 11));
        assertTrue(FigureCandidate.anyOverlaps(List.of(FOUND), 11, 12));
    }

    @Test
    void spansThatOnlyTouchDoNotOverlap() {
        assertFalse(FigureCandidate.anyOverlaps(List.of(FOUND), 15, 20));
        assertFalse(FigureCandidate.anyOverlaps(List.of(FOUND), 0, 10));
        assertFalse(FigureCandidate.anyOverlaps(List.of(), 0, 100));
    }
}
