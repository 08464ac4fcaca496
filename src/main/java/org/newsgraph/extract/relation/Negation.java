package org.newsgraph.extract.relation;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a rule's match states a relation that does not hold: a negated word between its two ends ("X did not buy
 * Y", "X has no plans to buy Y"), a deal called off or refused ("X called off its bid for Y", "Y rejected X's offer",
 * "X denied it would acquire Y", "the failed takeover of Y by X", "talks to buy Y collapsed"). The words between the
 * ends are the nodes of the shortest path between them; from each, the check climbs a few clausal or argument edges
 * up to the verb that governs it ("X did not agree to buy Y": "agree" governs "buy").
 *
 * <p>A deal planned, agreed, offered or in talks still gives its relation: news states a deal when it is announced
 * and the extractor cannot know whether it closes (MEANTIME's gold annotates "plans to buy a majority stake" as
 * acquires). Hedges ("may", "could", "is considering") give it too, marked weak ({@link Hedge}); only a stated no
 * takes it away.
 */
final class Negation {

    /** How many edges up from a word between the ends the check looks for a verb that negates it. */
    private static final int REACH = 3;
    private static final Set<String> NOT = Set.of("not", "never", "n't", "no");
    /** Verbs that say a deal or a fact is off: the verb governs the deal's word ("called off the bid for Y"). */
    private static final Set<String> CALLING_OFF = Set.of("deny", "reject", "abandon", "cancel", "scrap", "drop",
            "block", "halt", "terminate", "withdraw", "refuse", "fail", "decline", "collapse", "thwart", "veto",
            "scuttle", "rebuff", "spurn", "shelve", "refusal", "denial", "rejection", "dissolve", "unwind");
    /**
     * Verbs that end a tie that held ("stopped supplying Y", "ceased deliveries to Y", "ended its alliance with Y",
     * "severed its ties with Y"): they deny only a standing tie between organisations ({@link #STANDING}), not what a
     * maker made ("stopped making the Y" still names its maker) nor a title (a role left is a former one).
     */
    private static final Set<String> ENDING = Set.of("stop", "cease", "end", "sever", "discontinue", "suspend",
            "quit", "exit");
    /** The predicates of standing ties, which an {@link #ENDING} verb denies. */
    private static final Set<String> STANDING = Set.of("ownedBy", "investsIn", "supplierOf", "customerOf",
            "partnerOf", "competitorOf", "acquires");
    /**
     * Verbs that bring a holding down ("cut its holding in Y to zero", "reduced its stake in Y to nil"): with a "to"
     * phrase naming nothing ({@link #NOTHING}) they end a standing tie like {@link #ENDING}; to any other level ("cut
     * its stake to 5%") the tie holds.
     */
    private static final Set<String> REDUCING = Set.of("cut", "reduce", "lower", "trim", "slash", "pare", "sell",
            "bring", "run");
    /** What a holding brought down is brought down to when none is left. */
    private static final Set<String> NOTHING = Set.of("zero", "nil", "nothing", "none", "0");
    /** Two-word verbs of the same kind, by their particle: "call off", "rule out", "walk away (from)", "back out". */
    private static final Set<String> CALLING_OFF_PHRASAL = Set.of("call off", "rule out", "walk away", "back out",
            "pull out", "turn down", "break off");
    /** Modifiers of a deal's word that say it is off: "the failed bid", "its abandoned takeover". */
    private static final Set<String> OFF_MODIFIERS = Set.of("failed", "fail", "abandoned", "abandon", "aborted",
            "abort", "collapsed", "collapse", "scrapped", "scrap", "rejected", "reject", "blocked", "block",
            "cancelled", "canceled", "cancel", "withdrawn", "withdraw", "thwarted", "thwart");
    /** The edges the check climbs: clausal complements, a clause on a noun, the deal word as argument. */
    private static final Set<String> CLIMB = Set.of("xcomp", "ccomp", "csubj", "csubj:pass", "acl", "acl:to",
            "obj", "nsubj", "nsubj:pass", "nmod:of");
    /** Of those, the ones whose governor's own negation carries down ("did not agree to buy"). */
    private static final Set<String> CLAUSAL = Set.of("xcomp", "ccomp", "csubj", "csubj:pass", "acl", "acl:to");

    private Negation() {
    }

