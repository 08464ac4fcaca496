package org.newsgraph.extract.figure;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.extract.Figure;
import org.newsgraph.extract.FigureCandidate;
import org.newsgraph.extract.FigureKind;

/**
 * The earlier amount a stated amount is compared with, written without its currency: "a profit of £3.4m, against
 * 2.9m the year before", "$1,850 a month, up from 1,700", "rose to $88 million from 79 million", "€640, compared with
 * 590 last season". A bare number right after a word of comparison ({@code from}, {@code against}, {@code compared
 * with/to}, {@code versus}) takes the currency of the amount the sentence stated last before it, when:
 * <ul>
 *   <li>that amount is the last figure before the word of comparison (no other figure, of another unit, stands
 *       between them) and lies in the same sentence;</li>
 *   <li>nothing the number could count follows it: only punctuation, the end, or a word of {@code
 *       amount-followers.txt} ("a year earlier", "in March", "last season");</li>
 *   <li>the two amounts are of one size (each at most {@link #SIZES} times the other), so that "from 2019" or "from
 *       2.9" after "$3.4 billion" is not read as money: a year or a number whose scale the writer left out would
 *       otherwise give a wrong value, and an empty field is better than a wrong one.</li>
 * </ul>
 * Figures found here are marked {@link #INFERRED} in their attribution: the currency is read, not stated.
 */
public final class ComparedAmounts {

    /** How the unit of such a figure was found ({@code Attribution#unitStep}). */
    public static final String INFERRED = "compared-amount";

    /** How many times larger one amount may be than the other it is compared with. */
    static final BigDecimal SIZES = BigDecimal.TEN;

    /** How far before the word of comparison the stated amount may end ("£3.4m on agency nurses last year, against"). */
    static final int REACH = 80;

    private static final Set<String> FOLLOWERS = Set.copyOf(WordList.words("amount-followers.txt"));

    /** A word of comparison, an optional qualifier, then a bare number with an optional scale word. */
    private static final Pattern COMPARED = Pattern.compile("(?i)\\b(?:from|against|compared\\s+(?:with|to)|versus|vs\\.?)"
            + "\\s+(?:(?:about|around|nearly|almost|some|roughly)\\s+)?(?<![\\w$€£¥.,-])"
            + "(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d{1,4}(?:\\.\\d+)?)"
            + "(?:\\s?(?<scale>million|billion|trillion|bn|mn|mln|m|k)\\b)?(?![\\w%$€£¥]|[.,]\\d|\\s?(?:%|per\\s?cent))");
    private static final Pattern WORD = Pattern.compile("[\\p{L}]+");
    private static final Pattern YEAR = Pattern.compile("(?:1[89]|20)\\d\\d");

    private ComparedAmounts() {
    }

    /**
     * The earlier amounts of {@code sentence} that name no currency, each in the currency of the amount it is compared
     * with; {@code found} holds the figures already read in the sentence (offsets within it).
     */
    public static List<FigureCandidate> find(String sentence, List<FigureCandidate> found) {
        List<FigureCandidate> amounts = new ArrayList<>();
        if (sentence == null || found.isEmpty()) {
            return amounts;
        }
        Matcher compared = COMPARED.matcher(sentence);
        while (compared.find()) {
            int start = compared.start("num");
            int end = compared.end();
            String scale = compared.group("scale");
            if (FigureCandidate.anyOverlaps(found, start, end)
                    || scale == null && YEAR.matcher(compared.group("num")).matches() || !nothingCounted(sentence, end)) {
                continue;
            }
            FigureCandidate stated = lastBefore(found, compared.start());
            if (stated == null || stated.kind() != FigureKind.AMOUNT || stated.value() == null
                    || !Figure.isCurrency(stated.unit()) || compared.start() - stated.end() > REACH
                    || !Text.sameSentence(sentence, stated.end(), compared.start())) {
                continue;
            }
            BigDecimal value = Numbers.read(compared.group("num"));
            if (value == null || value.signum() <= 0) {
                continue;
            }
            if (scale != null) {
                value = value.multiply(Numbers.scale(scale));
            }
            if (!ofOneSize(value, stated.value())) {
                continue;
            }
            Qualifier.Before q = Qualifier.before(sentence, start);
            amounts.add(new FigureCandidate(q == null ? start : q.start(), end, FigureKind.AMOUNT, value, null, null,
                    stated.unit(), q == null ? null : q.label(), null, null, null, null, null));
        }
        return amounts;
    }

    /** The figure that ends last before {@code position}, or null. */
    private static FigureCandidate lastBefore(List<FigureCandidate> found, int position) {
        return found.stream().filter(f -> f.end() <= position).max(Comparator.comparingInt(FigureCandidate::end))
                .orElse(null);
    }

    private static boolean ofOneSize(BigDecimal value, BigDecimal other) {
        BigDecimal ratio = value.divide(other, MathContext.DECIMAL64);
        return ratio.compareTo(SIZES) <= 0 && BigDecimal.ONE.divide(SIZES, MathContext.DECIMAL64).compareTo(ratio) <= 0;
    }

    /** Whether only punctuation, the end or a word that counts nothing ("a year earlier", "in March") follows. */
    private static boolean nothingCounted(String sentence, int end) {
        String rest = sentence.substring(end);
        String stripped = rest.stripLeading();
        if (stripped.isEmpty() || stripped.length() == rest.length()) {
            return true; // "from 1,700." or "against 2.9m,": punctuation right after it
        }
        Matcher word = WORD.matcher(stripped);
        return !word.lookingAt() || FOLLOWERS.contains(word.group().toLowerCase(Locale.ROOT));
    }
}
