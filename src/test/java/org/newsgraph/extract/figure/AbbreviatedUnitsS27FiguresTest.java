package org.newsgraph.extract.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.extract.FigureCandidate;
import org.newsgraph.extract.FigureKind;

/**
 * Session 27: unit abbreviations written with a plural "s" or without a space ("25 kgs", "16 ozs", "6.2 ltrs",
 * "3,000 sq.ft", units.tsv), and a time after "for" that is a length even when "before" or "after" follows it ("for
 * nine years before retiring", {@link CountedNouns#LENGTH_BEFORE}).
 */
class AbbreviatedUnitsS27FiguresTest {

    private static final FigureParser PARSER = new FigureParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Each bag holds 25 kgs of cement.             | 25 kgs       | 25   | KiloGM
            The jar contains 16 ozs of honey.            | 16 ozs       | 16   | OZ
            The tank takes 55 ltrs of diesel.            | 55 ltrs      | 55   | L
            A 2 ltr bottle of cola costs more now.       | 2 ltr        | 2    | L
            The hall measures 3,000 sq.ft.               | 3,000 sq.ft. | 3000 | FT2
            The flat has 68 sq.m of floor space.         | 68 sq.m      | 68   | M2
            """)
    void anAbbreviationIsReadAsItsUnit(String sentence, String words, String value, String unit) {
        List<FigureCandidate> found = PARSER.parse(sentence);
        assertEquals(1, found.size(), found::toString);
        FigureCandidate figure = found.get(0);
        assertEquals(words, sentence.substring(figure.start(), figure.end()));
        assertEquals(FigureKind.MEASUREMENT, figure.kind());
        assertEquals(0, new BigDecimal(value).compareTo(figure.value()));
        assertEquals(unit, figure.unit());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ellery Mills was chairman for nine years before retiring.   | nine years  | 9  | YR
            The road stayed shut for two days after the landslide.      | two days    | 2  | DAY
            She worked there for more than 20 years before the sale.    | 20 years    | 20 | YR
            """)
    void aTimeAfterForIsALength(String sentence, String words, String value, String unit) {
        List<FigureCandidate> found = PARSER.parse(sentence);
        assertEquals(1, found.size(), found::toString);
        FigureCandidate figure = found.get(0);
        assertEquals(true, sentence.substring(figure.start(), figure.end()).endsWith(words), figure::toString);
        assertEquals(FigureKind.DURATION, figure.kind());
        assertEquals(0, new BigDecimal(value).compareTo(figure.value()));
        assertEquals(unit, figure.unit());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The plane left four hours after the storm.
            The boy was found two days later.
            Three years before the sale, the mill had closed.
            """)
    void aTimeThatAnchorsIsStillNoLength(String sentence) {
        assertEquals(List.of(), PARSER.parse(sentence));
    }
}
