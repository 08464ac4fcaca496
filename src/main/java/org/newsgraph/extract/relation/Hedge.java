package org.newsgraph.extract.relation;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsgraph.io.ResourceTable;

/**
 * Whether a rule's match states a relation only as a plan, a hope or a possibility: "X plans to buy Y", "X is in
 * talks to buy Y", "X's offer for Y", "X may buy Y", "a possible takeover of Y by X". Such a relation is kept (news
 * states a deal when it is announced, and MEANTIME's gold annotates "plans to buy" as acquires) but marked weak, so
 * pages show it as uncertain. The words checked are those between the two ends (the shortest path), their
 * modifiers and auxiliaries, and the verbs a few clausal edges above them ("plans" above "buy" in "X plans to buy
 * Y"); a noun between the ends ("the A and B plan") is what the rule reads, not a hedge on it. The words are {@code relation-hedges.txt}.
 * A right not yet used hedges too: an option, a right or warrants whose clause holds the relation ("has the option to
 * require the Company to purchase NBCU's interest in Hulu", "holds warrants that would let it buy a stake in Y"),
 * unless the right is the object of a verb that uses it ("exercised its options to purchase five jets"); the words are
 * {@code entitlement-words.txt}. A title that the sentence says has ended hedges its roleAt: "was chief executive of X
 * until 2020", "joined Y after eight years as chief executive of X" ({@code tenure-words.txt}); so does a title
 * being left or still to be taken ({@link TitlePhase}: "the outgoing chief executive", "will succeed Y as chairman").
 */
final class Hedge {

    /** The most a hedged relation may be sure of: below {@link org.newsgraph.extract.Relation#WEAK_BELOW}. */
    static final double CAP = 0.6;

    private static final int REACH = 3;
    /** Verbs that in the passive with an infinitive pass on hearsay: "is rumoured to be buying" ({@link #hearsay}). */
    private static final Set<String> HEARSAY = ResourceTable.words("/org/newsgraph/extract/hearsay-verbs.txt");
    private static final Set<String> WORDS = ResourceTable.rows("/org/newsgraph/extract/relation-hedges.txt", 1,
            "one lemma a line").stream().map(row -> row.columns()[0].strip()).collect(Collectors.toUnmodifiableSet());
    /** Edges up from a clause to the word it completes: not an object's ("the share ... held by V" that X may buy). */
    private static final Set<String> CLAUSAL = Set.of("xcomp", "ccomp", "acl", "acl:to");
    /**
     * Edges whose dependent hedges its governor: a modal ("may buy"), a modifier ("the planned purchase"), a clause's
     * subordinator ("whether X would buy Y").
     */
    private static final Set<String> MODIFYING = Set.of("aux", "amod", "advmod", "mark");
    private static final List<ResourceTable.Row> ENTITLEMENT_ROWS = ResourceTable.rows(
            "/org/newsgraph/extract/entitlement-words.txt", 2, "lemma, then right or use");
    /** Nouns of a right to do something: "the option to buy", "the right to acquire", "warrants to buy". */
    private static final Set<String> RIGHTS = kind("right");
    /** Verbs whose object is a right they use: "exercised its options to purchase". */
    private static final Set<String> USES = kind("use");
    /**
     * Edges up from a clause to the word it completes, and from a relative clause to the noun it describes ("warrants
     * that would let it buy"), the way from the relation up to the right it spells out.
     */
    private static final Set<String> SPELLING_OUT = Set.of("xcomp", "ccomp", "acl", "acl:to", "acl:relcl");
    /** Nouns of a time a title was held for: "after eight years as chief executive". */
    private static final Set<String> TENURES = ResourceTable.words("/org/newsgraph/extract/tenure-words.txt");
    /** Edges from a title up to the word that holds it: "served as chairman", "eight years as chairman". */
    private static final Set<String> HELD_AS = Set.of("obl:as", "nmod:as", "xcomp");

    private Hedge() {
    }