    /**
     * Whether the relation between the matched ends is denied or called off. {@code object} may be null (an end the
     * sentence leaves unsaid): then the words above {@code subject} up to its clause's verb are checked.
     * For a standing tie ({@link #STANDING} {@code predicate}) a verb that ends it denies it too ("X stopped
     * supplying Y").
     */
    static boolean denies(SemanticGraph graph, IndexedWord subject, IndexedWord object, String predicate) {
        boolean ending = predicate != null && STANDING.contains(predicate);
        if (subject == null) {
            return false;
        }
        if (neitherNor(graph, subject) || object != null && neitherNor(graph, object)) {
            return true; // "Neither X nor Y bought Z", "X bought neither Y nor Z"
        }
        List<IndexedWord> path;
        if (object == null) {
            // the words above the end up to its clause's verb: "does not serve clients such as X", and no further
            // ("they include a product called X" beside "services are not limited to Y")
            path = new java.util.ArrayList<>();
            IndexedWord at = graph.getParent(subject);
            for (int step = 0; step < REACH && at != null && !path.contains(at); step++) {
                path.add(at);
                if (at.tag() != null && at.tag().startsWith("VB")) {
                    break;
                }
                at = graph.getParent(at);
            }
        } else {
            path = Between.path(graph, subject, object);
            if (path == null) {
                return false;
            }
            if (path.size() == 2) {
                // two ends joined directly ("A and B"): the verb they are the subject of says what holds between them
                // ("A and B ended their joint venture")
                path = new java.util.ArrayList<>(path);
                for (SemanticGraphEdge edge : graph.incomingEdgeList(subject)) {
                    if (edge.getRelation().toString().startsWith("nsubj")) {
                        path.add(edge.getGovernor());
                    }
                }
            }
        }
        for (IndexedWord word : path) {
            if (word.equals(subject) || word.equals(object)) {
                continue;
            }
            if (negated(graph, word) || callingOff(graph, word, ending) || calledOff(graph, word, ending)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an end is a conjunct of "neither ... nor": the first carries "neither" ({@code cc:preconj}), the others
     * "nor" ({@code cc}); enhanced++ gives each conjunct the verb's edge, so "Neither X nor Y bought Z" matches a rule
     * once for X and once for Y, and neither bought. A word of a name's compound answers for the name's head.
     */
    private static boolean neitherNor(SemanticGraph graph, IndexedWord end) {
        IndexedWord head = end;
        for (SemanticGraphEdge edge : graph.incomingEdgeList(end)) {
            if (edge.getRelation().toString().matches("compound|flat")) {
                head = edge.getGovernor();
            }
        }
        for (SemanticGraphEdge edge : graph.outgoingEdgeList(head)) {
            String relation = edge.getRelation().toString();
            String word = edge.getDependent().word().toLowerCase(Locale.ROOT);
            if (relation.equals("cc:preconj") && word.equals("neither") || relation.equals("cc") && word.equals("nor")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether "not", "never" or "no" modifies the word ("did not buy", "no plans to buy"), or "no longer" does ("no
     * longer holds a stake": a fact that has ended, common in filings and news alike).
     */
    private static boolean negated(SemanticGraph graph, IndexedWord word) {
        for (SemanticGraphEdge edge : graph.outgoingEdgeList(word)) {
            String relation = edge.getRelation().toString();
            IndexedWord modifier = edge.getDependent();
            if ((relation.equals("advmod") || relation.equals("neg") || relation.equals("det"))
                    && NOT.contains(modifier.word().toLowerCase(Locale.ROOT))) {
                return true;
            }
            if (relation.equals("advmod") && modifier.word().equalsIgnoreCase("longer")
                    && graph.outgoingEdgeList(modifier).stream().anyMatch(
                            e -> e.getDependent().word().equalsIgnoreCase("no"))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word is said to be off, by a modifier or by a verb up to {@link #REACH} edges above it. */
    private static boolean calledOff(SemanticGraph graph, IndexedWord word, boolean ending) {
        for (SemanticGraphEdge edge : graph.outgoingEdgeList(word)) {
            String relation = edge.getRelation().toString();
            if ((relation.equals("amod") || relation.equals("advmod"))
                    && (OFF_MODIFIERS.contains(edge.getDependent().word().toLowerCase(Locale.ROOT))
                    || OFF_MODIFIERS.contains(lemma(edge.getDependent())))) {
                return true;
            }
        }
        IndexedWord at = word;
        for (int step = 0; step < REACH; step++) {
            SemanticGraphEdge up = climb(graph, at);
            if (up == null) {
                return false;
            }
            IndexedWord governor = up.getGovernor();
            if (callingOff(graph, governor, ending)
                    || CLAUSAL.contains(up.getRelation().toString()) && negated(graph, governor)) {
                return true;
            }
            at = governor;
        }
        return false;
    }

    private static SemanticGraphEdge climb(SemanticGraph graph, IndexedWord word) {
        for (SemanticGraphEdge edge : graph.incomingEdgeList(word)) {
            String relation = edge.getRelation().toString();
            // and a deal word after a particle read into its preposition: "walked away from its bid" (obl:away_from)
            if (CLIMB.contains(relation) || relation.startsWith("obl:") && relation.contains("_")) {
                return edge;
            }
        }
        return null;
    }

    private static boolean callingOff(SemanticGraph graph, IndexedWord verb, boolean ending) {
        String lemma = lemma(verb);
        if (CALLING_OFF.contains(lemma) || ending && (ENDING.contains(lemma) || broughtToNothing(graph, verb))) {
            return true;
        }
        for (SemanticGraphEdge edge : graph.outgoingEdgeList(verb)) {
            String relation = edge.getRelation().toString();
            if ((relation.equals("compound:prt") || relation.equals("advmod"))
                    && CALLING_OFF_PHRASAL.contains(lemma + " " + edge.getDependent().word().toLowerCase(Locale.ROOT))) {
                return true;
            }
            // the particle read into the preposition after it: "walked away from its bid" (obl:away_from)
            if (relation.startsWith("obl:") && relation.contains("_")
                    && CALLING_OFF_PHRASAL.contains(lemma + " " + relation.substring(4, relation.indexOf('_')))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the verb brings a holding down to nothing: "cut its holding in Y to zero" (obl:to zero). */
    private static boolean broughtToNothing(SemanticGraph graph, IndexedWord verb) {
        if (!REDUCING.contains(lemma(verb))) {
            return false;
        }
        for (SemanticGraphEdge edge : graph.outgoingEdgeList(verb)) {
            if (edge.getRelation().toString().equals("obl:to")
                    && NOTHING.contains(edge.getDependent().word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    static String lemma(IndexedWord word) {
        return (word.lemma() == null ? word.word() : word.lemma()).toLowerCase(Locale.ROOT);
    }
}
