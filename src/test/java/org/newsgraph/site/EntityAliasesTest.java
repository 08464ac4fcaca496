package org.newsgraph.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The aliases a reader is shown: each name once, whatever its capitals. */
class EntityAliasesTest {

    @Test
    void anAliasThatOnlyRepeatsTheNameOrAnotherInOtherCapitalsIsShownOnce() {
        SiteModel.EntityData entity = new SiteModel.EntityData("state-of-x", "State of X", "Organization",
                List.of("STATE OF X", "X Government", "X government", "the X state"), null);
        assertEquals(List.of("X Government", "the X state"), entity.shownAliases());
        assertEquals(4, entity.aliases().size(), "the graph keeps every form");
    }
}
