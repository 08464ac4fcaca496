package org.newsgraph.extract.relation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToDoubleFunction;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Relation;
import org.newsgraph.extract.Sentence;
import org.newsgraph.extract.Span;
import org.newsgraph.io.ResourceTable;
import org.newsgraph.nlp.KbpTriple;

/**
 * Our relations from CoreNLP's KBP triples ({@link KbpTriple}): each slot we have a predicate for, its ends the
 * article's entities whose mentions overlap the triple's (the largest overlap), of the types the predicate takes.
 * org:parents and org:subsidiaries are ownedBy, org:shareholders investsIn, the headquarters slots basedIn;
 * org:top_members/employees, per:employee_of and org:founded_by are roleAt with the title KBP read for the person in
 * the same sentence (per:title, in our short form: CEO, CFO, chair, founder) and nothing without one. Every other
 * slot is dropped. The rule of each is {@code kbp:} and the slot ({@code kbp:org_parents}).
 */
public final class KbpReadings {

    /** The rule id's prefix: what KBP read, not one of our rules. */
    public static final String PREFIX = "kbp:";

    private enum Direction { SUBJECT_FIRST, OBJECT_FIRST }

    private record Slot(String predicate, Direction direction, EntityType subjectType, EntityType objectType,
                        boolean titled) {
    }

    /** KBP's slots we read, by CoreNLP's name; the types are of KBP's subject and object. */
    private static final Map<String, Slot> SLOTS = Map.of(
            "org:parents", new Slot("ownedBy", Direction.SUBJECT_FIRST, EntityType.ORGANIZATION,
                    EntityType.ORGANIZATION, false),
            "org:subsidiaries", new Slot("ownedBy", Direction.OBJECT_FIRST, EntityType.ORGANIZATION,
                    EntityType.ORGANIZATION, false),
            "org:shareholders", new Slot("investsIn", Direction.OBJECT_FIRST, EntityType.ORGANIZATION,
                    EntityType.ORGANIZATION, false),
            "org:city_of_headquarters", new Slot("basedIn", Direction.SUBJECT_FIRST, EntityType.ORGANIZATION,
                    EntityType.PLACE, false),
            "org:country_of_headquarters", new Slot("basedIn", Direction.SUBJECT_FIRST, EntityType.ORGANIZATION,
                    EntityType.PLACE, false),
            "org:stateorprovince_of_headquarters", new Slot("basedIn", Direction.SUBJECT_FIRST,
                    EntityType.ORGANIZATION, EntityType.PLACE, false),
            "org:top_members_employees", new Slot("roleAt", Direction.OBJECT_FIRST, EntityType.ORGANIZATION,
                    EntityType.PERSON, true),
            "org:founded_by", new Slot("roleAt", Direction.OBJECT_FIRST, EntityType.ORGANIZATION,
                    EntityType.PERSON, true),
            "per:employee_or_member_of", new Slot("roleAt", Direction.SUBJECT_FIRST, EntityType.PERSON,
                    EntityType.ORGANIZATION, true));

    private static final String TITLE = "per:title";

    static final String BUNDLED = "/org/newsgraph/extract/kbp-confidence.tsv";

    private static final class Holder {
        private static final Map<String, Double> CONFIDENCE = parse(ResourceTable.lines(BUNDLED));
    }

    /** A table's lines: comments, a header naming {@code rule} and {@code confidence}, rows. */
    static Map<String, Double> parse(List<String> lines) {
        Map<String, Double> byRule = new HashMap<>();
        for (Map<String, String> row : ResourceTable.headed(lines)) {
            byRule.put(row.get("rule"), Double.parseDouble(row.get("confidence")));
        }
        return Map.copyOf(byRule);
    }

    /**
     * How sure each KBP slot's reading is ({@code kbp-confidence.tsv}, calibrated on the tuning half); a slot without
     * a row is not read (0).
     */
    public static ToDoubleFunction<String> bundledConfidence() {
        return rule -> Holder.CONFIDENCE.getOrDefault(rule, 0.0);
    }

    private KbpReadings() {
    }

    /** The rule id of a KBP slot: {@code kbp:org_parents}. */
    public static String ruleOf(String slot) {
        return PREFIX + slot.replace(':', '_').replace('/', '_');
    }

