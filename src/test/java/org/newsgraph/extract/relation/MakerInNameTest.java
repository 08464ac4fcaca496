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
        assertEquals(List.of("product-maker-in-name"), MakerInName.relations(List.of(norway, motor, falcon), sentences,
                text).stream().filter(r -> !r.weak()).map(r -> r.rule()).toList(), "a whole name or alias: sure");
    }

    @Test
    void theFirstWordOfACompanysNameIsNoMakerWhereASentenceStatesOne() {
        String text = "The Corvo Program and Halvorsen Motor: Halvorsen Motor's Corvo Iv flew.";
        Entity program = new Entity("corvo-program", "Corvo Program", EntityType.ORGANIZATION, List.of(), null,
                List.of(new Span(4, 17, "Corvo Program", 0)));
        Entity motor = new Entity("halvorsen-motor", "Halvorsen Motor", EntityType.ORGANIZATION, List.of(), null,
                List.of(new Span(22, 37, "Halvorsen Motor", 0)));
        Entity rocket = new Entity("corvo-iv", "Corvo Iv", EntityType.PRODUCT, List.of(), null,
                List.of(new Span(57, 65, "Corvo Iv", 0)));
        List<Sentence> sentences = List.of(new Sentence(0, 0, text.length()));
        List<Entity> entities = List.of(program, motor, rocket);
        assertEquals(List.of("corvo-iv productOf corvo-program"),
                MakerInName.relations(entities, sentences, text).stream()
                        .map(r -> r.subject() + " " + r.predicate() + " " + r.object()).toList(),
                "with nothing else said, the first word is the maker's");
        assertEquals(List.of("product-maker-first-word 0.6 weak"),
                MakerInName.relations(entities, sentences, text).stream()
                        .map(r -> r.rule() + " " + r.confidence() + (r.weak() ? " weak" : "")).toList(),
                "but only weakly: another company of that word, or an operator's fleet, may share it");
        org.newsgraph.extract.Relation stated = new org.newsgraph.extract.Relation("corvo-iv", "productOf",
                "halvorsen-motor", null, new Span(0, text.length(), text, 0), "product-possessive", 0.8);
        assertEquals(List.of(), MakerInName.relations(entities, sentences, text, List.of(stated)),
                "a maker the sentence states beats a first word shared with another company's name");
    }
}
