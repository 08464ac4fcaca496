package org.newsgraph.extract.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.extract.FigureCandidate;

/**
 * Session 28: numbers in title-case headlines ({@link Headlines}). A capital word before a number with a unit no
 * longer makes it a name's number there ("Airline Fined 40,000 Pounds"), and a capitalised scale is read ("Raises $2
 * Billion" was read as $2). Names' numbers without a unit, numbering words and one-letter units stay refused.
 */
class HeadlineFiguresS28FiguresTest {

    private static final FigureParser PARSER = new FigureParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Airline Fined 40,000 Pounds Over Late Refunds   | 40,000 Pounds     | 40000      | GBP
            Firm Fined 2 Million Dollars for Spill          | 2 Million Dollars | 2000000    | USD
            Storm Brings 40mm of Rain to Cork               | 40mm              | 40         | MilliM
            Startup Raises $2 Billion in New Funding Round  | $2 Billion        | 2000000000 | USD
            Union Wins 5% Pay Rise for Hospital Cleaners    | 5%                | 5          | percent
            """)
    void theHeadlineFigureIsRead(String headline, String words, String value, String unit) {
        List<FigureCandidate> found = PARSER.parse(headline);
        assertEquals(1, found.size(), found::toString);
        FigureCandidate figure = found.get(0);
        assertEquals(words, headline.substring(figure.start(), figure.end()));
        assertEquals(0, new BigDecimal(value).compareTo(figure.value()), figure::toString);
        assertEquals(unit, figure.unit());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Dexon Unveils Model 300 Tractor at Royal Show",
            "Office 365 Price Rises Again",
            "Jane Doe, 123 Random Street, Cloud City, PA 23456 F Block",
            "The Vexa 400 went on sale in the spring."})
    void namesNumbersStayRefused(String text) {
        assertEquals(List.of(), PARSER.parse(text));
    }
}
