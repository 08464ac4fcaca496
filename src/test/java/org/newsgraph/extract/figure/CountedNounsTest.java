package org.newsgraph.extract.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.extract.FigureCandidate;

/** What a number with no unit of its own counts ({@link CountedNouns}). */
class CountedNounsTest {

    private static final FigureParser PARSER = new FigureParser();

    /**
     * A part of a whole picked by "last", "first", "next" ("two of their last 23 matches", "14 of their last 17 games")
     * is two counts of the whole's noun, as "14 of the 40 seats" is: before, the part ran on over the whole, which was
     * no figure.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Town have lost only two of their last 23 matches.   | two         | 2  | match
            Town have lost only two of their last 23 matches.   | 23 matches  | 23 | match
            The Kestrels have won 14 of their last 17 games.    | 14          | 14 | game
            The Kestrels have won 14 of their last 17 games.    | 17 games    | 17 | game
            Three of its first 10 flights were delayed.         | Three       | 3  | flight
            Three of its first 10 flights were delayed.         | 10 flights  | 10 | flight
            He scored in two of the last three games.           | three games | 3  | game
            """)
    void aPartPickedFromAWholeIsTwoCounts(String sentence, String text, String value, String unit) {
        List<FigureCandidate> found = PARSER.parse(sentence);
        FigureCandidate count = found.stream().filter(f -> sentence.substring(f.start(), f.end()).equals(text))
                .findFirst().orElseThrow(() -> new AssertionError(sentence + ": " + found));
        assertEquals("count", count.kind().label(), sentence);
        assertEquals(unit, count.unit(), sentence);
        assertEquals(0, new BigDecimal(value).compareTo(count.value()), sentence);
    }

    /**
     * The plural of a people's name is what a number counts ("6.9 million Americans"); before, the capitalised word
     * was taken for a name modifying a noun after it and the number was refused as bare. Invariable demonyms and
     * names that only look plural are left alone.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            About 6.9 million Americans live with the disease.  | 6.9 million Americans | 6900000 | American
            Some 300,000 Britons moved abroad last year.        | 300,000 Britons       | 300000  | Briton
            Nearly 40,000 Germans signed the petition.          | 40,000 Germans        | 40000   | German
            """)
    void thePluralOfAPeoplesNameIsCounted(String sentence, String text, String value, String unit) {
        List<FigureCandidate> found = PARSER.parse(sentence);
        FigureCandidate count = found.stream().filter(f -> sentence.substring(f.start(), f.end()).endsWith(text))
                .findFirst().orElseThrow(() -> new AssertionError(sentence + ": " + found));
        assertEquals("count", count.kind().label(), sentence);
        assertEquals(unit, count.unit(), sentence);
        assertEquals(0, new BigDecimal(value).compareTo(count.value()), sentence);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Americans,true", "Britons,true", "Germans,true", "Swiss,false", "Rangers,false", "Airbus,false",
            "americans,false"})
    void peoplesNamesAreDemonymsWithAnS(String word, boolean people) {
        assertEquals(people, CountedNouns.isPeopleOfPlace(word), word);
    }
}
