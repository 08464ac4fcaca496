package org.newsgraph.extract.figure;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.extract.FigureCandidate;
import org.newsgraph.extract.FigureKind;

/**
 * Accounting's negative amounts: a number in brackets after a currency sign is below zero ("$(355) million", "€(0.12)
 * per share", "$ (1,204)"), as filings and results tables write a loss or an outflow. Only with a currency sign
 * before the bracket: a bare number in brackets is as often a footnote, a count restated or an aside.
 */
final class AccountingNegatives {

    private static final Pattern BRACKETED = Pattern.compile("(?<cur>" + Currencies.prefixPattern()
            + ")[ \\u00a0]?\\((?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)\\)"
            + "(?:\\s?(?<scale>hundred|thousand|million|billion|trillion|bn|mn|m|k)\\b)?");

    /** Every bracketed amount of the text, added to {@code found} (overlaps are settled later, as for every figure). */
    static void add(String text, List<FigureCandidate> found) {
        Matcher m = BRACKETED.matcher(text);
        while (m.find()) {
            String unit = Currencies.ofPrefix(m.group("cur"));
            BigDecimal number = Numbers.read(m.group("num"));
            if (unit == null || number == null || NotAFigure.isAttached(text, m.start(), m.end())) {
                continue;
            }
            BigDecimal factor = m.group("scale") == null ? BigDecimal.ONE : Numbers.scale(m.group("scale"));
            Rates.Rate rate = Rates.rate(text, m.end(), FigureKind.AMOUNT);
            String per = rate.per() != null ? rate.per() : Rates.perBefore(text, m.start()); // "loss per share was $(0.12)"
            found.add(new FigureCandidate(m.start(), rate.end(), FigureKind.AMOUNT, number.multiply(factor).negate(),
                    null, null, unit, null, rate.period(), per, null, null, null));
        }
    }

    private AccountingNegatives() {
    }
}
