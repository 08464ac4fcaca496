package org.newsgraph.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.extract.figure.Nouns;
import org.newsgraph.io.ResourceTable;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.DependencyWalk;
import org.newsgraph.nlp.Token;

/**
 * A count of the things an act was done to measures that act, not the things: "the steelmaker will cut 4,300 jobs"
 * counts job cuts, "144 planes have been ordered" plane orders, "the closure of 210 schools" school closures,
 * "police arrested 23 people" arrests ({@code counted-acts.tsv}). The counted noun is the object or the passive
 * subject of the act's verb (with its particle: "laid off 200 workers"), also through a part's number ("will close 120
 * of its branches"), or the "of" noun of the act's own noun, or of an act joined to a listed one ("the sale or closure
 * of 3 plants"). The
 * measure is the counted noun's lemma (singular) before the act's noun; people, persons and the like add nothing
 * ("arrests").
 * Not for a verb that also takes a clause ("ordered 12 staff to return": an order to people, not an order of them),
 * nor for a noun that is a name or a model code ("ordered six A350s" keeps its counted noun).
 */
final class CountedActs {

    static final String STEP = "counted-act";
    /** Verb lemma (with its particle) -> the act's noun, plural. */
    private static final Map<String, String> BY_VERB = byVerb();
    /** The act's noun, singular -> plural: "the closure of 210 schools". */
    private static final Map<String, String> BY_NOUN = byNoun();
    /** Counted nouns that say only that the things are people: "arrested 23 people" counts arrests. */
    private static final Set<String> PEOPLE = Set.of("person", "people");
    /** Relations of a verb's child that make the object someone told or asked to do something. */
    private static final Set<String> CLAUSES = Set.of("xcomp", "ccomp");

    private CountedActs() {
    }

    /** The act the counted noun's things underwent, as a measure ("job cuts"); null when none. */
    static String measure(AnnotatedSentence sentence, Token noun) {
        if (!noun.pos().matches("NNS?") || noun.text().chars().anyMatch(Character::isDigit)) {
            return null;
        }
        Token head = sentence.head(noun);
        if (head == null) {
            return null;
        }
        String relation = sentence.relationToHead(noun);
        if (head.pos().equals("CD") && relation.equals("nmod:of") && !hasOwnCount(sentence, noun)) {
            // "will close 120 of its branches": the part's number stands where the noun would, so the act is its
            // governor's; not "40 of its 300 flights", where the noun with its own number is the whole
            Token part = head;
            head = sentence.head(part);
            if (head == null) {
                return null;
            }
            relation = sentence.relationToHead(part);
        }
        String act = null;
        if (head.pos().startsWith("VB") && (relation.equals("obj") || relation.equals("nsubj:pass"))) {
            Token verb = head;
            boolean clause = sentence.children(verb).stream()
                    .anyMatch(c -> CLAUSES.contains(DependencyWalk.relation(sentence, verb, c)));
            act = clause || verbMissedBefore(sentence, verb, noun) ? null
                    : BY_VERB.getOrDefault(verbKey(sentence, verb), BY_VERB.get(lemma(verb)));
        } else if (head.pos().matches("NNS?") && relation.equals("nmod:of")) {
            act = BY_NOUN.get(lemma(head));
            for (Token conjunct : sentence.children(head)) {
                // "the sale or closure of 3 plants": the "of" noun hangs on the first act only; a listed one named
                // beside it is the act the count measures
                if (act == null && DependencyWalk.relation(sentence, head, conjunct).startsWith("conj")) {
                    act = BY_NOUN.get(lemma(conjunct));
                }
            }
        }
        if (act == null) {
            return null;
        }
        // the lemma; a plural given no lemma of its own (the word itself) is made singular
        String thing = lemma(noun).equals(noun.text().toLowerCase(Locale.ROOT)) && noun.pos().equals("NNS")
                ? Nouns.singular(lemma(noun)) : lemma(noun);
        return thing.isEmpty() || PEOPLE.contains(thing) ? act : thing + " " + act;
    }

    /**
     * "will close 14 stores and open 20 new supermarkets", parsed with "open" an adjective of "supermarkets" and
     * "supermarkets" a second object of "close": a conjoined object with a modifier written before its number has a
     * verb of its own the parser missed, so the first verb's act is not its.
     */
    private static boolean verbMissedBefore(AnnotatedSentence sentence, Token verb, Token noun) {
        boolean conjoined = sentence.children(verb).stream()
                .anyMatch(o -> !o.equals(noun) && o.index() < noun.index()
                        && DependencyWalk.relation(sentence, verb, o).equals("obj")
                        && DependencyWalk.relation(sentence, o, noun).startsWith("conj"));
        if (!conjoined) {
            return false;
        }
        // a modifier with the count written after it: "open 20 new supermarkets", "ground 12 aircraft"
        return sentence.children(noun).stream()
                .filter(c -> DependencyWalk.relation(sentence, noun, c).matches("amod|compound"))
                .anyMatch(c -> sentence.tokens().stream().anyMatch(t -> t.index() > c.index()
                        && t.index() < noun.index() && t.pos().equals("CD")));
    }

    /** Whether the noun has a number of its own ("300 daily flights"), not only the part's before "of". */
    private static boolean hasOwnCount(AnnotatedSentence sentence, Token noun) {
        return sentence.children(noun).stream()
                .anyMatch(c -> DependencyWalk.relation(sentence, noun, c).equals("nummod"));
    }

    /** The verb's lemma with its particle, "lay off"; the lemma alone when it has none. */
    private static String verbKey(AnnotatedSentence sentence, Token verb) {
        List<Token> particles = sentence.children(verb).stream()
                .filter(c -> DependencyWalk.relation(sentence, verb, c).equals("compound:prt")).toList();
        return particles.size() == 1 ? lemma(verb) + " " + particles.get(0).text().toLowerCase(Locale.ROOT)
                : lemma(verb);
    }

    private static String lemma(Token token) {
        return token.lemma() == null ? "" : token.lemma().toLowerCase(Locale.ROOT);
    }

    private static Map<String, String> byVerb() {
        Map<String, String> out = new HashMap<>();
        for (ResourceTable.Row row : rows()) {
            out.put(row.columns()[0].strip(), row.columns()[1].strip());
        }
        return Map.copyOf(out);
    }

    private static Map<String, String> byNoun() {
        Map<String, String> out = new HashMap<>();
        for (ResourceTable.Row row : rows()) {
            String plural = row.columns()[1].strip();
            out.put(Nouns.singular(plural), plural);
        }
        return Map.copyOf(out);
    }

    private static List<ResourceTable.Row> rows() {
        return ResourceTable.rows("/org/newsgraph/extract/counted-acts.tsv", 2, "verb lemma <TAB> act noun");
    }
}
