package org.newsgraph.extract.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.FigureCandidate;
import org.newsgraph.extract.FigureKind;

class ImplicitCurrencyTest {

    private static FigureCandidate amount(String currency) {
        return new FigureCandidate(0, 3, FigureKind.AMOUNT, BigDecimal.TEN, null, null, currency, null, null, null,
                null, null, null);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The carmaker is spending 150 million on two new plants.            | 150 million  | 150000000  |",
            "Last year the chain paid nearly 2.5bn for its rival.                | nearly 2.5bn | 2500000000 | at_most",
            "The smaller model comes in about 30k cheaper than the flagship.     | about 30k    | 30000      | approximately",
            "Its annual budget is 40 million, the council said.                  | 40 million   | 40000000   |",
            "The mill raised more than 1.2 billion from investors in March.      | more than 1.2 billion | 1200000000 | at_least",
            "The union wants the firm to raise wages to 40 million a year.       | 40 million   | 40000000   |",
            "The club will raise its budget to 300 million next season.          | 300 million  | 300000000  |",
            "The start-up hopes to raise 40 million more from investors.         | 40 million   | 40000000   |"})
    void aBareAmountNearAMoneyWordTakesTheArticleCurrency(String sentence, String amount, String value,
                                                          String qualifier) {
        List<FigureCandidate> found = ImplicitCurrency.find(sentence, "EUR", List.of());
        assertEquals(1, found.size(), found::toString);
        FigureCandidate figure = found.get(0);
        assertEquals(amount, sentence.substring(figure.start(), figure.end()));
        assertEquals(qualifier, figure.qualifier(), "the qualifier before it, as before a stated amount");
        assertEquals(new BigDecimal(value), figure.value());
        assertEquals("EUR", figure.unit());
        assertEquals(FigureKind.AMOUNT, figure.kind());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The service spent years winning 150 million users.",    // a noun is counted
            "Its shops paid staff while 30k visitors waited outside.", // a noun is counted
            "The region has 40 million people and a small budget.",   // the money word is too far and after a noun
            "About 150 million watched the final on television.",     // no money word at all
            "The group spent $150 million on ads.",                   // the currency is stated: not this rule's
            "The league will raise its cap to 40 million next season.", // s34: a level raised to, not money raised
            "The airline will raise capacity to 45 million next year."})
    void countsAndAmountsWithoutAMoneyWordAreLeftAlone(String sentence) {
        assertEquals(List.of(), ImplicitCurrency.find(sentence, "USD", List.of()));
    }

    @Test
    void anAmountAlreadyFoundIsNotReadTwice() {
        String sentence = "It is spending 150 million on plants.";
        FigureCandidate stated = new FigureCandidate(15, 26, FigureKind.AMOUNT, BigDecimal.ONE, null, null, "USD",
                null, null, null, null, null, null);
        assertEquals(List.of(), ImplicitCurrency.find(sentence, "USD", List.of(stated)));
    }

    @Test
    void withoutOneArticleCurrencyNothingIsInferred() {
        assertEquals("GBP", ImplicitCurrency.articleCurrency(List.of(amount("GBP"), amount("GBP"))));
        assertNull(ImplicitCurrency.articleCurrency(List.of(amount("GBP"), amount("USD"))));
        assertNull(ImplicitCurrency.articleCurrency(List.of()));
        assertEquals(List.of(), ImplicitCurrency.find("It is spending 150 million on plants.", null, List.of()));
    }
}
