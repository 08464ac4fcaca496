package org.newsgraph.extract.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.extract.FigureCandidate;

/**
 * An amount of money after a market's verb of moving, restated by the percentage change after it, is that change
 * ({@link RestatedChanges}, s27-figures): "lost 30 cents, or 2%". Without the percentage, or with a share of something
 * after "or", a loss in money stays a level.
 */
class RestatedMoneyMovesS27FiguresTest {

    private static final FigureParser PARSER = new FigureParser();

    @ParameterizedTest(name = "{0} [{1}]")
    @CsvSource(delimiter = '|', textBlock = """
            Shares of Corran Media lost 18 cents, or 1.4%, to $12.60.         | 18 cents | decrease
            Halden Mining gained $1.20, or 3.1%, in New York.                  | $1.20    | increase
            Shares of Tarvin Foods lost nearly 40p, or 6%, after the warning.  | 40p      | decrease
            """)
    void moneyRestatedByAPercentageChangeIsTheChange(String sentence, String words, String direction) {
        FigureCandidate figure = at(sentence, words);
        assertEquals("change", figure.kind().label(), figure::toString);
        assertEquals(direction, figure.direction(), figure::toString);
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @CsvSource(delimiter = '|', textBlock = """
            The airline lost $40 million last year.                            | $40 million
            The airline lost $40 million, or 12 cents a share, last year.      | $40 million
            Revenue was $5 million, or 10% higher than a year earlier.         | $5 million
            """)
    void aLossInMoneyAloneStaysALevel(String sentence, String words) {
        FigureCandidate figure = at(sentence, words);
        assertEquals("amount", figure.kind().label(), figure::toString);
        assertEquals(null, figure.direction(), figure::toString);
    }

    private static FigureCandidate at(String sentence, String words) {
        int at = sentence.indexOf(words);
        List<FigureCandidate> found = PARSER.parse(sentence);
        return found.stream().filter(f -> f.start() <= at && at < f.end()).findFirst()
                .orElseThrow(() -> new AssertionError(sentence + ": nothing at " + words + " in " + found));
    }
}
