package org.newsgraph.extract;

import java.util.Locale;
import java.util.Set;
import org.newsgraph.io.ResourceTable;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.DependencyWalk;
import org.newsgraph.nlp.Token;

/**
 * The period noun of a rate: "a year" in "spends $2 billion a year on policing", "a month" in "$300 a month on
 * groceries", "per week". The parser often hangs the amount on that noun (nummod(year, $)), which then looks like
 * the noun the amount is attached to; it says how often, not what is measured, so the measure chain passes it over
 * and what the money goes to can answer. A period noun is one of {@code rate-periods.txt} with a determiner (or
 * case word) of recurrence of {@code rate-period-determiners.txt} among its own children: "next year" or "the year"
 * is no rate.
 */
final class RatePeriods {

    private static final Set<String> PERIODS = ResourceTable.words("/org/newsgraph/extract/rate-periods.txt");
    private static final Set<String> DETERMINERS =
            ResourceTable.words("/org/newsgraph/extract/rate-period-determiners.txt");
    /** Relations by which the parser hangs a rate's period on the verb that lays the money out: "spend $5 a year". */
    private static final Set<String> ON_VERB = Set.of("obj", "obl:tmod", "obl:npmod");

    private RatePeriods() {
    }

    /** Whether the noun is the period of a rate, by its lemma and a determiner of recurrence it governs. */
    static boolean isRatePeriod(AnnotatedSentence sentence, Token noun) {
        if (noun.lemma() == null || !PERIODS.contains(noun.lemma().toLowerCase(Locale.ROOT))) {
            return false;
        }
        return sentence.children(noun).stream().anyMatch(child -> {
            String relation = DependencyWalk.relation(sentence, noun, child);
            return (relation.equals("det") || relation.equals("case"))
                    && DETERMINERS.contains(child.text().toLowerCase(Locale.ROOT));
        });
    }

    /**
     * The period noun of a rate that carries the amount for the verb: "will spend $300,000 a year on park maintenance"
     * parsed as obl:tmod(spend, year) dep(year, $), "spend about $300 a month" as obj(spend, month) nummod(month, $)
     * (the amount, or the period when the measure chain already climbed to it). Null when the amount hangs on no rate's period, or that period not on the verb (by object or bare noun phrase).
     */
    static Token carrier(AnnotatedSentence sentence, Token amount, Token verb) {
        String relation = sentence.relationToHead(amount);
        Token period = isRatePeriod(sentence, amount) ? amount
                : relation.equals("dep") || relation.equals("nummod") ? sentence.head(amount) : null;
        return period != null && verb != null && verb.equals(sentence.head(period))
                && ON_VERB.contains(sentence.relationToHead(period)) && isRatePeriod(sentence, period) ? period : null;
    }
}
