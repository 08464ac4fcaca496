package org.newsgraph.extract.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.extract.FigureCandidate;
import org.newsgraph.extract.FigureKind;

/**
 * Session 28: a verb that usually takes money as its object ("added", "lost", "shed") followed by " to " and a price
 * far above the amount moved a price to that level ({@link LevelsReached}); it was read as a range ("added $1.20 to
 * $45.10" as $1.20-$45.10). Close ends stay a range.
 */
class LevelsReachedS28FiguresTest {

    private static final FigureParser PARSER = new FigureParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Shares in Pemberton Mills added $1.20 to $45.10 on Wednesday. | $1.20 | 1.2  | USD | increase | $45.10 | 45.1
            Stanwick Group's stock lost 22p to 415p.                       | 22p   | 0.22 | GBP | decrease | 415p   | 4.15
            Cocoa futures shed 8 cents to $5.62 a pound.                   | 8 cents | 0.08 | USD | decrease | $5.62 | 5.62
            """)
    void theMoveAndTheLevelItReached(String sentence, String move, String moved, String unit, String direction,
                                     String level, String reached) {
        List<FigureCandidate> found = PARSER.parse(sentence);
        assertEquals(2, found.size(), found::toString);
        FigureCandidate first = found.get(0);
        assertEquals(move, sentence.substring(first.start(), first.end()));
        assertEquals(FigureKind.CHANGE, first.kind());
        assertEquals(0, new BigDecimal(moved).compareTo(first.value()), first::toString);
        assertEquals(unit, first.unit());
        assertEquals(direction, first.direction());
        FigureCandidate second = found.get(1);
        assertEquals(level, sentence.substring(second.start(), second.start() + level.length()));
        assertEquals(FigureKind.AMOUNT, second.kind());
        assertEquals(0, new BigDecimal(reached).compareTo(second.value()), second::toString);
    }

    @Test
    void closeEndsAfterALossStayARange() {
        List<FigureCandidate> found = PARSER.parse("The unit lost $40 million to $50 million a year.");
        assertEquals(1, found.size(), found::toString);
        assertNull(found.get(0).value());
        assertEquals(0, new BigDecimal("40000000").compareTo(found.get(0).min()));
        assertEquals(0, new BigDecimal("50000000").compareTo(found.get(0).max()));
    }

    @Test
    void moneyAddedToSomethingIsNoMove() {
        List<FigureCandidate> found = PARSER.parse("The bank added $5 million to its reserves.");
        assertEquals(1, found.size(), found::toString);
        assertEquals(FigureKind.AMOUNT, found.get(0).kind());
        assertNull(found.get(0).direction());
    }

    @Test
    void aRangeOfPricesAfterAVerbOfSpread() {
        List<FigureCandidate> found = PARSER.parse("Prices at the stall ranged from 99 cents to $4.99.");
        assertEquals(1, found.size(), found::toString);
        assertEquals(0, new BigDecimal("0.99").compareTo(found.get(0).min()));
        assertEquals(0, new BigDecimal("4.99").compareTo(found.get(0).max()));
        assertEquals("USD", found.get(0).unit());
    }

    @Test
    void aMoveFromOneLevelToAnotherIsNoRange() {
        List<FigureCandidate> found = PARSER.parse("The fare rose from $20 to $35 last year.");
        assertEquals(2, found.size(), found::toString);
    }
}
