package org.newsgraph.extract.figure;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.extract.FigureCandidate;
import org.newsgraph.extract.FigureKind;

/**
 * A whole and a fraction of its last word after "and": "5 hours and a half" is 5.5 hours, "£2 million and a half"
 * £2.5 million, "3 kilos and three quarters" 3.75 kilos. The fraction is of the unit the whole ends in (a measurement
 * or a length of time, no scale before the unit: "2 million tonnes and a half" is a half of a tonne or of a million?),
 * or of the scale an amount of money ends in; one value only (no range, no rate). Anything else stays refused
 * ({@link NotAFigure#PART_AFTER_WHOLE}): "five billion and three quarters" reads no quarters of a year.
 */
final class FractionsAfterWholes {

    private static final Set<String> SCALES = Set.of("hundred", "thousand", "million", "billion", "trillion");
    private static final Set<FigureKind> KINDS = Set.of(FigureKind.MEASUREMENT, FigureKind.DURATION, FigureKind.AMOUNT);
    private static final Pattern LAST_WORD = Pattern.compile("([A-Za-z]+)\\s*$");
    /**
     * A whole written in two units ("5 feet 2 inches and a half") has two numbers, and its second part alone is no
     * whole either: a number and a word right before it.
     */
    private static final Pattern SECOND_NUMBER = Pattern.compile("\\d[\\d.,]*\\D+\\d");
    private static final Pattern PART_BEFORE = Pattern.compile("\\d[\\d.,]*\\s*\\p{L}+,?\\s*$");

    private FractionsAfterWholes() {
    }

    /**
     * The whole with the fraction {@code part} matched right after it ({@code FigureParser.FRACTION_AFTER}, group
     * "part", matched against the text from the whole's end on), spanning both, or null when the fraction cannot be
     * said to be of the whole's last word.
     *
     * @param text the sentence the whole is read from
     */
    static FigureCandidate complete(String text, FigureCandidate whole, Matcher part) {
        String wholeText = text.substring(whole.start(), whole.end());
        if (!KINDS.contains(whole.kind()) || whole.value() == null || whole.min() != null || whole.per() != null
                || whole.unit() == null) {
            return null;
        }
        Matcher last = LAST_WORD.matcher(wholeText);
        if (!last.find() || SECOND_NUMBER.matcher(wholeText).find()
                || PART_BEFORE.matcher(text.substring(Math.max(0, whole.start() - 40), whole.start())).find()) {
            return null;
        }
        String word = last.group(1).toLowerCase(Locale.ROOT);
        String before = wholeText.substring(0, last.start()).toLowerCase(Locale.ROOT);
        BigDecimal step;
        if (SCALES.contains(word) && whole.kind() == FigureKind.AMOUNT) {
            step = Numbers.scale(word);
        } else if (whole.kind() != FigureKind.AMOUNT && !SCALES.contains(word) && !word.equals("dozen")
                && SCALES.stream().noneMatch(before::contains)) {
            step = BigDecimal.ONE; // the unit itself: the value is counted in it
        } else {
            return null;
        }
        BigDecimal fraction = fraction(part.group("part"));
        return new FigureCandidate(whole.start(), whole.end() + part.end(), whole.kind(),
                whole.value().add(fraction.multiply(step)), null, null, whole.unit(), whole.qualifier(),
                whole.period(), null, whole.direction(), whole.vague(), whole.of(), whole.convertedFrom());
    }

    private static BigDecimal fraction(String part) {
        String lower = part.toLowerCase(Locale.ROOT);
        if (lower.startsWith("three")) {
            return new BigDecimal("0.75");
        }
        return lower.endsWith("half") ? new BigDecimal("0.5") : new BigDecimal("0.25");
    }
}
