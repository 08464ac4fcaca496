package org.newsgraph.extract.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Relation;
import org.newsgraph.extract.Sentence;
import org.newsgraph.extract.Span;
import org.newsgraph.nlp.KbpTriple;

/** KBP's slots read as our predicates, on stand-in triples (no CoreNLP): direction, types, titles, dropped slots. */
class KbpReadingsTest {

    private static final String TEXT = "Tarrow Mills, a unit of Brisca Holdings based in Leeds, said chief executive "
            + "Ana Pell would stay.";
    private static final ToDoubleFunction<String> ALL = rule -> 0.8;

    private static Entity entity(String id, String name, EntityType type) {
        int at = TEXT.indexOf(name);
        return new Entity(id, name, type, List.of(), null, List.of(new Span(at, at + name.length(), name, 0)));
    }

    private static final List<Entity> ENTITIES = List.of(entity("tarrow", "Tarrow Mills", EntityType.ORGANIZATION),
            entity("brisca", "Brisca Holdings", EntityType.ORGANIZATION), entity("leeds", "Leeds", EntityType.PLACE),
            entity("pell", "Ana Pell", EntityType.PERSON));
    private static final List<Sentence> SENTENCES = List.of(new Sentence(0, 0, TEXT.length()));

    /** A triple between two names of the text, as KBP writes it (its object's text as KBP spans it). */
    private static KbpTriple triple(String subject, String slot, String object) {
        int s = TEXT.indexOf(subject);
        int o = TEXT.indexOf(object);
        return new KbpTriple(s, s + subject.length(), subject, slot, o, o + object.length(), object, 0.9, 0);
    }

    private static List<String> read(List<KbpTriple> triples) {
        List<String> facts = new ArrayList<>();
        for (Relation r : KbpReadings.read(triples, ENTITIES, SENTENCES, TEXT, ALL)) {
            facts.add(r.subject() + " " + r.predicate() + (r.role() == null ? "" : "/" + r.role()) + " " + r.object()
                    + " " + r.rule());
        }
        return facts;
    }

    @ParameterizedTest(name = "{0} {1} {2}: {3}")
    @CsvSource(delimiter = '|', value = {
            "Tarrow Mills    | org:parents                 | Brisca Holdings | tarrow ownedBy brisca kbp:org_parents",
            "Brisca Holdings | org:subsidiaries            | Tarrow Mills    | tarrow ownedBy brisca kbp:org_subsidiaries",
            "Tarrow Mills    | org:shareholders            | Brisca Holdings | brisca investsIn tarrow kbp:org_shareholders",
            "Tarrow Mills    | org:city_of_headquarters    | Leeds           | tarrow basedIn leeds kbp:org_city_of_headquarters",
            "Tarrow Mills    | org:country_of_headquarters | Leeds           | tarrow basedIn leeds kbp:org_country_of_headquarters",
            // a person at a firm in the title KBP read for them in the sentence
            "Tarrow Mills    | org:top_members_employees   | Ana Pell        | pell roleAt/CEO tarrow kbp:org_top_members_employees",
            "Ana Pell        | per:employee_or_member_of   | Tarrow Mills    | pell roleAt/CEO tarrow kbp:per_employee_or_member_of",
            "Tarrow Mills    | org:founded_by              | Ana Pell        | pell roleAt/founder tarrow kbp:org_founded_by"})
    void aSlotWeHaveAPredicateForIsReadInOurDirection(String subject, String slot, String object, String expected) {
        List<KbpTriple> triples = List.of(triple(subject.trim(), slot.trim(), object.trim()),
                triple("Ana Pell", "per:title", "chief executive"));
        assertEquals(List.of(expected.trim()), read(triples));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(delimiter = '|', value = {
            // slots we have no predicate for
            "Ana Pell     | per:cities_of_residence  | Leeds",
            "Tarrow Mills | org:alternate_names      | Brisca Holdings",
            // an end of the wrong type: a place is no parent, a person no headquarters
            "Tarrow Mills | org:parents              | Leeds",
            "Tarrow Mills | org:city_of_headquarters | Brisca Holdings"})
    void otherSlotsAndEndsOfTheWrongTypeAreDropped(String subject, String slot, String object) {
        assertEquals(List.of(), read(List.of(triple(subject.trim(), slot.trim(), object.trim()))));
    }

    @Test
    void aPersonAtAFirmWithoutATitleIsNotRead() {
        assertEquals(List.of(), read(List.of(triple("Tarrow Mills", "org:top_members_employees", "Ana Pell"))));
    }

    @Test
    void aTripleOnTextNoEntityCoversIsDropped() {
        assertEquals(List.of(), read(List.of(triple("Tarrow Mills", "org:parents", "a unit"))));
    }

    @Test
    void theCalibratedConfidenceIsTheReadingsAndASlotWithoutOneIsNotRead() {
        List<KbpTriple> triples = List.of(triple("Tarrow Mills", "org:parents", "Brisca Holdings"),
                triple("Tarrow Mills", "org:city_of_headquarters", "Leeds"));
        List<Relation> read = KbpReadings.read(triples, ENTITIES, SENTENCES, TEXT,
                rule -> rule.equals("kbp:org_parents") ? 0.6 : 0.0);
        assertEquals(1, read.size());
        assertEquals(0.6, read.get(0).confidence());
        assertTrue(read.get(0).weak());
        assertEquals(TEXT, read.get(0).evidence().text());
    }

    private static Relation ours(String subject, String predicate, String object, String role) {
        return new Relation(subject, predicate, object, role, new Span(0, TEXT.length(), TEXT, 0), "our-rule", 0.9);
    }

    /**
     * Where our rules related the two entities already, by any predicate and in either direction, KBP adds nothing (a
     * purchase or a stake our rules read is no unit): on the tuning half every KBP ownedBy so added was wrong.
     */
    @Test
    void kbpAddsNothingBetweenEntitiesOurRulesRelated() {
        List<Relation> kbp = KbpReadings.read(List.of(triple("Brisca Holdings", "org:subsidiaries", "Tarrow Mills"),
                triple("Tarrow Mills", "org:city_of_headquarters", "Leeds")), ENTITIES, SENTENCES, TEXT, ALL);
        List<Relation> added = KbpReadings.unread(kbp, List.of(ours("brisca", "acquires", "tarrow", null)));
        assertEquals(List.of("basedIn"), added.stream().map(Relation::predicate).toList());
        assertEquals(2, KbpReadings.unread(kbp, List.of(ours("pell", "roleAt", "tarrow", "CEO"))).size());
    }

    /** A person our rules titled at one firm gets no title from KBP at another firm in the same sentence. */
    @Test
    void noKbpTitleAtAnotherFirmForAPersonOurRulesTitled() {
        List<Relation> kbp = KbpReadings.read(List.of(triple("Brisca Holdings", "org:top_members_employees",
                "Ana Pell"), triple("Ana Pell", "per:title", "chief executive")), ENTITIES, SENTENCES, TEXT, ALL);
        assertEquals(1, kbp.size());
        assertEquals(List.of(), KbpReadings.unread(kbp, List.of(ours("pell", "roleAt", "tarrow", "CEO"))));
        assertEquals(kbp, KbpReadings.unread(kbp, List.of(ours("tarrow", "basedIn", "leeds", null))));
    }
}
