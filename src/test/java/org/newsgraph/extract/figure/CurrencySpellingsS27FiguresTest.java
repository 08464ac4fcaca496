package org.newsgraph.extract.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.extract.FigureCandidate;
import org.newsgraph.extract.FigureKind;

/**
 * Session 27: currency names capitalised ("12 Euros", "5 DOLLARS"; a title-case headline is still read as names
 * before the number), the wire services' "mn" after a
 * space ("$1.5 mn"), and a decimal comma beside the euro ("€5,50", "3,50 €"): each was read with a wrong value or not
 * at all.
 */
class CurrencySpellingsS27FiguresTest {

    private static final FigureParser PARSER = new FigureParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Tickets now cost 12 Euros at the gate.        | 12 Euros      | 12      | EUR
            Each meal costs 5 DOLLARS, the sign says.     | 5 DOLLARS     | 5       | USD
            The fare rises to 300 Yen in April.           | 300 Yen       | 300     | JPY
            The airline was fined 40,000 Pounds.          | 40,000 Pounds | 40000   | GBP
            The startup raised $1.5 mn from investors.    | $1.5 mn       | 1500000 | USD
            The council borrowed £2 mn last year.         | £2 mn         | 2000000 | GBP
            A coffee costs €5,50 in the old town.         | €5,50         | 5.50    | EUR
            A coffee costs 3,50 € in the old town.        | 3,50 €        | 3.50    | EUR
            A day ticket costs 12,99 euros.               | 12,99 euros   | 12.99   | EUR
            The fine was €5,500 in the end.               | €5,500        | 5500    | EUR
            """)
    void theAmountIsRead(String sentence, String words, String value, String unit) {
        List<FigureCandidate> found = PARSER.parse(sentence);
        assertOneAmount(sentence, found, words, value, unit);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "He signed 2 Real Madrid players in the summer.",
            "Kestrel Rovers Won 3 Games In A Row",
            "The 3 Rand brothers ran the farm."})
    void aCurrencyNameThatIsAlsoAWordKeepsItsCase(String sentence) {
        assertEquals(List.of(), PARSER.parse(sentence).stream().filter(f -> f.kind() == FigureKind.AMOUNT).toList());
    }

    /** The sentence holds one figure: an amount of {@code value} {@code unit}, written as {@code words}. */
    static void assertOneAmount(String sentence, List<FigureCandidate> found, String words, String value, String unit) {
        assertEquals(1, found.size(), found::toString);
        FigureCandidate figure = found.get(0);
        assertEquals(words, sentence.substring(figure.start(), figure.end()));
        assertEquals(FigureKind.AMOUNT, figure.kind());
        assertEquals(0, new BigDecimal(value).compareTo(figure.value()), figure::toString);
        assertEquals(unit, figure.unit());
    }
}
