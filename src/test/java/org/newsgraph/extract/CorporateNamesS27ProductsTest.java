package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.nlp.AnnotatedSentence;

/**
 * s27-products, {@code corporate-last-words.txt}'s trade words chosen by count in the gazetteer's company list (Systems,
 * Aviation, Dynamics, Digital...) and "Air", which ends airlines' names and product lines' too ("MacBook Air"): a name
 * ending in one is a firm (TypeCues' corporate-last-word), and a firm "of" its town is split from the town
 * (FirmsOfPlaces). Made-up names in the shapes of set A (notes/s27/products-setA.txt).
 */
class CorporateNamesS27ProductsTest {

    @ParameterizedTest(name = "{0}: {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Brask Air said it would cut jobs . | Brask Air | true
            Cassel Aviation leases planes . | Cassel Aviation | true
            Dunmore Dynamics builds landing gear . | Dunmore Dynamics | true
            Tarrant Systems makes the software . | Tarrant Systems | true
            Fenwick Digital designed the app . | Fenwick Digital | true
            Orlin Motor recalled cars . | Orlin Motor | true
            The new MacBook Air costs less . | MacBook Air | false
            Kilbride Solutions runs the system . | Kilbride Solutions | false
            Ostler Energy sells power . | Ostler Energy | false
            """)
    void aNameEndingInATradeWordIsAFirm(String words, String name, boolean firm) {
        AnnotatedSentence sentence = TypeCuesTest.sentence(words, "");
        int[] at = TypeCuesTest.find(sentence, name);
        assertEquals(firm, CorporateNames.byLastWord(sentence.tokens(), at[0], at[1]));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Cassel Aviation of Lyon leases planes . | Cassel Aviation of Lyon | Cassel Aviation ORGANIZATION, Lyon PLACE
            Tarrant Systems of Leicester makes it . | Tarrant Systems of Leicester | Tarrant Systems ORGANIZATION, Leicester PLACE
            Brask Air of Bergen flies there . | Brask Air of Bergen | Brask Air ORGANIZATION, Bergen PLACE
            Kilbride Solutions of Cork runs it . | Kilbride Solutions of Cork | Kilbride Solutions of Cork ORGANIZATION
            """)
    void aFirmOfItsTownIsSplitByItsTradeWord(String words, String run, String expected) {
        assertEquals(expected, FirmsOfPlacesS26ProductsTest.split(words, run));
    }
}
