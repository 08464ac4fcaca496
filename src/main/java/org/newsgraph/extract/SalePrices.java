package org.newsgraph.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.io.ResourceTable;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.DependencyWalk;
import org.newsgraph.nlp.Token;

/**
 * Whether an amount is what a thing sells for: the amount a verb of selling ({@code price-verbs.tsv}) reaches by one of
 * its prepositions, "the phones will be available in two models, retailing for US $199 and $299", "films will retail
 * for around $9.99", "priced at $450", "the painting sold for $2 million". The preposition is the amount's own case
 * word or, where the parser hung the words on each other by bare deps ("retailing for US $199" as dep(retailing,
 * for) dep(for, US) dep(US, $)), a word the climb from the amount to the verb passes. The climb is a few steps long and
 * never leaves through a noun that is no part of the amount ("sold the unit that owns the $5m building for ...").
 * "Sold $2 million of bonds" (no preposition) is an amount sold, not a price.
 */
final class SalePrices {

    /** The measure of such an amount. */
    static final String PRICE = "price";
    private static final Map<String, Set<String>> VERBS = verbs();
    /** How far above the amount the verb may be: its preposition, a currency prefix the parser made a word. */
    private static final int MAX_STEPS = 3;

    private SalePrices() {
    }

    /** Whether the amount written with these tokens is a price by the words above it. */
    static boolean isPrice(AnnotatedSentence sentence, List<Token> span) {
        Token top = top(sentence, span);
        if (top == null) {
            return false;
        }
        String preposition = sentence.children(top).stream()
                .filter(c -> DependencyWalk.relation(sentence, top, c).equals("case"))
                .map(SalePrices::word).findFirst().orElse(null);
        Token below = top;
        List<Token> above = DependencyWalk.ancestors(sentence, top);
        for (int i = 0; i < above.size() && i < MAX_STEPS; i++) {
            Token token = above.get(i);
            if (span.contains(token) || token.ner().equals("MONEY") && !token.pos().startsWith("VB")) {
                // the amount's own words, and a currency prefix the parser made a word of its own ("US" of "US $199")
                below = token;
                continue;
            }
            String lemma = token.lemma() == null ? "" : token.lemma().toLowerCase(Locale.ROOT);
            if (token.pos().startsWith("VB") && VERBS.containsKey(lemma)) {
                String relation = sentence.relationToHead(below);
                String marked = relation.startsWith("obl:") || relation.startsWith("nmod:")
                        ? relation.substring(relation.indexOf(':') + 1) : preposition;
                return marked != null && VERBS.get(lemma).contains(marked);
            }
            if (token.pos().equals("IN") && preposition == null) {
                // "retailing for US $199" parsed with bare deps: the preposition is a word on the climb
                preposition = word(token);
                below = token;
                continue;
            }
            return false;
        }
        return false;
    }

    /** The amount's token nearest the root: the one whose head lies outside the amount. */
    private static Token top(AnnotatedSentence sentence, List<Token> span) {
        for (Token token : span) {
            Token head = sentence.head(token);
            if (head == null || !span.contains(head)) {
                return token;
            }
        }
        return null;
    }

    private static String word(Token token) {
        return token.text().toLowerCase(Locale.ROOT);
    }

    private static Map<String, Set<String>> verbs() {
        Map<String, Set<String>> verbs = new HashMap<>();
        for (ResourceTable.Row row : ResourceTable.rows(
                "/org/newsgraph/extract/price-verbs.tsv", 2, "verb lemma <TAB> prepositions")) {
            verbs.put(row.columns()[0].strip(), Set.of(row.columns()[1].strip().split(",")));
        }
        return Map.copyOf(verbs);
    }
}
