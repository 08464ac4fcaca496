package org.newsgraph.extract.figure;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.DependencyWalk;
import org.newsgraph.nlp.Token;

/**
 * What a bare number counts when it names a part of a count given before it, by the parse: "Of the 2,400 workers at
 * the plant, 900 will lose their jobs" (the subject's verb has an {@code of} argument before it: workers); "Of the
 * 8,000 who fled, 6,200 returned" (a number a "who" clause describes counts people, and so does its part); "190 of
 * them", "of whom 130", "Of those, 75 failed" (the pronoun's antecedent); "Officers stopped 85 cars; 14 were found
 * unroadworthy" (a bare subject after a count of the same sentence, or at the start of the next one).
 *
 * <p>The antecedent of a pronoun or an elided subject is the nearest plural common noun before the number, and only
 * when a number counts it and it is the only counted noun there ("40 people in three cities; 12 were charged" is left
 * bare: which one is unsure). A currency or a unit is never borrowed: "Of the 40 million euros, 12 million went to
 * schools" stays the rules' to read. Everything else stays bare: an empty reading beats a wrong one.
 *
 * <p>The walk is bounded: the number's head, its children and the tokens of two sentences.
 */
final class ElidedParts {

    private static final String PERSON = Nouns.singular("people");
    /** Words that stand for a group named before: "190 of them", "Of those, 75". */
    private static final Set<String> PRONOUNS = Set.of("them", "those", "these");
    private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:pass");
    private static final Set<String> OF = Set.of("obl:of", "nmod:of");

    private ElidedParts() {
    }

    /**
     * What a bare number counts (a singular noun: "worker", "person"), or null.
     *
     * @param previous the sentence before, or null: where "Of those, 75 failed" finds "600 restaurants"
     */
    static String counted(AnnotatedSentence sentence, AnnotatedSentence previous, Token number) {
        if (isWho(sentence, number)) {
            return PERSON; // "the 900,000 who fled"
        }
        String relation = sentence.relationToHead(number);
        // "190 of them", "120 of them at its hub": the words right after the number, whatever the parser hung them on
        Token pronoun = pronounAfter(sentence, number);
        if (pronoun != null) {
            return antecedent(sentence, previous, number);
        }
        if (!SUBJECTS.contains(relation)) {
            return null;
        }
        Token predicate = sentence.head(number);
        if (predicate == null) {
            return null;
        }
        for (Token child : sentence.children(predicate)) {
            // the edge's own relation: "the 8,000 who fled" is also the subject of "fled" in the enhanced graph
            if (child.index() < number.index() && OF.contains(DependencyWalk.relation(sentence, predicate, child))) {
                return whole(sentence, previous, child, number); // "Of the 600 homes planned, 200 will be sold"
            }
        }
        Token whom = relativeWhom(sentence, predicate, number);
        if (whom != null) {
            return whom.index() < number.index() ? countedNoun(sentence.head(whom)) : null; // "900 pupils, of whom 130"
        }
        if (sentence.children(number).stream().anyMatch(c -> c.pos().startsWith("NN") || c.pos().equals("PRP"))) {
            return null;
        }
        return antecedent(sentence, previous, number); // "85 cars on the motorway; 14 were found unroadworthy"
    }

    /** The whole an {@code of} phrase before the part names: a counted plural, a "who" number, a pronoun's antecedent. */
    private static String whole(AnnotatedSentence sentence, AnnotatedSentence previous, Token of, Token number) {
        String word = of.text().toLowerCase(Locale.ROOT);
        if (PRONOUNS.contains(word)) {
            return antecedent(sentence, previous, number);
        }
        if (of.pos().equals("CD")) {
            return isWho(sentence, of) ? PERSON : null;
        }
        return countedNoun(of);
    }

    /** "the 8,000 who signed up": a number a "who" clause describes. */
    private static boolean isWho(AnnotatedSentence sentence, Token number) {
        return number.pos().equals("CD") && sentence.children(number).stream()
                .anyMatch(c -> sentence.relationToHead(c).equals("ref") && c.text().equalsIgnoreCase("who"));
    }

    /** "of them", "of those" right after the number. */
    private static Token pronounAfter(AnnotatedSentence sentence, Token number) {
        List<Token> tokens = sentence.tokens();
        int at = tokens.indexOf(number);
        if (at < 0 || at + 2 >= tokens.size() || !tokens.get(at + 1).text().equalsIgnoreCase("of")) {
            return null;
        }
        Token next = tokens.get(at + 2);
        return PRONOUNS.contains(next.text().toLowerCase(Locale.ROOT)) ? next : null;
    }

    /** "pupils, of whom 130 speak": the "whom" of the relative clause whose verb the number is the subject of. */
    private static Token relativeWhom(AnnotatedSentence sentence, Token predicate, Token number) {
        if (!sentence.relationToHead(predicate).equals("acl:relcl")) {
            return null;
        }
        Token head = sentence.head(predicate);
        if (head == null) {
            return null;
        }
        for (Token child : sentence.children(head)) {
            if (sentence.relationToHead(child).equals("ref") && child.text().equalsIgnoreCase("whom")) {
                return child;
            }
        }
        return null;
    }

    /**
     * The noun a pronoun or an elided subject at {@code number} stands for: the nearest plural common noun before it
     * in its sentence, else (when the number's sentence names none before it) in the sentence before; only when a
     * number counts that noun and no other counted noun stands in the same stretch.
     */
    private static String antecedent(AnnotatedSentence sentence, AnnotatedSentence previous, Token number) {
        List<Token> before = sentence.tokens().subList(0, Math.max(0, sentence.tokens().indexOf(number)));
        if (before.stream().noneMatch(t -> t.pos().equals("NNS") || t.pos().equals("CD"))) {
            return previous == null ? null : counted(previous, previous.tokens());
        }
        return counted(sentence, before);
    }

    private static String counted(AnnotatedSentence sentence, List<Token> tokens) {
        Token nearest = null;
        int counts = 0;
        for (Token token : tokens) {
            if (token.pos().equals("NNS") && !token.isEntity()) {
                nearest = token;
            }
            if (isCounted(sentence, token)) {
                counts++;
            }
        }
        return nearest != null && counts == 1 && isCounted(sentence, nearest) ? countedNoun(nearest) : null;
    }

    /** A plural common noun a number counts ("85 cars"), that no unit or currency is. */
    private static boolean isCounted(AnnotatedSentence sentence, Token noun) {
        return noun.pos().equals("NNS") && countedNoun(noun) != null && sentence.children(noun).stream()
                .anyMatch(c -> c.pos().equals("CD") && sentence.relationToHead(c).equals("nummod")
                        && !c.ner().equals("DATE"));
    }

    /** The singular of a plural common noun that counts things, or null for a unit, a currency or a level. */
    private static String countedNoun(Token noun) {
        if (noun == null || !noun.pos().equals("NNS") || noun.isEntity()
                || !noun.text().chars().allMatch(Character::isLetter)) {
            return null;
        }
        String word = noun.text().toLowerCase(Locale.ROOT);
        String singular = Nouns.singular(word);
        if (!Nouns.countsInPlural(word) || Currencies.ofWord(word) != null || Units.unit(singular) != null
                || Units.unit(word) != null || CountedNouns.DURATION_UNITS.containsKey(singular)) {
            return null;
        }
        return singular;
    }
}
