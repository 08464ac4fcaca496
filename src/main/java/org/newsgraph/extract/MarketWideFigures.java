package org.newsgraph.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.newsgraph.io.ResourceTable;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.DependencyWalk;
import org.newsgraph.nlp.Token;

/**
 * Whether the noun a figure's clause measures is a whole market's rather than one company's ("Home sales across the
 * country dropped 12%", "Industry revenue rose 7%", "Car sales in Europe fell 4%"): in an article about a company,
 * such a figure names no owner, yet it is not the company's result. Read from the parse, on the first word with a
 * subject met on the climb from the figure (its own words left out), that subject's phrase: an "across" attachment
 * whose noun no possessive makes the company's ("across the sector", not "across its 300 stores"); a modifier of
 * {@code figure/market-words.txt} ("industry", "sector", "nationwide", or such a word the parser made the verb's
 * adverb: "Nationwide retail sales fell 1.2%"); or a common-noun compound that names a kind of goods together with an
 * "in" attachment to a place ("car sales in Europe", while "sales in China" and "iPhone sales in China" stay the
 * company's). Session 40 (issue 12): implicit-result asserted such figures for the article's
 * company in made-up briefs of retail, housing, energy and media news. Bounded by {@link FigureContext#MAX_CLIMB};
 * cycle-safe.
 */
final class MarketWideFigures {

    private static final Set<String> MARKET_WORDS = ResourceTable.rows("/org/newsgraph/extract/figure/market-words.txt",
                    1, "one word a line").stream()
            .map(row -> row.columns()[0].strip().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    /** CoreNLP's tags for places, when the entity step made no entity of the name. */
    private static final Set<String> PLACE_TAGS = Set.of("LOCATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE");

    private MarketWideFigures() {
    }

    /** Whether the figure's measured noun is said of a whole market (see the class comment). */
    static boolean measured(AnnotatedSentence sentence, List<Token> span, Token head,
                            Function<Token, Entity> entityAt) {
        Set<Integer> seen = new HashSet<>();
        for (Token token : span) {
            seen.add(token.index());
        }
        Token current = head;
        for (int step = 0; step < FigureContext.MAX_CLIMB && current != null; step++) {
            Token subject = ProductClauses.subject(sentence, current);
            if (subject != null && !seen.contains(subject.index())) {
                return marketWide(sentence, subject, entityAt) || marketAdverb(sentence, current);
            }
            Token up = sentence.head(current);
            if (up == null || !seen.add(up.index())) {
                return false;
            }
            current = up;
        }
        return false;
    }

    /** Whether a noun's own modifiers make it a market's: "across the sector", "industry", "car ... in Europe". */
    static boolean marketWide(AnnotatedSentence sentence, Token noun, Function<Token, Entity> entityAt) {
        boolean goods = false;
        boolean inAPlace = false;
        for (Token child : sentence.children(noun)) {
            String relation = DependencyWalk.relation(sentence, noun, child);
            String word = child.text().toLowerCase(Locale.ROOT);
            if (relation.equals("nmod:across") && !possessed(sentence, child)) {
                return true;
            }
            if ((relation.equals("compound") || relation.equals("amod"))
                    && (MARKET_WORDS.contains(word) || marketModified(sentence, child))) {
                return true;
            }
            if (relation.equals("compound") && child.pos().startsWith("NN") && !child.pos().startsWith("NNP")
                    && entityAt.apply(child) == null) {
                goods = true;
            }
            if (relation.equals("nmod:in") && place(child, entityAt)) {
                inAPlace = true;
            }
        }
        return goods && inAPlace;
    }

    /** "Nationwide, retail sales fell 1.2%": the parser made the market word an adverb of the verb. */
    private static boolean marketAdverb(AnnotatedSentence sentence, Token verb) {
        for (Token child : sentence.children(verb)) {
            if (DependencyWalk.relation(sentence, verb, child).equals("advmod")
                    && MARKET_WORDS.contains(child.text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** "Nationwide retail sales": the market word hangs on the noun's own modifier. */
    private static boolean marketModified(AnnotatedSentence sentence, Token modifier) {
        for (Token child : sentence.children(modifier)) {
            String relation = DependencyWalk.relation(sentence, modifier, child);
            if ((relation.equals("compound") || relation.equals("amod"))
                    && MARKET_WORDS.contains(child.text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** "across its 300 stores", "across Acme's network": the noun is someone's own. */
    private static boolean possessed(AnnotatedSentence sentence, Token noun) {
        for (Token child : sentence.children(noun)) {
            if (DependencyWalk.relation(sentence, noun, child).equals("nmod:poss")) {
                return true;
            }
        }
        return false;
    }

    private static boolean place(Token token, Function<Token, Entity> entityAt) {
        Entity entity = entityAt.apply(token);
        return entity != null ? entity.type() == EntityType.PLACE : PLACE_TAGS.contains(token.ner());
    }
}
