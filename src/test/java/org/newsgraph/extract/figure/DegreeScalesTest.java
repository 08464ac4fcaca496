package org.newsgraph.extract.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.extract.FigureCandidate;

/**
 * The degree sign before a scale's name written out is a temperature, not an angle (Recognizers-Text tuning "Water
 * boils at 100° Celsius" was read as an angle; made-up probes "reaches 250° Celsius", "highs of 30° Fahrenheit"); a
 * degree sign alone stays an angle or unknown scale.
 */
class DegreeScalesTest {

    private static final FigureParser PARSER = new FigureParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The oven at Brennan's reaches 250° Celsius on a good day. | 250° Celsius      | 250 | DEG_C
            Forecasters expect highs of 30° Fahrenheit in the valley.    | 30° Fahrenheit    | 30  | DEG_F
            The kiln is fired at 1,200°Celsius for a day.                | 1,200°Celsius     | 1200 | DEG_C
            Keep the vaccine at 8° centigrade.                           | 8° centigrade     | 8   | DEG_C
            The valley fell to -4° Fahrenheit overnight.                 | -4° Fahrenheit    | -4  | DEG_F
            The crane swings through 270° in a minute.                   | 270°              | 270 | DEG
            The roof is pitched at 45° to shed snow.                     | 45°               | 45  | DEG
            """)
    void readsTheScale(String sentence, String text, String value, String unit) {
        List<FigureCandidate> figures = PARSER.parse(sentence);
        assertEquals(1, figures.size(), figures.toString());
        FigureCandidate figure = figures.get(0);
        assertEquals(text, sentence.substring(figure.start(), figure.end()));
        assertEquals(0, figure.value().compareTo(new java.math.BigDecimal(value)), figure.toString());
        assertEquals(unit, figure.unit());
    }
}
