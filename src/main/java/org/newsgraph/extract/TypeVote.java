package org.newsgraph.extract;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One type for a thing of an article, and why: a vote of its mentions, each weighed by how much its source knows (the
 * gazetteer, the name lists, the words around the mention, the NER).
 */
final class TypeVote {

    /** How much each source of a type counts in the vote: the article's words beat a name-only guess. */
    static final int GAZETTEER_VOTE = 4;
    static final int KNOWN_VOTE = 2;
    static final int CUE_VOTE = 3;
    static final int NER_VOTE = 1;
    /** How many of the NER's same-type votes count for one thing: fewer than one cue's weight. */
    private static final int NER_VOTES_PER_TYPE = CUE_VOTE - 1;

    static EntityType vote(List<FoundName> group) {
        return decide(group).type();
    }

    /** A type and why: the source that gave the winning type most votes, and the count. */
    record Decision(EntityType type, String reason) {
    }

    /**
     * One type for a thing of the article, by a vote of its mentions: the gazetteer, the name lists, the words around
     * each mention and the NER, weighted by how much each knows. The NER's votes for one type count at most
     * {@link #NER_VOTES_PER_TYPE} times: it reads the same name each time, so ten mentions it calls an organisation are
     * nearly one guess, and one sentence saying what the thing is ("the drug Lenvara") outweighs them.
     */
    static Decision decide(List<FoundName> group) {
        Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
        Map<EntityType, Map<String, Integer>> sources = new EnumMap<>(EntityType.class);
        Map<EntityType, Integer> nerVotes = new EnumMap<>(EntityType.class);
        for (FoundName f : group) {
            boolean repeatedNer = f.type() != null && f.weight() == NER_VOTE && f.entry() == null && !f.demonym()
                    && nerVotes.merge(f.type(), 1, Integer::sum) > NER_VOTES_PER_TYPE;
            if (f.type() != null && f.weight() > 0 && !repeatedNer) {
                count(votes, sources, f.type(), f.weight(), source(f));
            }
            if (f.entry() != null && f.weight() <= NER_VOTE && f.type() != f.entry().type()) {
                count(votes, sources, f.entry().type(), KNOWN_VOTE, "name list");
            }
            if (f.cue() != null) {
                count(votes, sources, f.cueType(), CUE_VOTE, "context: " + f.cue().rule());
            }
        }
        if (votes.isEmpty()) {
            return new Decision(group.get(0).type(), "name parts");
        }
        EntityType type = votes.entrySet().stream().max(Map.Entry.<EntityType, Integer>comparingByValue()
                .thenComparing(e -> -e.getKey().ordinal())).orElseThrow().getKey();
        String source = sources.get(type).entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
        int total = votes.values().stream().mapToInt(Integer::intValue).sum();
        return new Decision(type, source + " (" + share(votes.get(type), total) + ")");
    }

    /**
     * The winning type's share of the votes as a reader reads it on the entity page: "1 vote", "all 4 votes",
     * "3 of 4 votes". Votes, not mentions: a mention's vote weighs by how much its source knows.
     */
    static String share(int won, int total) {
        if (total == 1) {
            return "1 vote";
        }
        return won == total ? "all " + total + " votes" : won + " of " + total + " votes";
    }

    private static void count(Map<EntityType, Integer> votes, Map<EntityType, Map<String, Integer>> sources,
                              EntityType type, int weight, String source) {
        votes.merge(type, weight, Integer::sum);
        sources.computeIfAbsent(type, k -> new TreeMap<>()).merge(source, weight, Integer::sum);
    }

    private static String source(FoundName f) {
        if (f.demonym()) {
            return "demonym";
        }
        if (f.entry() != null) {
            return f.weight() == GAZETTEER_VOTE ? "gazetteer" : "name list";
        }
        return f.weight() == NER_VOTE ? "NER" : "model code after a known name";
    }

    private TypeVote() {
    }
}
