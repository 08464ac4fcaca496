package org.newsgraph.extract.figure;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.extract.FigureCandidate;
import org.newsgraph.extract.FigureKind;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Token;

/**
 * What a bare number counts when the sentence counted it just before and leaves its noun out, by the parse: the
 * object of the same verb, or of a verb of reaching ({@code reaching-verbs.txt}), in a clause joined by "and" to the
 * verb whose object is the count ("made 40,000 cars in 2024 and expects to make 55,000 this year", "builds 12
 * aircraft a month and plans to reach 16 a month"), or what that count is compared with by "up from" or "down from"
 * on the same verb ("delivered 61 jets in the quarter, up from 48 a year earlier"). The number takes the count's unit
 * as the rules read it; a currency or a physical unit is never borrowed (those are the rules' to read), and a verb
 * that is neither the count's nor one of reaching borrows nothing ("sold 300 cars and raised prices to 250").
 *
 * <p>The walk is bounded: the number's verb, at most two verbs it completes ({@code xcomp}), and the verb its clause
 * is joined to.
 */
final class ContinuedCounts {

    private static final Set<String> REACHING_VERBS = Set.copyOf(WordList.words("reaching-verbs.txt"));
    /** "up from 48", "down from 3.9 million": the adverb a comparison with an earlier level hangs on. */
    private static final Set<String> COMPARING_ADVERBS = Set.of("up", "down");
    /**
     * "reach 16 a month", "reach 1,100 a week": the parser hangs the number on the rate's period, which hangs on the
     * verb (as its object, too).
     */
    private static final Set<String> PERIOD_NOUNS = Set.of("day", "week", "month", "quarter", "year");
    private static final Set<String> PERIOD_RELATIONS = Set.of("obl:tmod", "obl:npmod", "obj");
    private static final int XCOMP_STEPS = 2;
    /** The words a gapped remnant's number may hold: "and another 900", "and nearly 55,000", "a further 8". */
    private static final Set<String> REMNANT_WORDS = Set.of("cc", "det", "advmod", "amod", "punct");
    /** How a phrase of time hangs from a remnant ("900 this year", "2,900 in August", "six on Tuesday"). */
    private static final Set<String> REMNANT_TIMES = Set.of("obl", "nmod", "orphan");

    private ContinuedCounts() {
    }

    /**
     * The unit of the count {@code number} continues, or null.
     *
     * @param offset where the sentence's text starts in the document (the candidates' offsets are within it)
     * @param found  the figures read in the sentence so far
     */
    static String counted(AnnotatedSentence sentence, Token number, int offset, List<FigureCandidate> found) {
        String relation = sentence.relationToHead(number);
        Token head = sentence.head(number);
        if (head == null) {
            return null;
        }
        if (relation.equals("obl:from") && COMPARING_ADVERBS.contains(lower(head))
                && sentence.relationToHead(head).equals("advmod") && isVerb(sentence.head(head))) {
            return countedObject(sentence, sentence.head(head), number, offset, found);
        }
        if (relation.startsWith("conj") && isVerb(head) && head.index() < number.index() && isRemnant(sentence, number)) {
            // "cut 1,200 jobs in 2024 and another 900 this year": the parser hangs the remnant of a clause whose verb
            // and noun are left out on the verb itself; it counts what that verb's object counted
            return countedObject(sentence, head, number, offset, found);
        }
        Token verb = verbTaking(sentence, number, relation, head);
        if (verb == null) {
            return null;
        }
        Token clause = verb;
        for (int step = 0; step < XCOMP_STEPS && sentence.relationToHead(clause).equals("xcomp"); step++) {
            clause = sentence.head(clause);
        }
        if (clause == null || !sentence.relationToHead(clause).startsWith("conj")) {
            return null;
        }
        Token earlier = sentence.head(clause);
        if (!isVerb(earlier) || earlier.index() >= number.index()
                || !(lemma(earlier).equals(lemma(verb)) || REACHING_VERBS.contains(lemma(verb)))) {
            return null;
        }
        return countedObject(sentence, earlier, number, offset, found);
    }

    /**
     * Whether a number joined to a verb is the remnant of a gapped clause: its own words are at most a determiner or
     * an adverb ("another", "a further", "nearly") and phrases of time ("this year", "in June"); a noun, a verb or a
     * subject of its own makes it something else.
     */
    private static boolean isRemnant(AnnotatedSentence sentence, Token number) {
        for (Token child : sentence.children(number)) {
            String relation = sentence.relationToHead(child);
            boolean time = child.ner().equals("DATE") || child.ner().equals("DURATION") || child.ner().equals("TIME");
            if (!(REMNANT_WORDS.contains(relation) || time && REMNANT_TIMES.contains(relation.replaceFirst(":.*", "")))) {
                return false;
            }
        }
        return true;
    }

    /** The verb that takes the number as its object, or as the count of a rate ("reach 16 a month"), or null. */
    private static Token verbTaking(AnnotatedSentence sentence, Token number, String relation, Token head) {
        if (relation.equals("obj")) {
            return isVerb(head) ? head : null;
        }
        boolean rate = relation.equals("nummod") && head.index() > number.index()
                && PERIOD_NOUNS.contains(lower(head)) && PERIOD_RELATIONS.contains(sentence.relationToHead(head))
                && sentence.children(head).stream().anyMatch(c -> sentence.relationToHead(c).equals("det"));
        return rate && isVerb(sentence.head(head)) ? sentence.head(head) : null;
    }

    /** The unit of the count that is {@code verb}'s object before the number, as the rules read it; or null. */
    private static String countedObject(AnnotatedSentence sentence, Token verb, Token number, int offset,
                                        List<FigureCandidate> found) {
        for (Token object : sentence.children(verb)) {
            if (object.index() >= number.index() || !sentence.relationToHead(object).equals("obj")) {
                continue;
            }
            for (Token count : sentence.children(object)) {
                if (!sentence.relationToHead(count).equals("nummod")) {
                    continue;
                }
                int at = count.start() - offset;
                for (FigureCandidate figure : found) {
                    if (figure.start() <= at && at < figure.end() && figure.kind() == FigureKind.COUNT
                            && figure.unit() != null && figure.vague() == null) {
                        return figure.unit();
                    }
                }
            }
        }
        return null;
    }

    private static boolean isVerb(Token token) {
        return token != null && token.pos().startsWith("VB");
    }

    private static String lemma(Token token) {
        return token.lemma() == null ? lower(token) : token.lemma().toLowerCase(Locale.ROOT);
    }

    private static String lower(Token token) {
        return token.text().toLowerCase(Locale.ROOT);
    }
}
