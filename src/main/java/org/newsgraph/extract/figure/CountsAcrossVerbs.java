package org.newsgraph.extract.figure;

import java.util.List;
import java.util.Set;
import org.newsgraph.extract.FigureCandidate;
import org.newsgraph.extract.FigureKind;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.DependencyWalk;
import org.newsgraph.nlp.Token;

/**
 * A count the rules read across a verb: in "Of 450 complaints, 160 concerned late trains" or "Of 300 farms, 45
 * reported losses" the words between the number and the plural read as its modifiers, but the parse makes the number
 * the subject of the verb among them, and the plural that verb's object, not what the number counts. Where the
 * verb names the set by "of" before the number, such a count is dropped, so that {@link NerFigures} reads the number
 * by the parse ({@link ElidedParts}: "complaint", "farm") or leaves it bare.
 */
public final class CountsAcrossVerbs {

    private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:pass");
    private static final Set<String> WHOLES = Set.of("obl:of", "nmod:of");

    private CountsAcrossVerbs() {
    }

    /** The candidates of a sentence without the counts whose number is the subject of a verb inside the count. */
    public static List<FigureCandidate> kept(AnnotatedSentence sentence, List<FigureCandidate> candidates) {
        return candidates.stream().filter(c -> !acrossVerb(sentence, c)).toList();
    }

    private static boolean acrossVerb(AnnotatedSentence sentence, FigureCandidate candidate) {
        if (candidate.kind() != FigureKind.COUNT) {
            return false;
        }
        List<Token> tokens = sentence.tokensIn(sentence.start() + candidate.start(), sentence.start() + candidate.end());
        Token number = tokens.stream().filter(t -> t.pos().equals("CD")).reduce((a, b) -> b).orElse(null);
        if (number == null) {
            return false;
        }
        return tokens.stream().filter(t -> t.index() > number.index() && t.pos().startsWith("VB"))
                .anyMatch(verb -> SUBJECTS.contains(DependencyWalk.relation(sentence, verb, number))
                        && hasWholeBefore(sentence, verb, number));
    }

    /**
     * Whether the verb has an {@code of} argument before the number, the set the number is part of ("Of 450
     * complaints, 160 ..."): without one the parse of a number before a participle is too often wrong ("To date, 149
     * confirmed orders ... have been received" makes 149 the subject of "confirmed").
     */
    private static boolean hasWholeBefore(AnnotatedSentence sentence, Token verb, Token number) {
        return sentence.children(verb).stream().anyMatch(c -> c.index() < number.index()
                && WHOLES.contains(DependencyWalk.relation(sentence, verb, c)));
    }
}
