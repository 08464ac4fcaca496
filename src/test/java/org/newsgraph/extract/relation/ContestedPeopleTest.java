package org.newsgraph.extract.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Relation;
import org.newsgraph.extract.Span;

class ContestedPeopleTest {

    /**
     * A title holder's person type, as the article's type vote gave it, and whether the title is asserted: a name typed
     * a person against another vote is a guess ("has named D as its chief executive, three months after G left for a
     * rival, Salt Creek Transport": the parse apposed the haulier to "chief executive"); a person every vote agreed on,
     * or one the NER alone named, keeps the rule's confidence.
     */
    @ParameterizedTest(name = "{0}: weak {1}")
    @CsvSource(delimiter = '|', value = {
            "context: apposition-to-role (3 of 4 votes) | true",
            "NER (2 of 3 votes)                         | true",
            "context: apposition (3 of 5 votes)         | true",
            "context: apposition-to-role (all 4 votes)  | false",
            "NER (1 vote)                               | false",
            "context: apposition (all 5 votes)          | false"})
    void aPersonTypedAgainstAVoteHoldsNoSureTitle(String typeReason, boolean weak) {
        Entity holder = new Entity("holder", "Holder", EntityType.PERSON, List.of(), null, List.of(), typeReason.trim());
        Entity company = new Entity("firm", "Firm", EntityType.ORGANIZATION, List.of(), null, List.of(),
                "gazetteer (all 4 votes)");
        Relation title = new Relation("holder", "roleAt", "firm", "CEO", new Span(0, 5, "text.", 0), "title-then-name",
                0.9);
        Relation read = ContestedPeople.applyTo(title, Map.of("holder", holder, "firm", company));
        assertEquals(weak, read.weak());
        assertEquals(weak ? Relation.WEAK_END_CAP : 0.9, read.confidence());
    }

    /**
     * An organisation typed against a dissent is right 52 times of 55 in the counted texts ("Nordhav Energi", 10 of 13
     * votes, and every relation on it right): its relations keep their confidence.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "context: organization-verb-before (10 of 13 votes)",
            "context: attribute-after (6 of 12 votes)"})
    void aContestedOrganisationKeepsItsRelations(String typeReason) {
        Entity firm = new Entity("firm", "Firm", EntityType.ORGANIZATION, List.of(), null, List.of(), typeReason);
        Entity place = new Entity("town", "Town", EntityType.PLACE, List.of(), null, List.of(), "name list (all 3 votes)");
        Relation based = new Relation("firm", "basedIn", "town", null, new Span(0, 5, "text.", 0), "place-based", 0.9);
        assertEquals(0.9, ContestedPeople.applyTo(based, Map.of("firm", firm, "town", place)).confidence());
    }
}
