package org.newsgraph.extract;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.DependencyWalk;
import org.newsgraph.nlp.Token;

/**
 * A count of people who watched or attended an event measures its spectators or attendance, not "people": "Around
 * 50,000 people watched the maiden flight" (spectators), "More than 2,000 people attended the funeral" (attendance).
 * Only a count of people, fans or supporters that is the subject of the verb, or that the parser hung on the verb by
 * its word of approximation when the verb has no subject of its own ("Around 60,000 fans watched the final":
 * obl:around); not those who watched on television or online (viewers, which the count's own noun says when it is
 * written), whether the screen hangs on the verb or on what was watched ("watched the debate on television").
 */
final class Spectators {

    static final String STEP = "spectators";
    private static final Set<String> PEOPLE = Set.of("person", "people", "fan", "supporter", "onlooker");
    /** Verb lemma -> what its subjects make up. */
    private static final Map<String, String> WATCHING = Map.of("watch", "spectators", "witness", "spectators",
            "attend", "attendance");
    /** Words of approximation the parser reads as a count's preposition ("Around 60,000 fans": obl:around). */
    private static final Set<String> APPROXIMATIONS = Set.of("obl:around", "obl:about", "obl:over");
    private static final Set<String> SCREENS = Set.of("television", "tv", "online", "stream", "broadcast", "screen",
            "internet", "livestream");

    private Spectators() {
    }

    /** "spectators" or "attendance" for a count of people who watched or attended; null otherwise. */
    static String measure(AnnotatedSentence sentence, Token noun) {
        Token verb = sentence.head(noun);
        if (noun.lemma() == null || !PEOPLE.contains(noun.lemma().toLowerCase(Locale.ROOT)) || verb == null
                || verb.lemma() == null || !verb.pos().startsWith("VB") || !isWatcher(sentence, verb, noun)) {
            return null;
        }
        String measure = WATCHING.get(verb.lemma().toLowerCase(Locale.ROOT));
        if (measure == null || onScreen(sentence, verb)) {
            return null;
        }
        for (Token watched : sentence.children(verb)) {
            if (DependencyWalk.relation(sentence, verb, watched).equals("obj") && onScreen(sentence, watched)) {
                return null;
            }
        }
        return measure;
    }

    /** The count is the verb's subject, or its approximated phrase on a verb without a subject of its own. */
    private static boolean isWatcher(AnnotatedSentence sentence, Token verb, Token noun) {
        String relation = sentence.relationToHead(noun);
        if (relation.equals("nsubj")) {
            return true;
        }
        return APPROXIMATIONS.contains(relation) && noun.index() < verb.index() && sentence.children(verb).stream()
                .noneMatch(c -> DependencyWalk.relation(sentence, verb, c).startsWith("nsubj"));
    }

    /** A screen word hangs on the token by a preposition or as an adverb ("on television", "online"). */
    private static boolean onScreen(AnnotatedSentence sentence, Token token) {
        return sentence.children(token).stream().anyMatch(c -> {
            String relation = DependencyWalk.relation(sentence, token, c);
            return c.lemma() != null && SCREENS.contains(c.lemma().toLowerCase(Locale.ROOT))
                    && (relation.startsWith("obl") || relation.startsWith("nmod") || relation.equals("advmod"));
        });
    }
}
