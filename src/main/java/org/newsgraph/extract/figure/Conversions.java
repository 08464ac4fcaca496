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

    /** The figures, each amount that restates the amount before it in another currency marked with that amount's start. */
    public static List<FigureCandidate> link(String text, List<FigureCandidate> figures) {
        List<FigureCandidate> linked = new ArrayList<>(figures);
        for (int i = 1; i < linked.size(); i++) {
            FigureCandidate first = linked.get(i - 1);
            FigureCandidate second = linked.get(i);
            if (isMoney(first) && isMoney(second) && !first.unit().equals(second.unit())
                    && first.kind() == second.kind() && first.convertedFrom() == null
                    && BETWEEN.matcher(text.substring(first.end(), second.start())).matches()) {
                linked.set(i, second.convertedFrom(first.start()));
            }
        }
        return linked;
    }

    private static boolean isMoney(FigureCandidate figure) {
        return Figure.isCurrency(figure.unit());
    }
}
