package org.newsgraph.extract.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.extract.FigureCandidate;

/**
 * Session 44 (s44-elided, issue 12): a race, stage or lap time written with colons is a duration in seconds
 * ({@link RaceTimes}); a time of day stays no figure.
 */
class RaceTimesTest {

    private static final FigureParser PARSER = new FigureParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Mara Lind won the Berlin marathon in 2:18:34.              | 2:18:34  | 8314
            He finished the stage in 4:12:55, behind the leader.       | 4:12:55  | 15175
            Her winning time of 2:09:50 was a course record.           | 2:09:50  | 7790
            The Ferrari driver set the fastest lap in 1:21.342.        | 1:21.342 | 81.342
            The relay team clocked 3:02:07.5 over the full distance.   | 3:02:07.5 | 10927.5
            """)
    void aTimeWithSecondsIsADuration(String sentence, String text, String seconds) {
        List<FigureCandidate> found = PARSER.parse(sentence);
        FigureCandidate time = found.stream().filter(f -> sentence.substring(f.start(), f.end()).equals(text))
                .findFirst().orElseThrow(() -> new AssertionError(sentence + ": " + found));
        assertEquals("duration", time.kind().label(), sentence);
        assertEquals("SEC", time.unit(), sentence);
        assertEquals(0, new BigDecimal(seconds).compareTo(time.value()), sentence);
        assertEquals(1, found.size(), sentence + ": " + found);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The aircraft took off at 08:30:15 on Tuesday.
            The offer is open until 23:59:59 tonight.
            The first alert came in at 14:05:10 UTC.
            The bus leaves at 9:30 from the square.
            """)
    void aTimeOfDayIsNoFigure(String sentence) {
        List<FigureCandidate> found = PARSER.parse(sentence);
        assertTrue(found.isEmpty(), sentence + ": " + found);
    }
}
