package org.newsgraph.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.EntityType;
import org.newsgraph.gazetteer.AliasAmbiguity.Claim;
import org.newsgraph.gazetteer.AliasAmbiguity.Reason;

/** Which aliases name no single entry (the shapes of the generated gazetteer: ROR's keiretsu, S&P's short names). */
class AliasAmbiguityTest {

    private static final EntityType ORG = EntityType.ORGANIZATION;

    private static List<String> ambiguous(Claim... claims) {
        List<Claim> list = List.of(claims);
        return AliasAmbiguity.find(list).stream()
                .map(a -> list.get(a.entry()).name() + ": " + a.alias() + " (" + a.reason() + ", "
                        + list.get(a.rival()).name() + ")")
                .toList();
    }

    @Test
    void aBareNameThatBeginsAnotherEntryOfTheSameTrustNamesNeither() {
        assertEquals(List.of("Toyota Group: Toyota (PREFIX, Toyota Motor Corporation)"), ambiguous(
                new Claim("Toyota Group", ORG, 1, "Q40794", Set.of("Toyota")),
                new Claim("Toyota Motor Corporation", ORG, 1, "Q53268", Set.of("Toyota Jidosha"))));
    }

    @Test
    void aMoreTrustedSourceKeepsItsShortName() {
        assertEquals(List.of(), ambiguous(
                new Claim("Ford Motor Company", ORG, 0, "Q44294", Set.of("Ford")),
                new Claim("Ford Foundation", ORG, 1, "Q1313036", Set.of())));
    }

    @Test
    void initialsThatBeginAPartsNameStayTheWholes() {
        // "UN" is not the bare form of "United Nations": the UN Environment Programme does not take it
        assertEquals(List.of(), ambiguous(
                new Claim("United Nations", ORG, 1, "Q1065", Set.of("UN")),
                new Claim("UN Environment Programme", ORG, 1, "Q740", Set.of())));
    }

    @Test
    void anAliasTwoEntriesShareOrAnotherEntrysNameIsAmbiguous() {
        assertEquals(List.of("Dow Chemical: Dow (SHARED, Dow Inc.)", "Dow Inc.: Dow (SHARED, Dow Chemical)",
                        "Siemens Healthineers: Siemens Healthcare (FULL_NAME, Siemens Healthcare)"),
                ambiguous(new Claim("Dow Chemical", ORG, 1, "Q255", Set.of("Dow")),
                        new Claim("Dow Inc.", ORG, 1, "Q57", Set.of("Dow")),
                        new Claim("Siemens Healthineers", ORG, 1, "Q1", Set.of("Siemens Healthcare")),
                        new Claim("Siemens Healthcare", ORG, 1, "Q2", Set.of())));
    }

    @Test
    void theSameThingTwiceAndPlacesAreNoRivals() {
        assertEquals(List.of(), ambiguous(
                new Claim("Meta", ORG, 1, "Q380", Set.of("Meta Platforms")),
                new Claim("Meta Platforms", ORG, 1, "Q380", Set.of()),
                new Claim("Netherlands", EntityType.PLACE, 3, null, Set.of("Holland")),
                new Claim("Holland", EntityType.PLACE, 3, null, Set.of())));
    }
}
