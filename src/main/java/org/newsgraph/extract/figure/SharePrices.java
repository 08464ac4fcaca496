package org.newsgraph.extract.figure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.newsgraph.extract.FigureCandidate;
import org.newsgraph.extract.FigureKind;

/**
 * Share prices written with no currency: "shares closed at 14.20", "took the company's share price down to 5.13",
 * "shares of the bank fell 4% to 12.40", and an offer's price: "the new shares were priced at 17.25 apiece". A bare
 * number is a share's price when a word of a share's price stands before it in its clause and "at", "to" or "of"
 * right before it, and nothing it counts follows it.
 * <ul>
 *   <li>After a move in points in the same sentence ("went up by 41.25 points (21.48%), to take it to a new share
 *       price of 233.25") the price is in points, as the move is ({@link #inPoints}): the text says so.</li>
 *   <li>Otherwise it takes the article's currency, as {@link ImplicitCurrency} does, and only when every amount the
 *       article states is in that one currency, and that currency's markets quote shares in it: London quotes pence,
 *       Johannesburg cents, Tel Aviv agorot ({@code minor-unit-quotes.txt}), so "closed at 233.25" in a story told in
 *       pounds is no price in pounds. Otherwise the number is left out: a guessed currency would be a wrong fact.</li>
 * </ul>
 */
public final class SharePrices {

    /** A character within one clause: no stop (a decimal point is none), and not the start of "and", "but", "while". */
    private static final String SAME_CLAUSE = "(?:(?!\\b(?:and|but|while|whereas)\\b|[.;:!?](?!\\d)).)";
    /** A share's price, or a verb or word of where it stood, then "at", "to" or "of" right before the number. */
    private static final Pattern PRICE_BEFORE = Pattern.compile("(?i)(?:\\b(?:share|stock) price\\b" + SAME_CLAUSE
            + "{0,30}?|\\b(?:shares?|stock)\\b" + SAME_CLAUSE + "{0,50}?\\b(?:closed|ended|finished|opened|settled|stood"
            + "|traded|trading|" + CountedNouns.marketMoves() + "|higher|lower|up|down)\\b" + SAME_CLAUSE + "{0,30}?)"
            + "\\b(?<prep>at|to|of)\\s+(?:(?:about|around|nearly|almost|some)\\s+)?$"
            // an offer's price takes "at" only: "the shares were priced at 17.25", not "sold its shares to 120 investors"
            + "|(?i)\\b(?:shares?|stock)\\b" + SAME_CLAUSE + "{0,50}?\\b(?:priced|offered|sold|placed|issued)\\s+at\\s+$");
    /** A bare number: no sign, code or letter glued before it. */
    private static final Pattern BARE = Pattern.compile("(?<![\\w$€£¥.,%-])(?<num>\\d{1,3}(?:,\\d{3})*(?:\\.\\d{1,3})?"
            + "|\\d+(?:\\.\\d{1,3})?)(?![\\w%$€£¥]|[.,]\\d)");
    /** "fell 12 points", "went up by 41.25 points": a move in index points. */
    private static final Pattern POINTS_MOVE = Pattern.compile("\\d\\s+points?\\b");
    /** What ends a clause between a move and a price: a stop (not a decimal point), "and", "but", "while". */
    private static final Pattern CLAUSE_END = Pattern.compile("[.;:!?](?!\\d)|\\b(?:and|but|while|whereas)\\b");
    private static final Pattern WORD = Pattern.compile("[\\p{L}]+");
    /** How far before the number the words of a share's price may start. */
    private static final int REACH = 90;

    /** What may follow a price: the words that may follow any bare amount, and words of when or of each share. */
    private static final Set<String> FOLLOWERS = Stream.concat(
            WordList.words("amount-followers.txt").stream(), WordList.words("price-followers.txt").stream())
            .collect(Collectors.toUnmodifiableSet());
    private static final Set<String> MINOR_UNIT_QUOTES = Set.copyOf(WordList.words("minor-unit-quotes.txt"));

    private SharePrices() {
    }

    /** Whether the number at {@code start} is a share's price stated after a move in points in the same text. */
    static boolean inPoints(String text, int start) {
        if (!isPrice(text, start)) {
            return false;
        }
        // the move must be in the price's clause: "the index fell 30 points and the bank's shares ... at 41.30" is not
        Matcher move = POINTS_MOVE.matcher(text.substring(0, start));
        int last = -1;
        while (move.find()) {
            last = move.end();
        }
        return last >= 0 && !CLAUSE_END.matcher(text.substring(last, start)).find();
    }

    /**
     * The share prices of {@code text} that name no currency, in {@code currency}; none when {@code currency} is null
     * or one whose shares are quoted in a minor unit. Spans that overlap a figure already found are skipped.
     */
    public static List<FigureCandidate> find(String text, String currency, List<FigureCandidate> found) {
        List<FigureCandidate> prices = new ArrayList<>();
        if (currency == null || text == null || MINOR_UNIT_QUOTES.contains(currency)) {
            return prices;
        }
        Matcher bare = BARE.matcher(text);
        while (bare.find()) {
            int start = bare.start();
            int end = bare.end();
            if (FigureCandidate.anyOverlaps(found, start, end) || !isPrice(text, start)
                    || countsSomething(text, end) || isClock(text, start, end)) {
                continue;
            }
            BigDecimal value = Numbers.read(bare.group("num"));
            if (value == null || value.signum() <= 0 || bare.group("num").matches("(?:1[89]|20)\\d{2}")) {
                continue; // "shares ... to 2019 levels": a year
            }
            Qualifier.Before q = Qualifier.before(text, start);
            prices.add(new FigureCandidate(q == null ? start : q.start(), end, FigureKind.AMOUNT, value, null, null,
                    currency, q == null ? null : q.label(), null, null, null, null, null));
        }
        return prices;
    }

    /** "opened at 9:00 a.m.", "at 4 p.m.": a time of day. */
    private static boolean isClock(String text, int start, int end) {
        Matcher clock = NotAFigure.CLOCK.matcher(text);
        while (clock.find()) {
            if (clock.start() < end && start < clock.end()) {
                return true;
            }
        }
        return end < text.length() && text.charAt(end) == ':' || start > 0 && text.charAt(start - 1) == ':';
    }

    private static boolean isPrice(String text, int start) {
        return PRICE_BEFORE.matcher(text.substring(Math.max(0, start - REACH), start)).find();
    }

    /**
     * Whether a word other than those of {@code amount-followers.txt} and {@code price-followers.txt} comes right after
     * the number ("to 120 investors").
     */
    private static boolean countsSomething(String text, int end) {
        String rest = text.substring(end);
        String stripped = rest.stripLeading();
        if (stripped.length() == rest.length()) {
            return false; // glued to punctuation or the end: "at 14.20."
        }
        Matcher word = WORD.matcher(stripped);
        return word.lookingAt() && !FOLLOWERS.contains(word.group().toLowerCase(Locale.ROOT));
    }
}
