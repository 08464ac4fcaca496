package org.newsgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.DependencyWalk;
import org.newsgraph.nlp.Token;

/**
 * A comparison set after the object of its clause: "The country harvested 52 million tonnes of maize this season, 7%
 * less than last year", "Builders completed 34,000 homes, 11% fewer than a year earlier", "exported 3 million tonnes
 * of sugar, 12% more than the year before". The change compares what the verb's object counts or weighs (the maize,
 * the homes), not the verb's subject (the country, the builders): the parser hangs the comparative on the verb or on
 * the object, and the subject-noun step would give the subject. A comparison with no object before it keeps its
 * subject ("Shares rose 5% more than the index").
 */
final class ObjectComparisons {

    /** The comparatives a change is written with: "7% less", "11% fewer", "12% more". */
    private static final Set<String> COMPARATIVES = Set.of("more", "less", "fewer");

    private ObjectComparisons() {
    }

    /**
     * Whether the figure written with {@code span} is a comparison of the object of {@code verb}: it ends in a
     * comparative, and the verb has an object, outside the figure and written before it.
     */
    static boolean comparesObject(AnnotatedSentence sentence, Token verb, List<Token> span) {
        Token last = span.get(span.size() - 1);
        if (!COMPARATIVES.contains(last.text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        return sentence.children(verb).stream().anyMatch(c -> DependencyWalk.relation(sentence, verb, c).equals("obj")
                && !span.contains(c) && c.index() < span.get(0).index());
    }
}
