package org.newsgraph.extract.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.extract.Relation;
import org.newsgraph.extract.Span;

class SurestReadingsTest {

    /**
     * Two readings of one relation, as the rules and a later step give them ("Apple Computer today announced its latest
     * iteration of their popular iPhone": product-possessive at 0.5 and product-sole-maker at 0.55), keep one: the surer,
     * else the first; a reading of another title or predicate is another relation.
     */
    @ParameterizedTest(name = "{0} {1} then {2} {3} {4}: {5}")
    @CsvSource({
            "product-possessive, 0.5, product-sole-maker, 0.55, productOf, product-sole-maker",
            "product-sole-maker, 0.55, product-possessive, 0.5, productOf, product-sole-maker",
            "title-then-name, 0.9, title-named-as, 0.9, roleAt, title-then-name"})
    void oneRelationKeepsItsSurestReading(String first, double firstConfidence, String second,
                                          double secondConfidence, String predicate, String kept) {
        Span evidence = new Span(0, 5, "text.", 0);
        String role = predicate.equals("roleAt") ? "CEO" : null;
        List<Relation> read = SurestReadings.of(List.of(
                new Relation("a", predicate, "b", role, evidence, first, firstConfidence),
                new Relation("a", predicate, "b", role, evidence, second, secondConfidence)));
        assertEquals(1, read.size());
        assertEquals(kept, read.get(0).rule());
    }

    @ParameterizedTest(name = "{0} and {1}: both kept")
    @CsvSource({"CEO, chair", "CEO, founder"})
    void twoTitlesAreTwoRelations(String one, String other) {
        Span evidence = new Span(0, 5, "text.", 0);
        assertEquals(2, SurestReadings.of(List.of(
                new Relation("a", "roleAt", "b", one, evidence, "title-then-name", 0.9),
                new Relation("a", "roleAt", "b", other, evidence, "title-then-name", 0.9))).size());
    }
}
