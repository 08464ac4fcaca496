package org.newsgraph.extract.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.extract.FigureCandidate;
import org.newsgraph.extract.FigureKind;

/**
 * Session 34: symbols that reviews and spec sheets glue to the number but that are words when spaced ("6.7in",
 * "221g", "65W": {@code units.tsv} writing g), and abbreviations that count a thing ("20,000 TEU":
 * {@code counted-abbreviations.txt}).
 */
class GluedSymbolsS34Test {

    private static final FigureParser PARSER = new FigureParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The phone weighs 221g without its case.        | 221g       | 221   | GM
            The bar of chocolate is now 150g, down from 200g. | 150g    | 150   | GM
            The charger delivers 65W to the laptop.        | 65W        | 65    | W
            The tablet has a 6.7in screen.                 | 6.7in      | 6.7   | IN
            The 14in model costs more.                     | 14in       | 14    | IN
            """)
    void gluedSymbols(String sentence, String words, String value, String unit) {
        FigureCandidate figure = PARSER.parse(sentence).get(0);
        assertEquals(words, sentence.substring(figure.start(), figure.end()));
        assertEquals(FigureKind.MEASUREMENT, figure.kind());
        assertEquals(0, new BigDecimal(value).compareTo(figure.value()), figure::toString);
        assertEquals(unit, figure.unit());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            A 20,000 TEU ship ran aground in the canal.    | 20,000 TEU | 20000
            The port handled 9,500 TEUs last week.         | 9,500 TEUs | 9500
            """)
    void countedAbbreviations(String sentence, String words, String value) {
        FigureCandidate figure = PARSER.parse(sentence).get(0);
        assertEquals(words, sentence.substring(figure.start(), figure.end()));
        assertEquals(FigureKind.COUNT, figure.kind());
        assertEquals(0, new BigDecimal(value).compareTo(figure.value()), figure::toString);
        assertEquals("TEU", figure.unit());
    }

    @Test
    void spacedWordsAreNoUnits() {
        List<FigureCandidate> found = PARSER.parse("Sales rose by 5 in the quarter, and the 5G network reached 4 W towns.");
        assertTrue(found.stream().noneMatch(f -> "IN".equals(f.unit()) || "W".equals(f.unit())
                || "GM".equals(f.unit())), found::toString);
    }
}
