package org.newsgraph.extract.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.extract.FigureCandidate;
import org.newsgraph.extract.FigureKind;

class ArticleCentsTest {

    private static FigureCandidate usd(String said) {
        return new FigureCandidate(0, said.length(), FigureKind.CHANGE, new BigDecimal("0.04"), null, null, "USD",
                null, null, null, null, null, null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"4 cents", "up 15 cents", "1 cent", "99¢", "a 12-cent rise", "12 cents a litre"})
    void centsWithNoCurrencyBeforeThemAreBare(String said) {
        assertTrue(ArticleCents.bare(usd(said), said));
    }

    @ParameterizedTest
    @ValueSource(strings = {"64.85 U.S. cents", "23 Canadian cents", "$1.20", "5 euro cents", "3 percent"})
    void centsWithTheirCurrencySaidAreNotBare(String said) {
        assertFalse(ArticleCents.bare(usd(said), said));
    }

    @Test
    void onlyAFigureReadInUsDollarsIsDecidedAgain() {
        FigureCandidate pence = new FigureCandidate(0, 7, FigureKind.AMOUNT, new BigDecimal("0.07"), null, null,
                "GBP", null, null, null, null, null, null);
        assertFalse(ArticleCents.bare(pence, "7 cents"));
    }

    @Test
    void theArticleStatedCurrencyDecidesFirst() {
        ArticleCents.Decision euro = ArticleCents.decide("EUR", Set.of("CAD"));
        assertEquals("EUR", euro.currency());
        assertEquals(ImplicitCurrency.INFERRED, euro.step());
    }

    @Test
    void aUsDollarArticleKeepsUsCents() {
        assertNull(ArticleCents.decide("USD", Set.of("AUD")), "the article's amounts are in dollars: no change");
    }

    @Test
    void withNoCurrencyStatedTheOneCentCurrencyOfTheNamedCountriesDecides() {
        ArticleCents.Decision australian = ArticleCents.decide(null, Set.of("AUD", "JPY"));
        assertEquals("AUD", australian.currency());
        assertEquals(LocalCurrencies.LOCAL, australian.step());
        assertEquals("EUR", ArticleCents.decide("GBP", Set.of("EUR")).currency(),
                "pounds have pence, not cents: the countries decide");
    }

    @Test
    void twoCentCurrenciesOrNoneLeaveTheDefault() {
        assertNull(ArticleCents.decide(null, Set.of("AUD", "NZD")));
        assertNull(ArticleCents.decide(null, Set.of()));
        assertNull(ArticleCents.decide(null, Set.of("USD", "JPY")));
    }

    @Test
    void everyListedCurrencyHasHundredths() {
        for (String code : ArticleCents.currencies()) {
            assertEquals(2, Currency.getInstance(code).getDefaultFractionDigits(), code);
        }
    }
}
