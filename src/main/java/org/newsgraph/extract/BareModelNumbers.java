package org.newsgraph.extract;

import java.util.Locale;
import java.util.Set;
import org.newsgraph.io.ResourceTable;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Token;

/**
 * A model known by its number alone ("737", "787", "767s"), told from a count by the parse, not by the number: a
 * number beside a count on the same product's noun ("five new 737 aircraft", "12 787 jets": two numbers cannot both
 * count the aircraft, so the one after the count names their model), a number after a describing adjective of the
 * noun ("their new 787 aircraft": English puts a count before such adjectives, "their 20 new aircraft", and a
 * classifier after them; adjectives of quantity or order, "another 20", "the remaining 230", "the first 100", count),
 * or a number in the plural standing as a noun
 * ("its ageing 767s", "orders for 20 787s": a count is never pluralised). Hundreds ("the 300s") and decades ("the
 * 1990s", a date) are no models. Every other bare number stays a candidate that only its owner confirms ("Boeing's
 * 747", {@link TypeCues}).
 */
final class BareModelNumbers {

    /** The rule of a model's number after a count of the product's noun: "five new 737 aircraft". */
    static final String AFTER_COUNT = "model-number-after-count";

    /** The rule of a model's number after a describing adjective of the product's noun: "their new 787 aircraft". */
    static final String AFTER_ADJECTIVE = "model-number-after-adjective";

    /** Adjectives after which a number counts: "the remaining 230 aircraft" ({@code quantity-adjectives.txt}). */
    private static final Set<String> QUANTITY_ADJECTIVES = ResourceTable.words("/org/newsgraph/extract/quantity-adjectives.txt");

    /** The rule of a model's number in the plural as a noun: "its ageing 767s". */
    static final String PLURAL = "model-number-in-plural";

    /** A plural of a model's three digits, not of a round hundred ("the 300s"). */
    private static final String PLURAL_SHAPE = "(?!\\d00s)\\d{3}s";

    /** Relations of a noun to its governor: what a plural model number stands as ("retire its 767s", "of 20 787s"). */
    private static final Set<String> NOMINAL = Set.of("obj", "nsubj", "nsubj:pass", "appos", "iobj");

    private BareModelNumbers() {
    }

    /** Whether a word has the shape of a model's number in the plural: "767s" (not "300s"). */
    static boolean pluralShape(String word) {
        return word.matches(PLURAL_SHAPE);
    }

    /** Whether a cue's rule is one of this class's. */
    static boolean rule(String rule) {
        return rule.equals(AFTER_COUNT) || rule.equals(AFTER_ADJECTIVE) || rule.equals(PLURAL);
    }

    /**
     * The product cue of a bare number, or null.
     *
     * @param number a token of a model's number ({@link EntityRecognizer#NUMBERED_MODEL}) or of its plural
     */
    static TypeCues.Cue cue(AnnotatedSentence sentence, Token number) {
        Token head = sentence.head(number);
        if (head == null || !number.ner().matches("O|NUMBER|MISC")) {
            return null;
        }
        String relation = sentence.relationToHead(number);
        if (pluralShape(number.text())) {
            boolean nominal = NOMINAL.contains(relation) || relation.startsWith("nmod") || relation.startsWith("obl")
                    || relation.startsWith("conj");
            return nominal && !number.pos().equals("CD") ? new TypeCues.Cue(EntityType.PRODUCT, PLURAL) : null;
        }
        if (!number.text().matches(EntityRecognizer.NUMBERED_MODEL) || !relation.equals("nummod") || !productNoun(head)) {
            return null;
        }
        for (Token other : sentence.children(head)) {
            if (other.index() < number.index() && sentence.relationToHead(other).equals("nummod")
                    && other.pos().equals("CD")) {
                return new TypeCues.Cue(EntityType.PRODUCT, AFTER_COUNT);
            }
        }
        Token before = number.index() > sentence.tokens().get(0).index() ? sentence.token(number.index() - 1) : null;
        if (before != null && before.pos().equals("JJ") && before.ner().equals("O") && head.equals(sentence.head(before))
                && sentence.relationToHead(before).equals("amod") && Character.isLowerCase(before.text().charAt(0))
                && !QUANTITY_ADJECTIVES.contains(before.text().toLowerCase(Locale.ROOT))) {
            return new TypeCues.Cue(EntityType.PRODUCT, AFTER_ADJECTIVE);
        }
        return null;
    }

    /** Whether the counted noun is a kind of product, lower case: "aircraft", "jets", "planes". */
    private static boolean productNoun(Token noun) {
        String lemma = (noun.lemma() == null ? noun.text() : noun.lemma()).toLowerCase(Locale.ROOT);
        return Character.isLowerCase(noun.text().charAt(0)) && noun.pos().startsWith("NN")
                && (NounKinds.product(lemma, noun.pos()) || TypeCues.APPOSED_PRODUCT_NOUNS.contains(lemma));
    }
}
