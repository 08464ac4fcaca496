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
 * Session 28: "pounds" of a thing news weighs with no word of money in the sentence ("the newborn was barely three
 * pounds"), the singular "-carat" of a stone ("a 2-carat diamond"; "18-carat gold" is a fineness), "N grand"
 * (thousands of the article's one currency, {@link ImplicitCurrency}), and the currency names "NZ dollars" and "liras": each was read as sterling, a count, or nothing.
 */
class WeightsAndSlangS28FiguresTest {

    private static final FigureParser PARSER = new FigureParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The newborn was barely three pounds when she arrived. | three pounds | MEASUREMENT | 3    | LB
            The carp was 42 pounds, a lake record.                | 42 pounds    | MEASUREMENT | 42   | LB
            A ticket for the match was 9 pounds at the gate.      | 9 pounds     | AMOUNT      | 9    | GBP
            The baby clothes cost 12 pounds at the market.        | 12 pounds    | AMOUNT      | 12   | GBP
            She bought a 1.5-carat engagement ring on Friday.     | 1.5-carat    | MEASUREMENT | 1.5  | CARAT
            The ferry costs 20 NZ dollars each way.               | 20 NZ dollars | AMOUNT     | 20   | NZD
            A simit sells for 15 liras in the square.             | 15 liras     | AMOUNT      | 15   | TRY
            """)
    void theFigureIsRead(String sentence, String words, String kind, String value, String unit) {
        List<FigureCandidate> found = PARSER.parse(sentence);
        assertEquals(1, found.size(), found::toString);
        FigureCandidate figure = found.get(0);
        assertEquals(words, sentence.substring(figure.start(), figure.end()));
        assertEquals(FigureKind.valueOf(kind), figure.kind());
        assertEquals(0, new BigDecimal(value).compareTo(figure.value()), figure::toString);
        assertEquals(unit, figure.unit());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "The hall holds two grand pianos.",
            "A grand jury heard 3 grand theft cases.",
            "The ring is set in 18-carat gold."})
    void noMoneyAndNoMass(String sentence) {
        List<FigureCandidate> found = PARSER.parse(sentence);
        assertEquals(List.of(), found.stream().filter(f -> f.kind() == FigureKind.AMOUNT
                || "CARAT".equals(f.unit())).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The plumber charged him 3 grand for the job.  | 3 grand  | 3000
            He said the repairs cost 40 grand, or so.     | 40 grand | 40000
            """)
    void grandIsThousandsOfTheArticlesCurrency(String sentence, String words, String value) {
        List<FigureCandidate> found = ImplicitCurrency.find(sentence, "GBP", PARSER.parse(sentence));
        assertEquals(1, found.size(), found::toString);
        assertEquals(words, sentence.substring(found.get(0).start(), found.get(0).end()));
        assertEquals(0, new BigDecimal(value).compareTo(found.get(0).value()));
        assertEquals("GBP", found.get(0).unit());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"The hall holds 2 grand pianos.", "He won 3 Grand Prix races."})
    void grandBeforeWhatItCountsIsNoMoney(String sentence) {
        assertEquals(List.of(), ImplicitCurrency.find(sentence, "GBP", PARSER.parse(sentence)));
    }

    @org.junit.jupiter.api.Test
    void grandWithNoArticleCurrencyIsLeftOut() {
        assertEquals(List.of(), ImplicitCurrency.find("He paid 3 grand.", null, PARSER.parse("He paid 3 grand.")));
    }
}
