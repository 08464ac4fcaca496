package org.newsgraph.extract;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.DependencyWalk;
import org.newsgraph.nlp.Token;

/**
 * A count of people who watched or attended an event measures its spectators or attendance, not "people": "Around
 * 60,000 fans watched the final" (spectators), "More than 2,000 people attended the funeral" (attendance). Only a
 * count of people, fans or supporters that is the subject of the verb; not those who watched on television or online
 * (viewers, which the count's own noun says when it is written).
 */
final class Spectators {

    static final String STEP = "spectators";
    private static final Set<String> PEOPLE = Set.of("person", "people", "fan", "supporter", "onlooker");
    /** Verb lemma -> what its subjects make up. */
    private static final Map<String, String> WATCHING = Map.of("watch", "spectators", "witness", "spectators",
            "attend", "attendance");
    private static final Set<String> SCREENS = Set.of("television", "tv", "online", "stream", "broadcast", "screen",
            "internet", "livestream");

    private Spectators() {
    }

    /** "spectators" or "attendance" for a count of people who watched or attended; null otherwise. */
    static String measure(AnnotatedSentence sentence, Token noun) {
        Token verb = sentence.head(noun);
        if (noun.lemma() == null || !PEOPLE.contains(noun.lemma().toLowerCase(Locale.ROOT)) || verb == null
                || verb.lemma() == null || !sentence.relationToHead(noun).equals("nsubj")) {
            return null;
        }
        String measure = WATCHING.get(verb.lemma().toLowerCase(Locale.ROOT));
        boolean screen = sentence.children(verb).stream().anyMatch(c -> c.lemma() != null
                && SCREENS.contains(c.lemma().toLowerCase(Locale.ROOT))
                && (DependencyWalk.relation(sentence, verb, c).startsWith("obl")
                || DependencyWalk.relation(sentence, verb, c).equals("advmod")));
        return screen ? null : measure;
    }
}