    /** Whether the relation between the matched ends is only planned, sought, offered or possible. */
    static boolean hedges(SemanticGraph graph, IndexedWord subject, IndexedWord object) {
        for (IndexedWord word : Between.words(graph, subject, object)) {
            // a noun between the ends is what the rule reads ("the A and B plan", "unveiled plans for the X"), a verb
            // there says how the relation holds ("is considering a takeover of Y")
            boolean verb = word.tag() != null && word.tag().startsWith("VB");
            if (hedged(graph, word, verb) || unusedRight(graph, word)) {
                return true;
            }
            IndexedWord at = word;
            for (int step = 0; step < REACH; step++) {
                at = clauseAbove(graph, at);
                if (at == null) {
                    break;
                }
                if (hedged(graph, at, true) || hearsay(graph, at)) {
                    return true; // "plans to buy", "is in talks to buy", "X's offer to buy Y", "is rumoured to buy"
                }
            }
        }
        return false;
    }

    /**
     * Whether a rule's title word is hedged by the modifiers of its phrase, which a rule whose other end the sentence
     * leaves unsaid does not pass through: its own ("a former chief executive"), the head noun's when the title word
     * modifies it ("former" beside "chief" in "former chief executive"), and a name compounded into it, where the
     * parser hangs a sentence's first "Former" ("Former X CEO Tom Reed").
     */
    static boolean hedgesTitle(SemanticGraph graph, IndexedWord title) {
        if (title == null) {
            return false;
        }
        if (hedged(graph, title, false) || ended(graph, title) || TitlePhase.passing(graph, title)) {
            return true;
        }
        for (SemanticGraphEdge edge : graph.incomingEdgeList(title)) {
            String relation = edge.getRelation().toString();
            if ((relation.equals("amod") || relation.equals("compound")) && hedged(graph, edge.getGovernor(), false)
                    && edge.getGovernor().tag() != null && !edge.getGovernor().tag().startsWith("NNP")) {
                return true;
            }
        }
        for (SemanticGraphEdge edge : graph.outgoingEdgeList(title)) {
            if (edge.getRelation().toString().equals("compound") && hedged(graph, edge.getDependent(), false)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the sentence says the title was held and has ended: the title (or the verb or noun it is held as: "served
     * as", "years as") ends "until" a time in the past tense ("was chief executive of X until 2020", "served as
     * chairman until 2010"), or it was held for a length of time after which something happened ("joined Y after eight
     * years as chief executive of X": the parser hangs "as" on the noun of time or beside it on the verb, where only
     * the title right after the noun of time is the one that ended, not "joined Y as chief executive after eight years").
     */
    static boolean ended(SemanticGraph graph, IndexedWord title) {
        java.util.List<IndexedWord> holders = new java.util.ArrayList<>(List.of(title));
        for (SemanticGraphEdge edge : graph.incomingEdgeList(title)) {
            if (HELD_AS.contains(edge.getRelation().toString())) {
                holders.add(edge.getGovernor());
            }
        }
        for (IndexedWord holder : holders) {
            if (TENURES.contains(Negation.lemma(holder)) && after(graph, holder)) {
                return true; // "eight years as chief executive", after something
            }
            boolean past = "VBD".equals(holder.tag()) || graph.outgoingEdgeList(holder).stream().anyMatch(edge ->
                    edge.getRelation().toString().matches("cop|aux|aux:pass") && "VBD".equals(edge.getDependent().tag()));
            for (SemanticGraphEdge edge : graph.outgoingEdgeList(holder)) {
                String relation = edge.getRelation().toString();
                if (past && relation.matches("(?:obl|nmod):(?:until|till)")) {
                    return true; // "was chief executive until 2020"
                }
                IndexedWord tenure = edge.getDependent();
                if (!holder.equals(title) && relation.matches("(?:obl|nmod):(?:after|following)")
                        && TENURES.contains(Negation.lemma(tenure)) && tenure.index() < title.index()
                        && title.index() - tenure.index() <= 4) {
                    return true; // "joined Y after eight years as chief executive of X", "as" hung on "joined"
                }
            }
        }
        return false;
    }

    /** Whether a noun of time is the object of "after" or "following": "after eight years". */
    private static boolean after(SemanticGraph graph, IndexedWord tenure) {
        return graph.outgoingEdgeList(tenure).stream().anyMatch(edge -> edge.getRelation().toString().equals("case")
                && edge.getDependent().word().matches("(?i:after|following)"))
                || graph.incomingEdgeList(tenure).stream().anyMatch(edge -> edge.getRelation().toString()
                        .matches("(?:obl|nmod):(?:after|following)"));
    }

    /**
     * Whether the word is, or spells out within a few clausal edges, a right not yet used: "the option to require the
     * Company to purchase" (purchase, under require, under option), "warrants that would let it buy".
     */
    static boolean unusedRight(SemanticGraph graph, IndexedWord word) {
        IndexedWord at = word;
        for (int step = 0; step <= REACH && at != null; step++) {
            if (at.tag() != null && at.tag().startsWith("NN") && RIGHTS.contains(Negation.lemma(at))) {
                return !used(graph, at);
            }
            at = spelledOut(graph, at);
        }
        return false;
    }

    /** Whether a verb that uses a right has the right as its object ("exercised its options"). */
    private static boolean used(SemanticGraph graph, IndexedWord right) {
        for (SemanticGraphEdge edge : graph.incomingEdgeList(right)) {
            String relation = edge.getRelation().toString();
            if ((relation.equals("obj") || relation.equals("nsubj:pass"))
                    && USES.contains(Negation.lemma(edge.getGovernor()))) {
                return true;
            }
        }
        return false;
    }

    /** The word a clause completes or a relative clause describes, or null. */
    private static IndexedWord spelledOut(SemanticGraph graph, IndexedWord word) {
        for (SemanticGraphEdge edge : graph.incomingEdgeList(word)) {
            if (SPELLING_OUT.contains(edge.getRelation().toString())) {
                return edge.getGovernor();
            }
        }
        return null;
    }

    private static Set<String> kind(String kind) {
        return ENTITLEMENT_ROWS.stream().filter(row -> row.columns()[1].strip().equals(kind))
                .map(row -> row.columns()[0].strip()).collect(Collectors.toUnmodifiableSet());
    }

    /** The word whose clausal complement or clause the word heads ("plans" above "buy" in "plans to buy"), or null. */
    private static IndexedWord clauseAbove(SemanticGraph graph, IndexedWord word) {
        for (SemanticGraphEdge edge : graph.incomingEdgeList(word)) {
            if (CLAUSAL.contains(edge.getRelation().toString())) {
                return edge.getGovernor();
            }
        }
        return null;
    }

    /**
     * Whether a verb passes on what others say: a verb of saying or believing in the passive with the relation's clause
     * as its infinitive ("X is rumoured to be buying Y", "X is said to have bought Y"); the raised subject is the
     * passive's subject. The active ("X said it would buy Y") is a statement, no hedge.
     */
    static boolean hearsay(SemanticGraph graph, IndexedWord verb) {
        if (verb.tag() == null || !verb.tag().equals("VBN") || !HEARSAY.contains(Negation.lemma(verb))
                && !HEARSAY.contains(verb.word().toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        boolean passive = false;
        boolean infinitive = false;
        for (SemanticGraphEdge edge : graph.outgoingEdgeList(verb)) {
            String relation = edge.getRelation().toString();
            passive |= relation.startsWith("nsubj:pass") || relation.equals("aux:pass");
            infinitive |= relation.equals("xcomp");
        }
        return passive && infinitive;
    }

    private static boolean hedged(SemanticGraph graph, IndexedWord word, boolean itself) {
        if (itself && WORDS.contains(Negation.lemma(word))) {
            return true;
        }
        for (SemanticGraphEdge edge : graph.outgoingEdgeList(word)) {
            if (MODIFYING.contains(edge.getRelation().toString()) && WORDS.contains(Negation.lemma(edge.getDependent()))) {
                return true;
            }
        }
        return false;
    }
}
