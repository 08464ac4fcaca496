package org.newsgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.io.ResourceTable;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Token;

/**
 * A proper noun no tag typed that deals with a firm the sentence names: "Orbix has hired Lunara Launch", "Veltro Wind,
 * which owns 35% of Brenna Offshore, sold its turbine unit to Hadley Power". It is the subject of a verb of one firm's
 * dealings with another ({@code trading-verbs.txt}) whose object, or the "to", "from", "with" or "in" of it, or the
 * "of" of that object ("35% of X"), is a name the sentence types an organisation. The firm on the other side is what
 * makes this a firm and not a person who hires or buys: so the rule holds at a sentence's start, where a capital says
 * nothing, and never for a name the NER calls a person or a place. But a run that opens the sentence and is made
 * only of words a dictionary holds as common nouns is no name there: a filing's heading run into its sentence
 * ("Disposition On June 28, 2019, the company sold its unit to X") reads like a subject of "sold" to the parser.
 */
final class TradingFirms {

    static final String RULE = "trades-with-firm";
    private static final Set<String> VERBS = ResourceTable.words("/org/newsgraph/extract/trading-verbs.txt");
    /** Edges from the verb to the firm it deals with: "hired X", "sold ... to X", "buys from X", "merged with X". */
    private static final Set<String> DEALING_EDGES = Set.of("obj", "iobj", "obl:to", "obl:from", "obl:with", "obl:in");

    private TradingFirms() {
    }

    /**
     * The cue of tokens {@code [from, to)} of the sentence's list (a run no name overlaps), or null.
     *
     * @param known the names found in the sentence so far
     */
    static TypeCues.Cue cue(AnnotatedSentence sentence, List<Token> tokens, int from, int to, List<FoundName> known) {
        if (sentence.dependencies().isEmpty() || tokens.subList(from, to).stream().anyMatch(t -> !t.ner().equals("O"))) {
            return null;
        }
        if (opensSentence(sentence, tokens.get(from)) && tokens.subList(from, to).stream().allMatch(TradingFirms::word)) {
            return null;
        }
        Token head = runHead(sentence, tokens, from, to);
        if (head == null || !sentence.relationToHead(head).startsWith("nsubj")
                || sentence.relationToHead(head).startsWith("nsubj:pass")) {
            return null;
        }
        Token verb = sentence.head(head);
        if (verb == null || !verb.pos().startsWith("VB") || verb.lemma() == null
                || !VERBS.contains(verb.lemma().toLowerCase(Locale.ROOT))) {
            return null;
        }
        for (Token object : sentence.children(verb)) {
            if (!DEALING_EDGES.contains(sentence.relationToHead(object))) {
                continue;
            }
            if (firm(object, known)) {
                return new TypeCues.Cue(EntityType.ORGANIZATION, RULE);
            }
            // "owns 35% of Brenna Offshore", "bought a stake in X": the object's own "of" or "in"
            for (Token of : sentence.children(object)) {
                String edge = sentence.relationToHead(of);
                if ((edge.equals("nmod:of") || edge.equals("nmod:in")) && firm(of, known)) {
                    return new TypeCues.Cue(EntityType.ORGANIZATION, RULE);
                }
            }
        }
        return null;
    }

    private static boolean opensSentence(AnnotatedSentence sentence, Token first) {
        return !sentence.tokens().isEmpty() && sentence.tokens().get(0) == first;
    }

    /** A word WordNet holds as a common noun ("Disposition", "Equity"), which a capital at a sentence's start hides. */
    private static boolean word(Token token) {
        return Lexicon.shared().knows(token.text().toLowerCase(Locale.ROOT));
    }

    /** The token of the run whose head lies outside it (the run's own head), or null. */
    private static Token runHead(AnnotatedSentence sentence, List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            Token head = sentence.head(tokens.get(k));
            if (head == null || head.index() < tokens.get(from).index() || head.index() > tokens.get(to - 1).index()) {
                return tokens.get(k);
            }
        }
        return null;
    }

    /** Whether the token lies in a name the sentence types an organisation (by its source or by its words). */
    private static boolean firm(Token token, List<FoundName> known) {
        return known.stream().anyMatch(f -> f.start() <= token.start() && token.end() <= f.end()
                && (f.type() == EntityType.ORGANIZATION && (f.cueType() == null || f.cueType() == EntityType.ORGANIZATION)
                || f.type() == null && f.cueType() == EntityType.ORGANIZATION));
    }
}