    /**
     * The relations the triples state between the article's entities, one per triple at most, with the
     * sentence each was read in as evidence.
     *
     * @param confidence how sure a reading of a slot is (by rule id): calibrated on the tuning half, not KBP's score
     */
    public static List<Relation> read(List<KbpTriple> triples, List<Entity> entities, List<Sentence> sentences,
                                      String text, ToDoubleFunction<String> confidence) {
        List<Relation> relations = new ArrayList<>();
        for (KbpTriple triple : triples) {
            Slot slot = SLOTS.get(triple.relation());
            if (slot == null) {
                continue;
            }
            Entity subject = entityAt(entities, triple.subjectStart(), triple.subjectEnd(), slot.subjectType());
            Entity object = entityAt(entities, triple.objectStart(), triple.objectEnd(), slot.objectType());
            Sentence sentence = sentenceAt(sentences, triple.subjectStart());
            if (subject == null || object == null || subject.id().equals(object.id()) || sentence == null) {
                continue;
            }
            Entity first = slot.direction() == Direction.SUBJECT_FIRST ? subject : object;
            Entity second = slot.direction() == Direction.SUBJECT_FIRST ? object : subject;
            String role = null;
            if (slot.titled()) {
                role = "org:founded_by".equals(triple.relation()) ? "founder"
                        : titleOf(triples, first, sentence.index(), entities);
                if (role == null) {
                    continue;   // a person at an organisation in no role we can name: an empty field beats a guess
                }
            }
            String rule = ruleOf(triple.relation());
            double sure = confidence.applyAsDouble(rule);
            if (!(sure > 0)) {
                continue;
            }
            Span evidence = new Span(sentence.start(), sentence.end(), text.substring(sentence.start(),
                    sentence.end()), sentence.index());
            relations.add(new Relation(first.id(), slot.predicate(), second.id(), role, evidence, rule,
                    Math.min(1.0, sure)));
        }
        return relations;
    }

    /**
     * KBP's readings our rules left unread: none between two entities our rules already related, in either direction
     * and by any predicate (our rules tell a purchase, a stake and a unit apart, KBP's org:subsidiaries does not: "agreed
     * to acquire Y", "bought a 20% stake in Y", "owns a 25 percent share in Y"), and no title at an organisation for a
     * person our rules gave a title at another in the same sentence ("Apple CEO X is also the largest shareholder of
     * Y").
     */
    public static List<Relation> unread(List<Relation> kbp, List<Relation> ours) {
        List<Relation> kept = new ArrayList<>();
        for (Relation read : kbp) {
            boolean related = ours.stream().anyMatch(r -> r.subject().equals(read.subject())
                    && r.object().equals(read.object()) || r.subject().equals(read.object())
                    && r.object().equals(read.subject()));
            boolean titledElsewhere = "roleAt".equals(read.predicate()) && ours.stream().anyMatch(r ->
                    "roleAt".equals(r.predicate()) && r.subject().equals(read.subject())
                    && !r.object().equals(read.object()) && r.evidence().sentence() == read.evidence().sentence());
            if (!related && !titledElsewhere) {
                kept.add(read);
            }
        }
        return kept;
    }

    /** The title KBP read for this person in this sentence, in our short form (CEO, chair), or null. */
    private static String titleOf(List<KbpTriple> triples, Entity person, int sentence, List<Entity> entities) {
        String found = null;
        for (KbpTriple triple : triples) {
            if (TITLE.equals(triple.relation()) && triple.sentence() == sentence
                    && person.equals(entityAt(entities, triple.subjectStart(), triple.subjectEnd(),
                    EntityType.PERSON))) {
                String title = RoleTitle.normal(triple.object().toLowerCase(Locale.ROOT).strip());
                if (RoleTitle.isShortForm(title) && (found == null || found.equals(title))) {
                    found = title;
                } else if (RoleTitle.isShortForm(title)) {
                    return null;   // two titles for one person in one sentence: which one goes with the firm is unsure
                }
            }
        }
        return found;
    }

    /** The entity of this type with the mention overlapping the span most, or null. */
    static Entity entityAt(List<Entity> entities, int start, int end, EntityType type) {
        Entity best = null;
        int bestOverlap = 0;
        for (Entity entity : entities) {
            if (entity.type() != type) {
                continue;
            }
            for (Span mention : entity.mentions()) {
                int overlap = Math.min(end, mention.end()) - Math.max(start, mention.start());
                if (overlap > bestOverlap) {
                    best = entity;
                    bestOverlap = overlap;
                }
            }
        }
        return best;
    }

    private static Sentence sentenceAt(List<Sentence> sentences, int offset) {
        for (Sentence sentence : sentences) {
            if (sentence.start() <= offset && offset < sentence.end()) {
                return sentence;
            }
        }
        return null;
    }

    /** Whether a relation came from KBP. */
    public static boolean fromKbp(Relation relation) {
        return Objects.requireNonNull(relation.rule(), "rule").startsWith(PREFIX);
    }
}
