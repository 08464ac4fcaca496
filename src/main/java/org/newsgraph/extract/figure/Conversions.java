package org.newsgraph.extract.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.newsgraph.extract.Figure;
import org.newsgraph.extract.FigureCandidate;

/**
 * An amount restated in another currency right after it: "9.2 million Canadian dollars ($6.7 million)",
 * "€5m (about £4.3m)", "1.2 billion yuan, or about $170 million,". The second is linked to the first, so that the
 * graph says both are one sum.
 */
public final class Conversions {

    /** What may stand between the two amounts: an opening bracket or ", or", and a word of approximation. */
    private static final Pattern BETWEEN = Pattern.compile(
            "\\s*(?:\\(|,\\s+or|\\s[-–—]\\s?)\\s*(?:(?:about|around|roughly|approximately|some|nearly|almost"
                    + "|or|equivalent to|worth)\\s+)?");

    private Conversions() {
    }

    /** What may stand between two conversions listed in one bracket: "($96bn, £86bn)", "(£4.3m or $5.4m)". */
    private static final Pattern LISTED = Pattern.compile("\\s*(?:,|;|,?\\s+or|,?\\s+and)\\s*(?:(?:about|around|roughly"
            + "|approximately|some|nearly|almost)\\s+)?");
    /** Letters before a dollar sign that say whose dollar it is ("US$", "A$", "HK$"). */
    private static final Pattern COUNTRY_DOLLAR = Pattern.compile("[A-Za-z.]\\$");
    private static final Pattern BARE_DOLLAR = Pattern.compile("(?<![A-Za-z.])\\$");

    /**
     * The figures, each amount that restates the amount before it in another currency marked with that amount's
     * start; so is each further amount listed in the same bracket ("US$140bn ($96bn, £86bn)": both restate the first).
     */
    public static List<FigureCandidate> link(String text, List<FigureCandidate> figures) {
        List<FigureCandidate> linked = new ArrayList<>(figures);
        for (int i = 1; i < linked.size(); i++) {
            FigureCandidate first = linked.get(i - 1);
            FigureCandidate second = linked.get(i);
            if (isMoney(first) && isMoney(second) && first.kind() == second.kind() && first.convertedFrom() == null
                    && otherCurrency(text, first, second)
                    && BETWEEN.matcher(text.substring(first.end(), second.start())).matches()) {
                linked.set(i, second.convertedFrom(first.start()));
            } else if (isMoney(second) && first.convertedFrom() != null && second.convertedFrom() == null
                    && LISTED.matcher(text.substring(first.end(), second.start())).matches()) {
                FigureCandidate anchor = anchor(linked, first.convertedFrom());
                String gap = anchor == null ? "" : text.substring(anchor.end(), second.start());
                if (anchor != null && gap.indexOf('(') >= 0 && gap.indexOf(')') < 0 && anchor.kind() == second.kind()
                        && otherCurrency(text, anchor, second)) {
                    linked.set(i, second.convertedFrom(anchor.start()));
                }
            }
        }
        return linked;
    }

    /**
     * Whether two amounts are in different currencies, or in dollars of which the first says whose and the second
     * does not ("US$140bn ($96bn)": the bare sign is the article's own dollar).
     */
    private static boolean otherCurrency(String text, FigureCandidate first, FigureCandidate second) {
        if (!first.unit().equals(second.unit())) {
            return true;
        }
        String firstText = text.substring(first.start(), first.end());
        String secondText = text.substring(second.start(), second.end());
        return COUNTRY_DOLLAR.matcher(firstText).find() && BARE_DOLLAR.matcher(secondText).find();
    }

    private static FigureCandidate anchor(List<FigureCandidate> figures, int start) {
        return figures.stream().filter(figure -> figure.start() == start).findFirst().orElse(null);
    }

    private static boolean isMoney(FigureCandidate figure) {
        return Figure.isCurrency(figure.unit());
    }
}
