package org.newsgraph.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.extract.figure.NerFigures;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Token;

/**
 * Ages the parse states where the words beside a number do not ({@code figure/Ages} reads "aged 55", "Barra, 51,",
 * "five years old" from the words): a bare whole number that is
 * <ul>
 *   <li>the predicate of a copula whose subject is a person ("She is 34 and runs the bakery", "He was 19 when he
 *       joined", "My daughter is 12": {@code cop} and {@code nsubj} on the number), or</li>
 *   <li>an "At" phrase opening the sentence, set off by a comma, on a verb whose subject is a person ("At 29, Tomas
 *       Reyes becomes the youngest mayor": {@code obl:at} of the verb).</li>
 * </ul>
 * A person is a PERSON name, "he", "she" or "I", or a common noun for a person ({@link NounKinds#person}: "the
 * victim", "my daughter"); "The score is 34", "Inflation was 3" and "They are 20" stay bare numbers. The number may
 * carry only what a clause of being carries (its subject, the copula, adverbs written before it, a clause of when,
 * a time), so "She was one of 12 finalists", "He is 3 under par", "Smith was 10 for 10" are no ages.
 */
final class ParsedAges {

    /** The step an age found here records as its subject's and measure's provenance. */
    static final String COPULA_AGE = "copula-age";

    private static final BigDecimal OLDEST = BigDecimal.valueOf(120);
    private static final BigDecimal ADULT_AT = BigDecimal.TEN;
    private static final Set<String> PRONOUNS = Set.of("he", "she", "i");
    /** What a number that is the predicate of "be" may carry and still be an age. */
    private static final Set<String> CLAUSE_OF_BEING = Set.of("nsubj", "cop", "punct", "cc", "aux", "mark", "advmod",
            "obl:tmod", "obl:at", "nmod:tmod", "parataxis");

    private ParsedAges() {
    }

    /**
     * The ages of a sentence the figure rules refused as bare numbers.
     *
     * @param text    the sentence's text; candidates' offsets are relative to it
     * @param found   what the rules (and CoreNLP's NER reader) read in the same text
     * @param refused what the rules read and refused
     */
    static List<FigureCandidate> missed(AnnotatedSentence sentence, String text, List<FigureCandidate> found,
                                        List<Rejection> refused) {
        List<FigureCandidate> ages = new ArrayList<>();
        for (Token token : sentence.tokens()) {
            int start = token.start() - sentence.start();
            int end = token.end() - sentence.start();
            if (start < 0 || end > text.length() || FigureCandidate.anyOverlaps(found, start, end)
                    || refused.stream().anyMatch(r -> r.start() < end && start < r.end()
                    && !NerFigures.refusedAsBare(r))) {
                continue;
            }
            BigDecimal value = value(token);
            if (value != null && person(sentence, token, value) != null) {
                ages.add(new FigureCandidate(start, end, FigureKind.DURATION, value, null, null, "YR", null, null,
                        null, null, null, null));
            }
        }
        return ages;
    }

    /**
     * The person whose age the number {@code number} is by the parse (the copula's or the verb's subject), or null
     * when the number is no such age.
     */
    static Token person(AnnotatedSentence sentence, Token number, BigDecimal value) {
        if (!number.pos().equals("CD") || value == null || value.signum() <= 0 || value.scale() > 0
                || value.compareTo(OLDEST) > 0) {
            return null;
        }
        String relation = sentence.relationToHead(number);
        if (relation.equals("obl:at")) {
            return openingAt(sentence, number, value);
        }
        boolean copula = false;
        Token subject = null;
        for (Token child : sentence.children(number)) {
            String childRelation = sentence.relationToHead(child);
            if (!CLAUSE_OF_BEING.contains(childRelation) && !childRelation.startsWith("conj")
                    && !childRelation.startsWith("advcl")) {
                return null;
            }
            if (childRelation.equals("cop") && child.lemma() != null && child.lemma().equals("be")) {
                copula = true;
            } else if (childRelation.equals("nsubj")) {
                subject = child;
            } else if (childRelation.equals("advmod") && child.index() > number.index()) {
                return null; // "is 3 up", "was 2 behind": a margin, not an age
            }
        }
        return copula && subject != null && isPerson(subject) ? subject : null;
    }

    /** "At 29, Tomas Reyes becomes ...": the sentence opens with "At", the number and a comma. */
    private static Token openingAt(AnnotatedSentence sentence, Token number, BigDecimal value) {
        List<Token> tokens = sentence.tokens();
        int at = tokens.indexOf(number) - 1;
        if (at != 0 || value.compareTo(ADULT_AT) < 0 || !tokens.get(0).text().equals("At")
                || at + 2 >= tokens.size() || !tokens.get(at + 2).text().equals(",")
                || sentence.children(number).stream().anyMatch(c -> !sentence.relationToHead(c).equals("case"))) {
            return null;
        }
        Token verb = sentence.head(number);
        if (verb == null || !verb.pos().startsWith("VB")) {
            return null;
        }
        for (Token child : sentence.children(verb)) {
            if (sentence.relationToHead(child).equals("nsubj") && isPerson(child)) {
                return child;
            }
        }
        return null;
    }

    private static boolean isPerson(Token token) {
        String word = token.text().toLowerCase(Locale.ROOT);
        if (token.ner().equals("PERSON")) {
            return true;
        }
        if (token.pos().equals("PRP")) {
            return PRONOUNS.contains(word);
        }
        return token.pos().equals("NN") && NounKinds.person(word) && !NounKinds.organisation(word);
    }

    private static BigDecimal value(Token token) {
        String normalized = token.normalized();
        if (!token.ner().equals("NUMBER") || normalized == null) {
            return null;
        }
        try {
            return new BigDecimal(normalized).stripTrailingZeros();
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
