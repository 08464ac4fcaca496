package org.newsgraph.extract.figure;

import org.newsgraph.extract.FigureCandidate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * What must hold for any text at all: the parser reads news, but it is fed whatever an article file contains, so it
 * must never throw and must always hand back spans the rest of the pipeline can slice the text with.
 */
class FigureParserPropertyTest {

    private static final FigureParser PARSER = new FigureParser();

    /** Pieces of figure-like text, so random strings hit the parser's rules and not only its fast paths. */
    private static final List<String> PIECES = List.of("$", "US$", "€", "£", "¥", "₹", "DKK ", "USD", "C$", "0", "1",
            "7", "9", "12", "2.5", "1,200", "3,000,000", ".", ",", "-", "–", "%", "^", "e", "x", " ", " ", " ", "\n",
            "million", "bn", "m", "k", " billion", " trillion", " percent", " per cent", " basis points",
            " percentage points", " times", "-fold", " pence", "p", " euros", " yuan", " km", " km/h", " mph", " MWh",
            " tonnes", " barrels per day", " square metres", " a year", " per share", " per user", " a month",
            " monthly", " annually", " each quarter", "between ", " and ", " to ", " of ", "of its ", " more",
            " more than ", "nearly ", "about ", "up to ", "at least ", "over ", "rose ", "fell ", " higher",
            " less", "narrowed by ", "a premium of ", "by an average of ", "doubled", "more than doubled", "halved",
            "fivefold", "two-thirds", "a third", "a quarter", "half", "three", "a dozen", "Twenty-five", " stores",
            " people", " employees", " women", " years", " ago", "-minute", "millions", "billions of", "thousands",
            "Tens of ", " dollars", "GPT-", "Office ", "A330-200", "March ", "fiscal ", "voted ", "9:30 a.m.",
            "0808 157 0192", "+1 212 555 0100", "section ", "1e308", "10^400", "Ü", "İ", "ß", "😀", "\u0000",
            "’s", "'", "\"", "(", ")");

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> pieces = Arbitraries.of(PIECES).list().ofMaxSize(60).map(list -> String.join("", list));
        Arbitrary<String> unicode = Arbitraries.strings().all().ofMaxLength(200);
        Arbitrary<String> digits = Arbitraries.strings().withChars("0123456789.,-% $€£").ofMaxLength(400);
        Arbitrary<String> mixed = Arbitraries.of(PIECES).list().ofMaxSize(30)
                .flatMap(list -> Arbitraries.strings().all().ofMaxLength(20)
                        .map(noise -> String.join(noise, list)));
        return Arbitraries.oneOf(pieces, unicode, digits, mixed);
    }

    @Property(tries = 2000)
    void neverThrowsOnAnyText(@ForAll("texts") String text) {
        assertNotNull(PARSER.parse(text));
    }

    @Property(tries = 500)
    void neverThrowsOnArbitraryStrings(@ForAll String text) {
        assertNotNull(PARSER.parse(text));
    }

    @Property(tries = 2000)
    void spansAreInBoundsOrderedAndDisjoint(@ForAll("texts") String text) {
        List<FigureCandidate> found = PARSER.parse(text);
        int lastEnd = 0;
        for (FigureCandidate figure : found) {
            assertTrue(figure.start() >= lastEnd, () -> "overlapping or unordered span in " + describe(text, found));
            assertTrue(figure.end() > figure.start(), () -> "empty span in " + describe(text, found));
            assertTrue(figure.end() <= text.length(), () -> "span past the end in " + describe(text, found));
            lastEnd = figure.end();
        }
    }

    @Property(tries = 2000)
    void figuresAreFiniteAndComplete(@ForAll("texts") String text) {
        for (FigureCandidate figure : PARSER.parse(text)) {
            assertNotNull(figure.kind(), "kind");
            assertNotNull(figure.unit(), "unit");
            assertFinite(figure.value(), "value");
            assertFinite(figure.min(), "min");
            assertFinite(figure.max(), "max");
            assertTrue(figure.value() != null || figure.min() != null, "a figure has a value, a range or a bound");
            if (figure.min() != null && figure.max() != null) {
                assertTrue(figure.min().compareTo(figure.max()) < 0, "a range runs upwards");
            }
        }
    }

    @Property(tries = 300)
    void hugeNumbersAreNeverInfinite(@ForAll("longNumbers") String text) {
        for (FigureCandidate figure : PARSER.parse(text)) {
            assertFinite(figure.value(), "value");
            assertFinite(figure.min(), "min");
            assertFinite(figure.max(), "max");
        }
    }

    @Provide
    Arbitrary<String> longNumbers() {
        Arbitrary<String> digits = Arbitraries.strings().numeric().ofMinLength(300).ofMaxLength(400);
        Arbitrary<String> tail = Arbitraries.of(" trillion dollars", " billion", "%", " km", " people", "bn",
                " times", "-fold", "");
        return Arbitraries.of("$", "€", "", "about ", "rose ").flatMap(head -> digits.flatMap(number ->
                tail.map(end -> head + number + end)));
    }

    @Property(tries = 300)
    void parsingIsDeterministic(@ForAll("texts") String text) {
        assertEquals(PARSER.parse(text), PARSER.parse(text));
    }

    /** Exact decimals are never infinite; a number longer than any news states is no figure at all. */
    private static void assertFinite(java.math.BigDecimal number, String field) {
        assertTrue(number == null || Double.isFinite(number.doubleValue()), () -> field + " is out of range: " + number);
    }

    private static String describe(String text, List<FigureCandidate> found) {
        return "'" + text + "': " + found;
    }
}
