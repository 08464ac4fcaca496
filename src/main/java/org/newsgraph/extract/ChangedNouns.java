package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.newsgraph.extract.figure.ChangeWords;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.DependencyWalk;
import org.newsgraph.nlp.Token;

/**
 * The noun whose change a figure's change noun names: "a more than 7% drop in Microsoft's stock price" (price), "a
 * 16% slide in the share price of Acme" (price), "a 9% rise in Acme's revenue" (revenue). The figure is that noun's
 * move, so whose the noun is (its possessor, name modifier or of/at attachment) is whose the figure is: the figure's
 * own noun phrase says so before any clause does ({@code FigureContext}). Only a common noun the change noun takes by
 * "in" counts ("a gain of $5m" is the figure itself); a name there is read by the other steps ("a 7% jump in Acme":
 * no noun whose owner to ask).
 */
final class ChangedNouns {

    private static final Set<String> CHANGE_NOUNS = ChangeWords.nouns();

    private ChangedNouns() {
    }

    /**
     * The common noun a change noun among the figure's own words or measured nouns takes by "in", nearest first; null
     * when there is none.
     *
     * @param entityAt the named entity a token belongs to, or null
     */
    static Token changed(AnnotatedSentence sentence, List<Token> span, List<Token> nouns,
                         Function<Token, Entity> entityAt) {
        List<Token> near = new ArrayList<>(nouns);
        span.stream().filter(t -> !near.contains(t)).forEach(near::add);
        for (Token token : near) {
            if (!CHANGE_NOUNS.contains(token.text().toLowerCase(Locale.ROOT))) {
                continue;
            }
            for (Token child : sentence.children(token)) {
                String relation = DependencyWalk.relation(sentence, token, child);
                if (relation.equals("nmod:in") && !span.contains(child) && !nouns.contains(child)
                        && child.pos().startsWith("NN") && !child.pos().startsWith("NNP")
                        && entityAt.apply(child) == null) {
                    return child;
                }
            }
        }
        return null;
    }
}
