package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a figure's measure names the KPI that KPI-EDGAR's gold links its value to. Words are compared lower-cased
 * with a crude singular ("revenues" is "revenue", "losses" is "loss"); function words ("the", "of", "our"...) are
 * left out, and so is "related" ("the related tax benefits" are tax benefits). The gold span's <em>head</em> is its last content word before the first preposition or participle that
 * starts a post-modifier ("cost of revenues": cost; "net cash provided by operating activities": cash); the words
 * before the head are its <em>modifiers</em>, less a few that only say "all of it" ("total", "consolidated",
 * "aggregate", "overall", "combined").
 * <ul>
 *   <li>{@link Verdict#RIGHT}: every content word of ours (but those of {@code WHOLE}) occurs in the gold span, ours holds the head, and ours
 *       holds every modifier: "revenue" for "Total revenues", "research and development expenses" for itself.</li>
 *   <li>{@link Verdict#PARTIAL}: the same, but a modifier is missing: "income" for "operating income", "sales" for
 *       "net sales". Counted as not right.</li>
 *   <li>{@link Verdict#WRONG}: any other measure ("cash" for "cash and cash equivalents" has no head; "net revenue"
 *       for "revenues" has a word the gold lacks).</li>
 *   <li>{@link Verdict#EMPTY}: no measure.</li>
 * </ul>
 */
final class KpiMeasureMatch {

    enum Verdict { RIGHT, PARTIAL, WRONG, EMPTY }

    /** Words that end the head's noun phrase: prepositions and the participles 10-Ks put after a KPI's noun. */
    private static final Set<String> POST_MODIFIER_STARTS = Set.of("of", "in", "on", "for", "to", "from", "by", "at",
            "with", "as", "per", "under", "over", "during", "provided", "used", "recognized", "recognised",
            "related", "relating", "attributable", "associated", "incurred", "generated", "paid", "received", "issued",
            "held", "resulting", "arising", "allocated", "pertaining", "outstanding", "covering", "including",
            "excluding", "recorded", "measured", "expected", "designated", "due", "not", "which", "that", "(");
    /** Function words that are no part of what is measured, beyond {@link FigureEvaluation#STOP_WORDS}. */
    private static final Set<String> FUNCTION_WORDS = Set.of("our", "its", "their", "such", "these", "those", "or",
            "all", "any", "each", "related");
    /** The best verdict of our phrase against any of the KPIs the gold links a value to (EMPTY when none). */
    static Verdict best(String ours, List<String> golds) {
        Verdict best = Verdict.EMPTY;
        for (String gold : golds) {
            Verdict verdict = judge(ours, gold);
            best = best == Verdict.EMPTY || verdict.ordinal() < best.ordinal() ? verdict : best;
        }
        return best;
    }

    /** Modifiers that say "all of it", not which part: "total revenues" is revenue. */
    private static final Set<String> WHOLE = Set.of("total", "consolidated", "aggregate", "overall", "combined");

    private KpiMeasureMatch() {
    }

    static Verdict judge(String ours, String gold) {
        if (ours == null || ours.isBlank()) {
            return Verdict.EMPTY;
        }
        Set<String> got = new LinkedHashSet<>(content(ours));
        got.removeAll(WHOLE);
        Set<String> all = new LinkedHashSet<>(content(gold));
        List<String> phrase = content(headPhrase(gold));
        if (got.isEmpty() || phrase.isEmpty() || !all.containsAll(got)) {
            return Verdict.WRONG;
        }
        String head = phrase.get(phrase.size() - 1);
        if (!got.contains(head)) {
            return Verdict.WRONG;
        }
        boolean modifiers = phrase.stream().filter(w -> !WHOLE.contains(w)).allMatch(got::contains);
        return modifiers ? Verdict.RIGHT : Verdict.PARTIAL;
    }

    /** The gold span up to its first post-modifier: "cost of revenues" -> "cost". */
    static String headPhrase(String gold) {
        List<String> kept = new ArrayList<>();
        for (String token : gold.toLowerCase(Locale.ROOT).replace("(", " ( ").split("\\s+")) {
            if (!kept.isEmpty() && POST_MODIFIER_STARTS.contains(token)) {
                break;
            }
            kept.add(token);
        }
        return String.join(" ", kept);
    }

    /** Content words, singular, in order. */
    static List<String> content(String phrase) {
        return Arrays.stream(phrase.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty() && !FigureEvaluation.STOP_WORDS.contains(w) && !FUNCTION_WORDS.contains(w))
                .map(KpiMeasureMatch::singular)
                .toList();
    }

    /** {@link FigureEvaluation#singular}, and "losses" -> "loss", "taxes" -> "tax". */
    private static String singular(String word) {
        if (word.length() > 4 && (word.endsWith("sses") || word.endsWith("xes") || word.endsWith("ches")
                || word.endsWith("shes"))) {
            return word.substring(0, word.length() - 2);
        }
        return FigureEvaluation.singular(word);
    }
}
