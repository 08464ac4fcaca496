package org.newsgraph.extract;

import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.newsgraph.io.ResourceTable;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.DependencyWalk;
import org.newsgraph.nlp.Token;

/**
 * A count of the vehicles an organisation has or runs measures its fleet: "the airline has 91 aircraft" (aircraft
 * fleet), "the transport authority operates 1,400 buses" (bus fleet), "the navy now has 11 submarines"
 * ({@code fleet-nouns.txt}). Only the object of a verb of having or running whose subject is an organisation (named,
 * or a common noun WordNet knows as one: "airline", "navy"); a
 * count the verb does something else to ("ordered 20 jets", "bought 12 buses"), a person's ("he owns three cars")
 * and vehicles on order ("has 30 jets on order") stay counted.
 */
final class Fleets {

    static final String STEP = "fleet";
    private static final Set<String> VEHICLES = ResourceTable.rows("/org/newsgraph/extract/fleet-nouns.txt", 1,
            "one noun a line").stream().map(row -> row.columns()[0].strip().toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
    private static final Set<String> HOLDING_VERBS = Set.of("have", "own", "operate", "run");
    private static final String ORDER = "order";

    private Fleets() {
    }

    /** "aircraft fleet" for a count of aircraft the organisation has; null when the count is no fleet. */
    static String measure(AnnotatedSentence sentence, Token noun, Predicate<Token> organisation) {
        String vehicle = noun.lemma() == null ? "" : noun.lemma().toLowerCase(Locale.ROOT);
        Token verb = sentence.head(noun);
        if (!VEHICLES.contains(vehicle) || verb == null || !sentence.relationToHead(noun).equals("obj")
                || verb.lemma() == null || !HOLDING_VERBS.contains(verb.lemma().toLowerCase(Locale.ROOT))
                || onOrder(sentence, verb, noun) || onOrder(sentence, noun, noun)) {
            return null;
        }
        boolean owner = sentence.children(verb).stream()
                .anyMatch(c -> DependencyWalk.relation(sentence, verb, c).equals("nsubj") && organisation.test(c));
        return owner ? vehicle + " fleet" : null;
    }

    /**
     * "has 30 jets on order": what is ordered is not yet the fleet; but in "has 91 aircraft and 230 on order" the
     * order is the later conjunct's, wherever the parser hangs it.
     */
    private static boolean onOrder(AnnotatedSentence sentence, Token word, Token noun) {
        return sentence.children(word).stream().anyMatch(c -> c.lemma() != null
                && c.lemma().toLowerCase(Locale.ROOT).equals(ORDER)
                && DependencyWalk.relation(sentence, word, c).endsWith(":on")
                && sentence.children(noun).stream().noneMatch(k -> k.index() > noun.index() && k.index() < c.index()
                && DependencyWalk.relation(sentence, noun, k).startsWith("conj")));
    }
}
