package org.newsgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.extract.figure.ChangeWords;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Token;

/**
 * A length written before a noun of movement it modifies is the size of that event: "injured after a 15-metre fall",
 * "survived a 20-foot drop into a quarry", "died in a 300-metre plunge". Those nouns are change nouns
 * ({@code change-words.tsv}: "a 5% fall" is a change), which no measure step takes as what a figure measures, and the
 * NER may tag "fall" a DATE (autumn); without this the subject-noun step gave the person who fell ("hiker",
 * "climber"). Only a physical measurement, and only the noun written right after it that the parse hangs it on.
 */
final class EventSizes {

    /** How a figure written before its noun hangs on it: "a 15-metre fall" as amod(fall, 15-metre). */
    private static final Set<String> PREMODIFIERS = Set.of("compound", "amod", "nummod");
    private static final Set<String> MOVEMENT_NOUNS = ChangeWords.nouns();

    private EventSizes() {
    }

    /** The event noun whose size the figure is, or null. */
    static Token event(AnnotatedSentence sentence, List<Token> span, FigureKind kind) {
        if (kind != FigureKind.MEASUREMENT || span.isEmpty()) {
            return null;
        }
        List<Token> tokens = sentence.tokens();
        int next = tokens.indexOf(span.get(span.size() - 1)) + 1;
        if (next <= 0 || next >= tokens.size()) {
            return null;
        }
        Token noun = tokens.get(next);
        if (!noun.pos().matches("NNS?") || !MOVEMENT_NOUNS.contains(noun.text().toLowerCase(Locale.ROOT))) {
            return null;
        }
        return span.stream().anyMatch(t -> noun.equals(sentence.head(t))
                && PREMODIFIERS.contains(sentence.relationToHead(t))) ? noun : null;
    }
}
