package org.newsgraph.extract.coref;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;

class IndustriesTest {

    private static Entity organisation(String name) {
        return new Entity(name.toLowerCase(), name, EntityType.ORGANIZATION, List.of(), null, List.of());
    }

    @Test
    void legalEndingsAndCaseDoNotMatter() {
        assertEquals("ford motor", Industries.key("Ford Motor Company"));
        assertEquals("hartford", Industries.key("Hartford (The)"));
        assertEquals("acme", Industries.key("ACME, Inc."));
    }

    @Test
    void anAirlineOfTheListIsCalledAnAirlineAndAnUnknownOrganisationNothing() {
        Industries industries = Industries.standard();
        assertTrue(industries.nounsOf(organisation("Southwest Airlines Co.")).contains("airline"));
        assertEquals(Set.of(), industries.nounsOf(organisation("Nowhere Widgets")));
        assertTrue(industries.isTyped("airline") && !industries.isTyped("company"));
    }

    @Test
    void aListedCompanyIsKnownByItsFirstWordWhenNoOtherStartsWithIt() {
        Industries industries = Industries.standard();
        assertEquals(industries.nounsOf(organisation("Ford Motor Company")), industries.nounsOf(organisation("Ford")));
        assertTrue(industries.nounsOf(organisation("Ford")).contains("carmaker"));
        // two listed companies start with "American"
        assertEquals(Set.of(), industries.nounsOf(organisation("American")));
    }

    @Test
    void everyIndustryNounIsAnOrganisationNoun() {
        Industries.standard().typedNouns().forEach(noun -> assertTrue(Coreference.isOrganisationNoun(noun), noun));
    }
}
