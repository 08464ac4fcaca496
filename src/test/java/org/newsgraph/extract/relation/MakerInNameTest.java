package org.newsgraph.extract.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Sentence;
import org.newsgraph.extract.Span;

/** A product named with its maker's name in front is that maker's. */
class MakerInNameTest {

    @Test
    void theOrganisationWhoseWholeNameStartsTheProductsMakesIt() {
        String text = "Halvorsen Motor and Halvorsen Norway sell the Halvorsen Falcon.";
        Entity motor = new Entity("halvorsen-motor", "Halvorsen Motor", EntityType.ORGANIZATION, List.of("Halvorsen"),
                null, List.of(new Span(0, 15, "Halvorsen Motor", 0)));
        Entity norway = new Entity("halvorsen-norway", "Halvorsen Norway", EntityType.ORGANIZATION, List.of(), null,
                List.of(new Span(20, 36, "Halvorsen Norway", 0)));
        Entity falcon = new Entity("halvorsen-falcon", "Halvorsen Falcon", EntityType.PRODUCT, List.of(), null,
                List.of(new Span(46, 62, "Halvorsen Falcon", 0)));
        List<Sentence> sentences = List.of(new Sentence(0, 0, text.length()));
        assertEquals(List.of("halvorsen-falcon productOf halvorsen-motor"),
                MakerInName.relations(List.of(norway, motor, falcon), sentences, text).stream()
                        .map(r -> r.subject() + " " + r.predicate() + " " + r.object()).toList(),
                "an alias 'Halvorsen' beats the first word of another company's name, whichever comes first");
    }
}
