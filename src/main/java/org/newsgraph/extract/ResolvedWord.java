package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.newsgraph.nlp.Token;

/**
 * What kind of word coreference resolved for a figure's subject, as details of its attribution case
 * ({@link SubjectCases}): {@code noun} when the word is a noun ("the company", "the group", "the automaker"), which
 * names an organisation by itself, unlike "it" or "its" (a pronoun stands for an aircraft or a country as readily);
 * {@code alone} when the article has named exactly one organisation up to the word's sentence, so that no other
 * organisation is in reach. Both come from the word and the article, not from what coreference chose: they split the
 * coreference groups by structure. The coreference gold is counted by the same details ({@code eval --coref}).
 */
public final class ResolvedWord {

    public static final String NOUN = "noun";
    public static final String ALONE = "alone";

    private ResolvedWord() {
    }

    /** The details of a resolved word in the given sentence, "/"-separated, in this order; empty when none. */
    public static String details(Token word, int sentence, Collection<Entity> entities) {
        List<String> details = new ArrayList<>();
        if (word.pos().startsWith("NN")) {
            details.add(NOUN);
        }
        if (organisationsUpTo(sentence, entities) == 1) {
            details.add(ALONE);
        }
        return String.join("/", details);
    }

    /** How many organisations the article names in its sentences up to and including {@code sentence}. */
    static long organisationsUpTo(int sentence, Collection<Entity> entities) {
        return entities.stream().filter(e -> e.type() == EntityType.ORGANIZATION)
                .filter(e -> e.mentions().stream().anyMatch(m -> m.sentence() <= sentence)).count();
    }
}
