package org.newsgraph.extract.figure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.extract.FigureCandidate;
import org.newsgraph.extract.FigureKind;

/**
 * Amounts whose currency is stated elsewhere in the article ("spending 150 million", "raised 2.5bn", "about 30k
 * cheaper"): a bare number with a scale word is money when a money word ({@code money-cues.txt}: spend, pay, cost,
 * revenue, cheaper...) stands within {@link #WINDOW} words before it or right after it, and nothing it counts follows
 * it ("150 million users" counts users; only the words of {@code amount-followers.txt} may follow); "20 grand" (thousands
 * in speech) needs no money word. It takes the
 * article's currency only when every amount the article states with a currency is in the same one; otherwise the
 * amount is left out, since a guessed currency would be a wrong fact. Figures found here are marked
 * {@link #INFERRED} in their attribution, so that the graph and pages can tell them from stated ones.
 */
public final class ImplicitCurrency {

    /** How the unit of such a figure was found ({@code Attribution#unitStep}). */
    public static final String INFERRED = "article-currency";

    /** How many words before the amount a money word may stand ("spent nearly 150 million"). */
    static final int WINDOW = 4;

    private static final Set<String> CUES = Set.copyOf(WordList.words("money-cues.txt"));
    private static final Set<String> FOLLOWERS = Set.copyOf(WordList.words("amount-followers.txt"));
    private static final Set<String> MONEY_NOUNS = Set.copyOf(WordList.words("money-nouns.txt"));
    /** The money words that also raise a level: "raise its cap to 40 million". */
    private static final Set<String> RAISING = Set.of("raise", "raises", "raising", "raised");

    /** A bare number with a scale word, no currency sign or code glued before it. */
    private static final Pattern BARE = Pattern.compile("(?<![\\w$€£¥.,-])(?<num>\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?)"
            + "(?:\\s?(?<scale>million|billion|trillion|bn|mn|mln|bln|m|k)|\\s(?<grand>grand))(?![\\w%$€£¥])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD = Pattern.compile("[\\p{L}]+");

    private ImplicitCurrency() {
    }

    /**
     * The one currency of the article's stated amounts (an ISO 4217 code), or null when it states none or several.
     */
    public static String articleCurrency(Collection<FigureCandidate> stated) {
        Set<String> codes = new TreeSet<>();
        for (FigureCandidate figure : stated) {
            if (figure.kind() == FigureKind.AMOUNT && figure.unit() != null && figure.unit().matches("[A-Z]{3}")) {
                codes.add(figure.unit());
            }
        }
        return codes.size() == 1 ? codes.iterator().next() : null;
    }

    /**
     * The money amounts of {@code text} that name no currency, in {@code currency}; none when {@code currency} is
     * null. Spans that overlap a figure already found are skipped.
     */
    public static List<FigureCandidate> find(String text, String currency, List<FigureCandidate> found) {
        List<FigureCandidate> amounts = new ArrayList<>();
        if (currency == null || text == null) {
            return amounts;
        }
        Matcher bare = BARE.matcher(text);
        while (bare.find()) {
            int start = bare.start();
            int end = bare.end();
            if (FigureCandidate.anyOverlaps(found, start, end)) {
                continue;
            }
            String next = firstWord(text.substring(end));
            boolean counts = next != null && !FOLLOWERS.contains(next) && !CUES.contains(next);
            // "20 grand" is money by itself: no money word is needed beside it ("two grand pianos" counts pianos)
            boolean grand = bare.group("grand") != null;
            if (counts || !(grand || CUES.contains(next == null ? "" : next) || cueBefore(text.substring(0, start)))) {
                continue;
            }
            BigDecimal value = Numbers.read(bare.group("num"));
            if (value == null) {
                continue;
            }
            // "about 30k cheaper", "nearly 150 million": the qualifier before it, as before a stated amount
            Qualifier.Before q = Qualifier.before(text, start);
            amounts.add(new FigureCandidate(q == null ? start : q.start(), end, FigureKind.AMOUNT,
                    value.multiply(Numbers.scale(grand ? "thousand" : bare.group("scale"))), null, null, currency,
                    q == null ? null : q.label(),
                    null, null, null, null, null));
        }
        return amounts;
    }

    /** The first word right after an amount, lower case, or null when punctuation or the end comes first. */
    private static String firstWord(String rest) {
        String stripped = rest.stripLeading();
        if (stripped.length() == rest.length() && !rest.isEmpty()) {
            return null; // glued to punctuation: "150 million." or "150 million,"
        }
        Matcher word = WORD.matcher(stripped);
        return word.lookingAt() ? word.group().toLowerCase(Locale.ROOT) : null;
    }

    /**
     * Whether a money word stands within {@link #WINDOW} words before the amount. "Raise" moves a level when the
     * amount is what it is raised to ("will raise its cap to 40 million", "raise capacity to 45 million"): the level is
     * money only when what is raised is ("raise wages to 40 million"); otherwise it is money raised ("hopes to raise 40
     * million from investors").
     */
    private static boolean cueBefore(String before) {
        String[] words = before.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        boolean level = false;
        boolean moneyRaised = false;
        for (int i = words.length - 1, seen = 0; i >= 0 && seen < WINDOW; i--) {
            if (words[i].isEmpty()) {
                continue;
            }
            level |= seen == 0 && words[i].equals("to");
            if (CUES.contains(words[i])) {
                return !(level && RAISING.contains(words[i])) || moneyRaised;
            }
            moneyRaised |= MONEY_NOUNS.contains(words[i]);
            seen++;
        }
        return false;
    }
}
