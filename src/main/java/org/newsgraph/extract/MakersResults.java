package org.newsgraph.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.DependencyWalk;
import org.newsgraph.nlp.Token;

/**
 * Whether a figure reached through a product measures its maker's results: "Lumen Optics' Aster camera helped the
 * company grow sales by 22%", "its Ridge drill sold 80,000 units, lifting group revenue 9%". The product is what drove
 * the figure, not whose it is: the noun the figure measures is a word of results ({@code result-nouns.txt}: revenue,
 * sales, profit ...) that the product does not hang on ("sales of the Aster", "the Aster's sales" stay the
 * product's). Read from the measure the chain found and from the nouns on the climb from the figure up to the
 * product's word, and the objects of its verbs ("boosting annual sales 8%"). Session 40 (issue 12): the
 * product-maker fence credited such results to the product in made-up briefs. Bounded by {@link
 * FigureContext#MAX_CLIMB}; cycle-safe.
 */
final class MakersResults {

    /** How a product hangs on a noun of results that is its own: "the Aster's sales", "sales of the Aster". */
    private static final Set<String> OWN_RELATIONS = Set.of("nmod:poss", "nmod:of", "nmod:from", "compound");

    private MakersResults() {
    }

    /**
     * Whether the figure measures results not the product's own.
     *
     * @param measure the measure the chain found, or null
     * @param product the product's word the answer went through ({@link ProductClauses.Owner#at()})
     */
    static boolean measured(AnnotatedSentence sentence, List<Token> span, Token head, String measure, Token product) {
        if (product == null || resultNoun(product)) {
            return false;
        }
        for (Token token : sentence.tokens()) {
            if (resultNoun(token) && ownedBy(sentence, token, product)) {
                return false;
            }
        }
        if (measure != null && ReportedResults.isResultWord(lastWord(measure))) {
            return true;
        }
        Set<Integer> seen = new HashSet<>();
        for (Token token : span) {
            seen.add(token.index());
        }
        Token current = head;
        for (int step = 0; step < FigureContext.MAX_CLIMB && current != null; step++) {
            if (current.index() == product.index()) {
                return false;
            }
            if (resultNoun(current) || resultsObject(sentence, current, seen)) {
                return true;
            }
            Token up = sentence.head(current);
            if (up == null || !seen.add(up.index())) {
                return false;
            }
            current = up;
        }
        return false;
    }

    /** A verb on the climb whose object is a noun of results: "boosting annual sales 8%". */
    private static boolean resultsObject(AnnotatedSentence sentence, Token verb, Set<Integer> seen) {
        if (!verb.pos().startsWith("VB")) {
            return false;
        }
        for (Token child : sentence.children(verb)) {
            String relation = DependencyWalk.relation(sentence, verb, child);
            if ((relation.equals("obj") || relation.equals("iobj")) && !seen.contains(child.index())
                    && resultNoun(child)) {
                return true;
            }
        }
        return false;
    }

    private static boolean resultNoun(Token token) {
        return token.pos().startsWith("NN") && !token.pos().startsWith("NNP")
                && (ReportedResults.isResultWord(token.text().toLowerCase(Locale.ROOT))
                || token.lemma() != null && ReportedResults.isResultWord(token.lemma().toLowerCase(Locale.ROOT)));
    }

    /** "the Aster's sales", "sales of the Aster camera": the product is a modifier of the noun of results. */
    private static boolean ownedBy(AnnotatedSentence sentence, Token noun, Token product) {
        for (Token child : sentence.children(noun)) {
            if (child.index() == product.index()
                    && OWN_RELATIONS.contains(DependencyWalk.relation(sentence, noun, child))) {
                return true;
            }
        }
        return false;
    }

    private static String lastWord(String phrase) {
        String[] words = phrase.toLowerCase(Locale.ROOT).split(" ");
        return words[words.length - 1];
    }
}
