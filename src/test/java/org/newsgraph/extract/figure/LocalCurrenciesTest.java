package org.newsgraph.extract.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.extract.FigureCandidate;
import org.newsgraph.extract.FigureKind;

/**
 * Session 28: money named by a word or sign several countries share, decided by the countries the article names
 * ({@link LocalCurrencies}); with no country to decide, a name is money in that name ("peso", no ISO code) and a
 * sign is left alone.
 */
class LocalCurrenciesTest {

    private static final FigureParser PARSER = new FigureParser();

    private static List<FigureCandidate> read(String sentence, String... places) {
        return LocalCurrencies.read(sentence, PARSER.parse(sentence), LocalCurrencies.currenciesOf(List.of(places)));
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(delimiter = '|', textBlock = """
            A bus ticket costs about 400 pesos.            | Mexico               | about 400 pesos | 400   | MXN
            A kilo of beef costs 9,000 pesos.              | Argentina            | 9,000 pesos  | 9000  | ARS
            The visa fee is 40 dinars.                     | Jordan               | 40 dinars    | 40    | JOD
            A night in a riad costs 500 dirhams.           | Morocco              | 500 dirhams  | 500   | MAD
            A day pass costs 200 krona.                    | Sweden               | 200 krona    | 200   | SEK
            A coffee at the terminal costs 45 kroner.      | Norway               | 45 kroner    | 45    | NOK
            A coffee at the terminal costs 45 kroner.      | Atlantis             | 45 kroner    | 45    | DKK
            A loaf now costs R18.50.                       | South Africa         | R18.50       | 18.5  | ZAR
            A metro day pass costs Dh 20.                  | United Arab Emirates | Dh 20        | 20    | AED
            A coffee costs 45 kr.                          | Norway               | 45 kr        | 45    | NOK
            The fare was 30 pesos, the driver said.        | Atlantis             | 30 pesos     | 30    | peso
            A meal costs 300 pesos.                        | Mexico+Chile         | 300 pesos    | 300   | peso
            A week's rent runs to 90,000 krona.            | Atlantis             | 90,000 krona | 90000 | krona
            The court fined the firm 2 million crowns.     | Atlantis             | 2 million crowns | 2000000 | crown
            The regulator fined the lender 30 million crowns. | Czech Republic    | 30 million crowns | 30000000 | CZK
            A season ticket costs 4,500 crowns.            | Denmark              | 4,500 crowns | 4500  | DKK
            The fee was raised to 250,000 crowns.          | Atlantis             | 250,000 crowns | 250000 | crown
            """)
    void theCountryDecides(String sentence, String places, String words, String value, String unit) {
        List<FigureCandidate> found = read(sentence, places.split("\\+"));
        CurrencySpellingsS27FiguresTest.assertOneAmount(sentence, found, words, value, unit);
    }

    @Test
    void aSignWithNoCountryToDecideIsLeftAlone() {
        assertEquals(List.of(), read("The lorry crashed on the R100 near 40 homes.", "Ireland").stream()
                .filter(f -> f.kind() == FigureKind.AMOUNT).toList());
        assertEquals(List.of(), read("A loaf now costs R18.50."));
    }

    @Test
    void crownsWithNoCountryOrLargeNumberAreNoMoney() {
        // s34: "crowns" are money where a country or the number says so; a few crowns are titles or teeth
        assertEquals(List.of(), read("She has won 3 crowns in four years.", "Atlantis").stream()
                .filter(f -> f.kind() == FigureKind.AMOUNT).toList());
        assertEquals(List.of(), read("The dentist fitted 12 crowns.").stream()
                .filter(f -> f.kind() == FigureKind.AMOUNT).toList());
    }

    @Test
    void countriesAreNamedWholeWithTheirCurrency() {
        // session 29: a city of one country only names it (city-countries.tsv): "Leeds" GBP, "Marrakesh" MAD (session
        // 28 had no city table and expected none from either); a state or a city of several countries names none
        assertEquals(Set.of("MXN", "TRY", "GBP"), LocalCurrencies.currenciesOf(List.of("Mexico", "Turkey", "Leeds")));
        assertEquals(Set.of("MAD"), LocalCurrencies.currenciesOf(List.of("New Mexico", "Marrakesh")));
        assertEquals(Set.of(), LocalCurrencies.currenciesOf(List.of("New Mexico", "London", "Wellington")));
        assertTrue(LocalCurrencies.currenciesOf(List.of("Britain")).contains("GBP"));
    }

    @Test
    void otherFiguresAreKept() {
        List<FigureCandidate> found = read("In Mexico, 400 workers were paid $5 an hour.", "Mexico");
        assertEquals(List.of(FigureKind.COUNT, FigureKind.AMOUNT), found.stream().map(FigureCandidate::kind).toList());
    }
}
