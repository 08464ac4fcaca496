package org.newsgraph.extract.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.extract.FigureCandidate;
import org.newsgraph.extract.FigureKind;

/**
 * Session 29: two-digit minor units after whole units with the clause going on ("4 pounds 20 at the Crown", read as
 * £4 before: {@code cents-followers.txt}), pence that make "pounds" money beside a weighed noun ("a fish supper ... 9
 * pounds 40 on the seafront"), and shared currency names decided by a city of one country only
 * ({@code city-countries.tsv}: "Marrakesh ... 15 dirhams" MAD), "dollars" included; a city of several countries
 * ("Wellington", "London") decides nothing.
 */
class CentsAndCitiesS29FiguresTest {

    private static final FigureParser PARSER = new FigureParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            A pint came to 4 pounds 20 at the Crown.                  | 4 pounds 20  | AMOUNT      | 4.2   | GBP
            The jacket was 5 euros 99 in the sale.                    | 5 euros 99   | AMOUNT      | 5.99  | EUR
            Parking costs 3 pounds 60 an hour.                        | 3 pounds 60 an hour | AMOUNT | 3.6 | GBP
            She paid 15 dollars 75 for the book.                      | 15 dollars 75 | AMOUNT     | 15.75 | USD
            A fish supper came to 9 pounds 40 on the seafront.        | 9 pounds 40  | AMOUNT      | 9.4   | GBP
            The lot sold for 45 pounds 20 times over the years.       | 45 pounds    | AMOUNT      | 45    | GBP
            He was born weighing 8 pounds 2 ounces at home.           | 8 pounds 2 ounces | MEASUREMENT | 8.125 | LB
            The pike was 31 pounds and more than a metre long.        | 31 pounds    | MEASUREMENT | 31    | LB
            """)
    void minorUnitsAfterWholeUnits(String sentence, String words, String kind, String value, String unit) {
        FigureCandidate figure = PARSER.parse(sentence).get(0);
        assertEquals(words, sentence.substring(figure.start(), figure.end()));
        assertEquals(FigureKind.valueOf(kind), figure.kind());
        assertEquals(0, new BigDecimal(value).compareTo(figure.value()), figure::toString);
        assertEquals(unit, figure.unit());
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(delimiter = '|', textBlock = """
            A glass of mint tea is 15 dirhams.      | Marrakesh            | 15 dirhams   | MAD
            A taxi into town costs 60 dirhams.      | Dubai                | 60 dirhams   | AED
            A ride costs 2,950 pesos.               | Bogotá               | 2,950 pesos  | COP
            A ride costs 2,950 pesos.               | Bogota               | 2,950 pesos  | COP
            A minibus taxi ride is R15.             | Cape Town            | R15          | ZAR
            A flat white now costs 5.50 dollars.    | Auckland             | 5.50 dollars | NZD
            A transit fare is 3.35 dollars.         | Toronto              | 3.35 dollars | CAD
            A flat white now costs 5.50 dollars.    | Wellington           | 5.50 dollars | USD
            A flat white now costs 5.50 dollars.    | Auckland+Toronto     | 5.50 dollars | USD
            A flat white now costs 5.50 dollars.    | Atlantis             | 5.50 dollars | USD
            A metro ride costs 800 pesos.           | Santiago             | 800 pesos    | peso
            A coffee costs 3,500 pesos.             | Buenos Aires+Mexico  | 3,500 pesos  | peso
            """)
    void aCityOfOneCountryDecides(String sentence, String places, String words, String unit) {
        List<FigureCandidate> found = LocalCurrencies.read(sentence, PARSER.parse(sentence),
                LocalCurrencies.currenciesOf(List.of(places.split("\\+"))));
        List<FigureCandidate> money = found.stream().filter(f -> f.kind() == FigureKind.AMOUNT).toList();
        assertEquals(1, money.size(), found::toString);
        assertEquals(words, sentence.substring(money.get(0).start(), money.get(0).end()));
        assertEquals(unit, money.get(0).unit());
    }

    @org.junit.jupiter.api.Test
    void aRoadIsNoAmountWhereTheCityDecidesTheSign() {
        String sentence = "The lorry crashed on the R300 near Cape Town.";
        assertEquals(List.of(), LocalCurrencies.read(sentence, PARSER.parse(sentence),
                LocalCurrencies.currenciesOf(List.of("Cape Town"))).stream().filter(f -> f.kind() == FigureKind.AMOUNT)
                .toList());
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(delimiter = '|', textBlock = """
            A ticket costs 5 dollars.    | Toronto       | true
            A ticket costs 5 dollars.    | United States | false
            A ticket costs 5 dollars.    | Atlantis      | false
            A ticket costs 400 pesos.    | Mexico City   | true
            """)
    void theAttributionSaysWhenACountryDecided(String sentence, String place, boolean decided) {
        var local = LocalCurrencies.currenciesOf(List.of(place));
        FigureCandidate figure = LocalCurrencies.read(sentence, PARSER.parse(sentence), local).get(0);
        assertEquals(decided, LocalCurrencies.decidedBy(figure, sentence.substring(figure.start(), figure.end()), local));
    }
}
