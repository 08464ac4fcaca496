package org.newsgraph.extract.relation;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsgraph.io.ResourceTable;

/**
 * Whether a title is one its holder is leaving or has yet to take, which by the project's convention gives no asserted
 * roleAt (a former, outgoing or successor-to-be title gives nothing asserted): "Jo Lind, the outgoing chief executive
 * of X", "Acme's incoming chairman Jo Lind", "Jo Lind resigned as chairman of X", "Jo Lind, who will retire as chief
 * executive of X", "Jo Lind will succeed Tom Reed as chief executive of X". A title "until" a time is Hedge's
 * ({@link Hedge#ended}: only in the past; "is chief executive of X until March" is sitting).
 * Read from the parse, never from the words around it: a modifier of the title, the verb the title is held "as" (or
 * the complement of: "will become chief executive"). The words are
 * {@code title-phase-words.txt}. Only the title's own phrase and the one verb above it are looked at, so the walk is
 * bounded whatever cycles the enhanced graph holds.
 */
final class TitlePhase {

    private static final List<ResourceTable.Row> ROWS = ResourceTable.rows(
            "/org/newsgraph/extract/title-phase-words.txt", 2, "lemma, then modifier, leaving or taking");
    private static final Set<String> MODIFIERS = kind("modifier");
    private static final Set<String> LEAVING = kind("leaving");
    private static final Set<String> TAKING = kind("taking");
    /** Verbs of leaving that leave only with a particle: "step down", "stand aside" ("step in as" is taking over). */
    private static final Set<String> WITH_PARTICLE = Set.of("step", "stand");
    private static final Set<String> PARTICLES = Set.of("down", "aside");
    /** Edges from a title up to the verb it is held, left or taken as: "resigned as chairman", "become chairman". */
    private static final Set<String> HELD_AS = Set.of("obl:as", "nmod:as", "xcomp", "advcl:as");
    /** Auxiliaries of a time to come: "will succeed", "would become". */
    private static final Set<String> FUTURE = Set.of("will", "shall", "'ll", "would", "wo");
    /** Words an infinitive of a time to come completes: "is set to", "is expected to", "is due to", "is to". */
    private static final Set<String> AHEAD = Set.of("set", "expect", "due", "be", "plan", "schedule", "slate",
            "poise", "tip", "agree", "likely");

    private TitlePhase() {
    }

    /** Whether the title (the rule's role word) is one being left or still to be taken. */
    static boolean passing(SemanticGraph graph, IndexedWord title) {
        if (title == null) {
            return false;
        }
        for (IndexedWord word : phrase(graph, title)) {
            for (SemanticGraphEdge edge : graph.outgoingEdgeList(word)) {
                String relation = edge.getRelation().toString();
                if ((relation.equals("amod") || relation.equals("advmod") || relation.equals("compound"))
                        && MODIFIERS.contains(lemma(edge.getDependent()))) {
                    return true; // "the outgoing chief executive"
                }
            }
        }
        for (SemanticGraphEdge edge : graph.incomingEdgeList(title)) {
            if (!HELD_AS.contains(edge.getRelation().toString())) {
                continue;
            }
            IndexedWord verb = edge.getGovernor();
            String lemma = lemma(verb);
            if (LEAVING.contains(lemma) && (!WITH_PARTICLE.contains(lemma) || hasParticle(graph, verb))) {
                return true; // "resigned as chairman", "will step down as chief executive"
            }
            if (TAKING.contains(lemma) && toCome(graph, verb)) {
                return true; // "will succeed Tom Reed as chief executive", "is to become chairman"
            }
        }
        return false;
    }

    /** The title word and the word it modifies when it is a modifier itself ("chief" of "chief executive"). */
    private static List<IndexedWord> phrase(SemanticGraph graph, IndexedWord title) {
        List<IndexedWord> words = new ArrayList<>(List.of(title));
        for (SemanticGraphEdge edge : graph.incomingEdgeList(title)) {
            String relation = edge.getRelation().toString();
            IndexedWord governor = edge.getGovernor();
            if ((relation.equals("amod") || relation.equals("compound")) && governor.tag() != null
                    && !governor.tag().startsWith("NNP")) {
                words.add(governor);
            }
        }
        return words;
    }

    private static boolean hasParticle(SemanticGraph graph, IndexedWord verb) {
        return graph.outgoingEdgeList(verb).stream().anyMatch(edge -> edge.getRelation().toString().startsWith(
                "compound:prt") && PARTICLES.contains(lemma(edge.getDependent())));
    }

    /**
     * Whether a verb is still to come: a future auxiliary ("will succeed"), or an infinitive completing a word of a time
     * to come ("is set to take over as chairman", "is expected to become", "is to succeed"); not an infinitive of
     * purpose after a deed done ("quit X to become chief executive of Y": he did become it).
     */
    private static boolean toCome(SemanticGraph graph, IndexedWord verb) {
        boolean infinitive = false;
        for (SemanticGraphEdge edge : graph.outgoingEdgeList(verb)) {
            String relation = edge.getRelation().toString();
            String word = edge.getDependent().word().toLowerCase(Locale.ROOT);
            if (relation.equals("aux") && FUTURE.contains(word)) {
                return true;
            }
            infinitive = infinitive || relation.equals("mark") && word.equals("to");
        }
        return infinitive && graph.incomingEdgeList(verb).stream().anyMatch(edge -> edge.getRelation().toString()
                .equals("xcomp") && AHEAD.contains(lemma(edge.getGovernor())));
    }

    private static String lemma(IndexedWord word) {
        return Negation.lemma(word);
    }

    private static Set<String> kind(String kind) {
        return ROWS.stream().filter(row -> row.columns()[1].strip().equals(kind))
                .map(row -> row.columns()[0].strip()).collect(Collectors.toUnmodifiableSet());
    }
}
