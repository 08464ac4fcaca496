package org.newsgraph.extract.relation;

import java.util.Map;
import java.util.regex.Pattern;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Relation;

/**
 * A relation with an end the article typed a person against another type's vote is no surer than one with a weakly
 * resolved end ({@link Relation#WEAK_END_CAP}): such a person is a guess, and a title or a founding needs a person.
 * Counted against the gold types of the MEANTIME dev tuning half, the project's own gold and the probe sets: none of
 * the 3 names typed a person against a dissenting vote was a person (a village and a capital that a misread apposition
 * made people, a haulier apposed to "chief executive" across a clause), against 136 of 137 persons typed by every
 * vote. Organisations typed against a dissent are 52 of 55 right, and the relations on them are right, so they stay.
 */
public final class ContestedPeople {

    /** How {@code TypeVote} writes a type some vote went against: "context: apposition-to-role (3 of 4 votes)". */
    private static final Pattern AGAINST_A_VOTE = Pattern.compile("\\(\\d+ of \\d+ votes\\)$");

    private ContestedPeople() {
    }

    /** Whether the article typed this a person although a vote said it was something else. */
    static boolean contested(Entity entity) {
        return entity != null && entity.type() == EntityType.PERSON && entity.typeReason() != null
                && AGAINST_A_VOTE.matcher(entity.typeReason()).find();
    }

    /** The relation, weak when an end is a contested person. */
    public static Relation applyTo(Relation relation, Map<String, Entity> byId) {
        return contested(byId.get(relation.subject())) || contested(byId.get(relation.object()))
                ? relation.withConfidenceAtMost(Relation.WEAK_END_CAP) : relation;
    }
}
