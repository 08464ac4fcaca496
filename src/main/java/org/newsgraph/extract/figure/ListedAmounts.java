package org.newsgraph.extract.figure;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.extract.Figure;
import org.newsgraph.extract.FigureCandidate;
import org.newsgraph.extract.FigureKind;

/**
 * The later amounts of a list that shares out money, written without their currency: "2.1 billion dollars for schools
 * and 400 million for roads", "$3 million to museums and 1.5 million to libraries", "£12m on housing, 3m on food and
 * 2m on training". A bare number with a scale word takes the currency of the amount stated right before it when the
 * two are parallel: the stated amount is followed by a preposition ({@code for}, {@code to}, {@code on}) and a short
 * phrase, then a comma or "and", then the number, then the same preposition. The two must be of one size (each at
 * most ten times the other), and nothing but that list may stand between them. Figures found here are marked {@link
 * #INFERRED} in their attribution: the currency is read, not stated.
 */
public final class ListedAmounts {

    /** How the unit of such a figure was found ({@code Attribution#unitStep}). */
    public static final String INFERRED = "listed-amount";

    /** How many times larger one amount may be than the other in the list. */
    private static final BigDecimal SIZES = BigDecimal.TEN;

    /**
     * After the stated amount: its preposition, a short phrase with no figure or clause break, a comma or "and", the
     * bare number and its scale word, and the same preposition.
     */
    private static final Pattern LISTED = Pattern.compile("^\\s+(?<prep>for|to|on)\\s+[^,;:.()%$€£¥\\d]{1,40}?"
            + "(?:,\\s+(?:and\\s+)?|\\s+and\\s+)(?<num>\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?)\\s?"
            + "(?<scale>million|billion|trillion|bn|mn|m)\\s+\\k<prep>\\b", Pattern.CASE_INSENSITIVE);

    private ListedAmounts() {
    }

    /**
     * The later amounts of {@code sentence}'s lists that name no currency, each in the currency of the amount before
     * it; {@code found} holds the figures already read in the sentence (offsets within it).
     */
    public static List<FigureCandidate> find(String sentence, List<FigureCandidate> found) {
        List<FigureCandidate> amounts = new ArrayList<>();
        if (sentence == null) {
            return amounts;
        }
        // a list's third amount follows its second, found here: each one found is read as a stated one in turn (each
        // lies after the one it follows, so the walk ends)
        List<FigureCandidate> stated = new ArrayList<>(found.stream()
                .sorted(Comparator.comparingInt(FigureCandidate::start)).toList());
        for (int i = 0; i < stated.size(); i++) {
            FigureCandidate amount = stated.get(i);
            if (amount.kind() != FigureKind.AMOUNT || amount.value() == null || !Figure.isCurrency(amount.unit())) {
                continue;
            }
            Matcher listed = LISTED.matcher(sentence.substring(amount.end()));
            if (!listed.find()) {
                continue;
            }
            int start = amount.end() + listed.start("num");
            int end = amount.end() + listed.end("scale");
            BigDecimal number = Numbers.read(listed.group("num"));
            if (number == null || number.signum() <= 0
                    || FigureCandidate.anyOverlaps(stated, start, end)) {
                continue;
            }
            BigDecimal value = number.multiply(Numbers.scale(listed.group("scale")));
            if (!ofOneSize(value, amount.value())) {
                continue;
            }
            FigureCandidate later = new FigureCandidate(start, end, FigureKind.AMOUNT, value, null, null,
                    amount.unit(), null, null, null, null, null, null);
            amounts.add(later);
            stated.add(later);
        }
        return amounts;
    }

    private static boolean ofOneSize(BigDecimal value, BigDecimal other) {
        BigDecimal ratio = value.divide(other, MathContext.DECIMAL64);
        return ratio.compareTo(SIZES) <= 0 && BigDecimal.ONE.divide(SIZES, MathContext.DECIMAL64).compareTo(ratio) <= 0;
    }
}
