package org.newsgraph.extract.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.extract.FigureCandidate;

/**
 * A change restated in another unit is the same change ({@link RestatedChanges}, s26-figures): "or" without a comma
 * and a bracket, as market reports write them (MEANTIME tuning half: four Wikinews market reports by different
 * writers, 8 restated changes read as bare shares or point counts). Made-up sentences; the comma form was read before.
 * A loss in percent or points is a fall ("a loss of 3.30%", "its loss of 27.30%": two of those reports); a loss in
 * money stays a level.
 */
class RestatedChangesS26FiguresTest {

    private static final FigureParser PARSER = new FigureParser();

    @ParameterizedTest(name = "{0} [{1}]")
    @CsvSource(delimiter = '|', textBlock = """
            The Harlow index fell 82.65 points or 3.44% on Monday.             | 3.44%        | change | decrease
            The Ostrava 40 dropped 3.24% or 37.75 points by the close.         | 37.75 points | change | decrease
            The index suffered a drop of 9% or 998.50 points at one stage.     | 998.50 points| change | decrease
            The Kelburn 100 was down 2.95% (54.97 points) at midday.           | 54.97 points | change | decrease
            Corvane shares went up by 41.25 points (21.48%) in London.         | 21.48%       | change | increase
            The Nikkei rose 310 points, or 1.1%, on Friday.                    | 1.1%         | change | increase
            Corvane's sales rose 4% or $12 million in the quarter.             | $12 million  | change | increase
            The index closed with a loss of 3.30% or 347.80 points.            | 3.30%        | change | decrease
            The index closed with a loss of 3.30% or 347.80 points.            | 347.80 points| change | decrease
            Ostrava Steel led the fallers, with its loss of 27.30% on the day. | 27.30%       | change | decrease
            """)
    void aChangeRestatedInAnotherUnitIsTheSameChange(String sentence, String words, String kind, String direction) {
        FigureCandidate figure = at(sentence, words);
        assertEquals(kind, figure.kind().label(), figure::toString);
        assertEquals(direction, figure.direction(), figure::toString);
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @CsvSource(delimiter = '|', textBlock = """
            Sales fell 5% (12% in Europe) last year.                           | 12%
            Corvane cut 5% or 300 jobs from its workforce.                     | 300 jobs
            The index rose 2% (120 points by our count) on Friday.             | 120 points
            Corvane's stake is 12% or $40 million at today's price.            | $40 million
            Corvane reported a loss of $381 million for the quarter.           | $381 million
            """)
    void noRestatementInTheSameUnitWithoutABracketClosingOrOfACount(String sentence, String words) {
        FigureCandidate figure = at(sentence, words);
        assertEquals(null, figure.direction(), figure::toString);
    }

    /**
     * Words between a change verb and its figure (MEANTIME tuning: "falling by an incredible 41.54%", "has today gone
     * up in value by 8,26%", "fell only 17.3%", three reports by different writers).
     */
    @ParameterizedTest(name = "{0} [{1}]")
    @CsvSource(delimiter = '|', textBlock = """
            Shares in Pellmont fell by a staggering 38% on Tuesday.             | 38%   | decrease
            The Kelburn 100 has gone up in value by 6.5% this year.             | 6.5%  | increase
            Corvane's exports rose only 2.1% last year.                         | 2.1%  | increase
            Sales in Europe fell just 0.4% in May.                              | 0.4%  | decrease
            The index dropped in price by 12 points before noon.                | 12 points | decrease
            """)
    void aChangeVerbWithWordsBeforeItsFigure(String sentence, String words, String direction) {
        FigureCandidate figure = at(sentence, words);
        assertEquals("change", figure.kind().label(), figure::toString);
        assertEquals(direction, figure.direction(), figure::toString);
    }

    private static FigureCandidate at(String sentence, String words) {
        int at = sentence.indexOf(words);
        List<FigureCandidate> found = PARSER.parse(sentence);
        return found.stream().filter(f -> f.start() <= at && at < f.end()).findFirst()
                .orElseThrow(() -> new AssertionError(sentence + ": nothing at " + words + " in " + found));
    }
}
