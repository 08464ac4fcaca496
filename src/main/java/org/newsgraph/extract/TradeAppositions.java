package org.newsgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.io.ResourceTable;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Token;

/**
 * A name set off by an indefinite noun of a trade, with the goods of that trade before it: "Agrilo, a seed breeder in
 * Hungary", "Davrin, a fruit grower in Chile", "Hollis, a Danish shipping line" ({@code trade-firm-nouns.txt}). The
 * NER takes such one-word coined names for people or places, and WordNet calls a breeder or a grower a person, but a
 * news story that introduces one with its goods and "a" is introducing a firm. A person's full name by the NER keeps
 * its type ("Jane Marlow, a rose grower"), as does a name the sentence then calls "he" or "she": the caller asks. Also a hyphenated kind of organisation the tokenizer splits
 * ("Quillon, a farm-software start-up": "start", "-", "up"), read whole ({@link #hyphenated}).
 */
final class TradeAppositions {

    /** The cue's rule: the name is set off by a trade's noun that describes a firm. */
    static final String RULE = "apposition-to-trade-noun";

    private static final Set<String> NOUNS = ResourceTable.words("/org/newsgraph/extract/trade-firm-nouns.txt");

    private TradeAppositions() {
    }

    /**
     * Whether the noun a name is apposed to describes a firm by its trade: lower case, with "a" or "an", a noun of the
     * list with a lower-case common noun compounded before it (the goods: "seed breeder", "fruit grower"; a two-word
     * entry counts its own first word: "shipping line").
     */
    static boolean tradeNoun(AnnotatedSentence sentence, Token noun) {
        if (!noun.pos().startsWith("NN") || !Character.isLowerCase(noun.text().charAt(0))) {
            return false;
        }
        String lemma = (noun.lemma() == null ? noun.text() : noun.lemma()).toLowerCase(Locale.ROOT);
        boolean indefinite = false;
        String goods = null;
        for (Token child : sentence.children(noun)) {
            String relation = sentence.relationToHead(child);
            if (relation.equals("det") && child.text().toLowerCase(Locale.ROOT).matches("an?")) {
                indefinite = true;
            }
            if (relation.equals("compound") && child.index() < noun.index() && child.pos().matches("NNS?|VBG")
                    && Character.isLowerCase(child.text().charAt(0))) {
                goods = child.text().toLowerCase(Locale.ROOT);
            }
        }
        if (!indefinite || goods == null) {
            return false;
        }
        return NOUNS.contains(lemma) || NOUNS.contains(goods + " " + lemma);
    }

    /**
     * Whether the sentence speaks of someone as "he" or "she" after the name ("Ortega, a maize grower, said the drought
     * had cut his harvest"): a grower who is a person, whatever the apposition says.
     */
    static boolean personalPronounAfter(List<Token> tokens, int last) {
        for (int k = last; k < tokens.size(); k++) {
            if (tokens.get(k).text().toLowerCase(Locale.ROOT).matches("he|she|his|her|him|himself|herself")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The word a token belongs to with the hyphens the tokenizer split, lower case: "start-up" for "up" (or "start") in
     * "a farm-software start-up", "spin-off"; the token's own text where no hyphen touches it. Only tokens written with
     * no space between them are joined, a few at most.
     */
    static String hyphenated(AnnotatedSentence sentence, Token token) {
        List<Token> tokens = sentence.tokens();
        int at = tokens.indexOf(token);
        if (at < 0) {
            return token.text().toLowerCase(Locale.ROOT);
        }
        int from = at;
        while (from > 0 && at - from < 4 && tokens.get(from - 1).end() == tokens.get(from).start()
                && (tokens.get(from).text().equals("-") || tokens.get(from - 1).text().equals("-"))) {
            from--;
        }
        int to = at + 1;
        while (to < tokens.size() && to - at < 4 && tokens.get(to - 1).end() == tokens.get(to).start()
                && (tokens.get(to).text().equals("-") || tokens.get(to - 1).text().equals("-"))) {
            to++;
        }
        StringBuilder word = new StringBuilder();
        for (int k = from; k < to; k++) {
            word.append(tokens.get(k).text());
        }
        return word.toString().toLowerCase(Locale.ROOT);
    }
}
