package org.newsgraph.extract.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.extract.FigureCandidate;

/**
 * A decimal split by spaces around its point, as tokenised newswire writes it ({@code NotAFigure.SPLIT_DECIMAL}):
 * neither part is read, since either would be a wrong value; decimals written whole are read as before.
 */
class SplitDecimalsTest {

    private static final FigureParser PARSER = new FigureParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            for the quarter , the retailer said revenue rose 6 . 3 % to $ 2.1 billion .        | 6 . 3 %
            the offer values the 41 . 75 % stake at 310 million francs .                        | 41 . 75 %
            the dollar ended at 1 . 6420 marks , up 0 . 0045 .                                  | 1 . 6420 marks
            the deficit is forecast at $ 2 . 5 billion for the year .                            | $ 2 . 5 billion
            """)
    void neitherPartOfASplitDecimalIsAFigure(String sentence, String words) {
        int at = sentence.indexOf(words);
        List<FigureCandidate> over = PARSER.parse(sentence).stream()
                .filter(f -> f.start() < at + words.length() && at < f.end()).toList();
        assertTrue(over.isEmpty(), sentence + ": " + over);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Revenue rose 6.3 % to $2.1 billion in the quarter.  | 6.3 % | 6.3
            Sales rose 4 %. 3 analysts had expected more.        | 4 % | 4
            The index closed at 1,234.5 points.                  | 1,234.5 points | 1234.5
            """)
    void wholeDecimalsAreStillRead(String sentence, String text, String value) {
        FigureCandidate figure = PARSER.parse(sentence).stream()
                .filter(f -> sentence.substring(f.start(), f.end()).contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError(sentence + ": " + PARSER.parse(sentence)));
        assertEquals(0, new BigDecimal(value).compareTo(figure.value()), sentence);
    }
}
