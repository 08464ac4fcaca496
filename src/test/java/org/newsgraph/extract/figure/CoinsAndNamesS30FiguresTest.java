package org.newsgraph.extract.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.extract.FigureCandidate;
import org.newsgraph.extract.FigureKind;

/**
 * Session 30: money named by a minor unit or a less common currency name, from ISO 4217 (general knowledge, no
 * article). Minor units of one currency are read by the parser ({@code currencies.tsv}: "50 halalas" 0.5 SAR); minor
 * units several currencies share ({@code local-currency-names.tsv}, where {@code subunit}: "fils", "centavos",
 * "piastres", "centimes", "øre") take the article's one fitting currency and its ISO 4217 exponent ("300 fils" in
 * Kuwait 0.3 KWD, in the UAE 3 AED); with no country they stay money in the coin's own name. Names that were counts
 * ("40 soles", "5 riyals") or kept their default against the article's country ("rupees" in Pakistan) are decided
 * the same way; a change in such a name ("rose by 50 centavos") keeps its kind.
 */
class CoinsAndNamesS30FiguresTest {

    private static final FigureParser PARSER = new FigureParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The ticket was 5 riyals and 50 halalas.        | 50 halalas    | 0.5   | SAR
            A bottle of water costs 7 baht 50 satang.      | 50 satang     | 0.5   | THB
            A bread roll costs 12 kronor and 50 öre.       | 50 öre        | 0.5   | SEK
            The bus fare is 90 agorot.                     | 90 agorot     | 0.9   | ILS
            The stamp costs 60 groszy.                     | 60 groszy     | 0.6   | PLN
            A ride costs 300 bolivianos.                   | 300 bolivianos | 300  | BOB
            The fine was 2,000 cedis.                      | 2,000 cedis   | 2000  | GHS
            A coffee costs 45 birr.                        | 45 birr       | 45    | ETB
            """)
    void coinsAndNamesOfOneCurrency(String sentence, String words, String value, String unit) {
        FigureCandidate figure = only(PARSER.parse(sentence), words, sentence);
        assertEquals(FigureKind.AMOUNT, figure.kind());
        assertEquals(0, new BigDecimal(value).compareTo(figure.value()), figure::toString);
        assertEquals(unit, figure.unit());
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(delimiter = '|', textBlock = """
            A tea costs 300 fils.                      | Kuwait        | 300 fils      | AMOUNT | 0.3   | KWD
            A tea costs 300 fils.                      | Bahrain       | 300 fils      | AMOUNT | 0.3   | BHD
            A tea costs 300 fils.                      | Dubai         | 300 fils      | AMOUNT | 3     | AED
            A tea costs 300 fils.                      | Atlantis      | 300 fils      | AMOUNT | 300   | fils
            A tea costs 300 fils.                      | Kuwait+Bahrain | 300 fils     | AMOUNT | 300   | fils
            A candy costs 50 centavos.                 | Mexico        | 50 centavos   | AMOUNT | 0.5   | MXN
            A candy costs 50 centavos.                 | Chile         | 50 centavos   | AMOUNT | 50    | centavo
            The paper rose by 50 centavos.             | Philippines   | 50 centavos   | CHANGE | 0.5   | PHP
            A falafel costs 50 piastres.               | Egypt         | 50 piastres   | AMOUNT | 0.5   | EGP
            A baguette costs 75 centimes.              | Morocco       | 75 centimes   | AMOUNT | 0.75  | MAD
            A stamp costs 90 øre.                      | Norway        | 90 øre        | AMOUNT | 0.9   | NOK
            A guided tour costs 40 soles.              | Peru          | 40 soles      | AMOUNT | 40    | PEN
            A guided tour costs 40 soles.              | Atlantis      | 40 soles      | AMOUNT | 40    | sole
            The fare was 5 riyals.                     | Saudi Arabia  | 5 riyals      | AMOUNT | 5     | SAR
            The fare was 5 rials.                      | Oman          | 5 rials       | AMOUNT | 5     | OMR
            A melon costs 8 lei.                       | Romania       | 8 lei         | AMOUNT | 8     | RON
            A cup of tea costs 50 rupees.              | Pakistan      | 50 rupees     | AMOUNT | 50    | PKR
            A cup of tea costs 50 rupees.              | India+Pakistan | 50 rupees    | AMOUNT | 50    | INR
            A cup of tea costs 50 rupees.              | Atlantis      | 50 rupees     | AMOUNT | 50    | INR
            The visa costs 25,000 francs.              | Senegal       | 25,000 francs | AMOUNT | 25000 | XOF
            The visa costs 25,000 francs.              | Atlantis      | 25,000 francs | AMOUNT | 25000 | CHF
            """)
    void theArticlesCountryDecides(String sentence, String places, String words, String kind, String value,
                                   String unit) {
        List<FigureCandidate> found = LocalCurrencies.read(sentence, PARSER.parse(sentence),
                LocalCurrencies.currenciesOf(List.of(places.split("\\+"))));
        FigureCandidate figure = only(found, words, sentence);
        assertEquals(FigureKind.valueOf(kind), figure.kind());
        assertEquals(0, new BigDecimal(value).compareTo(figure.value()), figure::toString);
        assertEquals(unit, figure.unit());
    }

    @Test
    void aMinorUnitIsTheCurrencysIsoExponent() {
        assertEquals(0, new BigDecimal("0.001").compareTo(LocalCurrencies.minorUnit("KWD")));
        assertEquals(0, new BigDecimal("0.01").compareTo(LocalCurrencies.minorUnit("AED")));
    }

    @Test
    void aFishOrAShoeIsNoMoneyWithoutTheNumberBefore() {
        String sentence = "The chef grilled Dover soles for the guests.";
        assertEquals(List.of(), LocalCurrencies.read(sentence, PARSER.parse(sentence),
                LocalCurrencies.currenciesOf(List.of("Peru"))));
    }

    private static FigureCandidate only(List<FigureCandidate> found, String words, String sentence) {
        List<FigureCandidate> over = found.stream().filter(f -> sentence.substring(f.start(), f.end()).equals(words))
                .toList();
        assertEquals(1, over.size(), found::toString);
        return over.get(0);
    }
}
