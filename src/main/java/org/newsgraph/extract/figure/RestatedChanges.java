package org.newsgraph.extract.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.newsgraph.extract.Figure;
import org.newsgraph.extract.FigureCandidate;
import org.newsgraph.extract.FigureKind;

/**
 * A change restated in another unit right after it is the same change: "fell 82.65 points or 3.44%", "dropped 3.24%
 * or 37.75 points", "a drop of 9% or 998.50 points", "down 2.95% (54.97 points)", "went up by 41.25 points (21.48%)".
 * Only a figure with no direction of its own, in a unit other than the change's (percent after points, points or
 * money after percent), joined to the change by "or" (with or without a comma) or opening a bracket that closes
 * right after it; "rose 3% or 4%" (two guesses of one unit) and "(4% in May)" stay what they are. Index points and
 * shares and amounts only: "cut 5% or 300 jobs" does not make the jobs a move.
 */
final class RestatedChanges {

    private static final Pattern OR_GAP = Pattern.compile(",?\\s+or\\s+");
    private static final Pattern BRACKET_GAP = Pattern.compile("\\s?\\(\\s?");
    private static final Pattern BRACKET_CLOSE = Pattern.compile("^\\s?\\)");

    /** A market's verb of moving right before a figure ("lost 30 cents", "gained $1.20"). */
    private static final Pattern MOVE_BEFORE = Pattern.compile("(?i)\\b(?:" + CountedNouns.marketMoves()
            + ")\\s+(?:(?:about|around|nearly|almost|some)\\s+)?$");

    private RestatedChanges() {
    }

    /** The figures, each one that restates the change before it made a change the same way. */
    static List<FigureCandidate> spread(String text, List<FigureCandidate> found) {
        List<FigureCandidate> spread = new ArrayList<>(found.size());
        for (FigureCandidate figure : found) {
            FigureCandidate previous = spread.isEmpty() ? null : spread.get(spread.size() - 1);
            if (previous != null && restates(text, previous, figure)) {
                figure = new FigureCandidate(figure.start(), figure.end(), FigureKind.CHANGE, figure.value(),
                        figure.min(), figure.max(), figure.unit(), figure.qualifier(), figure.period(), figure.per(),
                        previous.direction(), figure.vague(), figure.of(), figure.convertedFrom());
            }
            spread.add(figure);
        }
        for (int i = 0; i + 1 < spread.size(); i++) {
            FigureCandidate amount = spread.get(i);
            FigureCandidate change = spread.get(i + 1);
            if (restatedBefore(text, amount, change)) {
                spread.set(i, new FigureCandidate(amount.start(), amount.end(), FigureKind.CHANGE, amount.value(),
                        amount.min(), amount.max(), amount.unit(), amount.qualifier(), amount.period(), amount.per(),
                        change.direction(), amount.vague(), amount.of(), amount.convertedFrom()));
            }
        }
        return spread;
    }

    /**
     * "lost 30 cents, or 2%", "gained $1.20, or 3.1%": an amount of money right after a market's verb of moving,
     * restated by the percentage change after it, is the same change. A verb such as "lost" makes an amount of money
     * a loss, not a move, by itself ("the airline lost $40 million"); the percentage moving the same way says it moved.
     */
    private static boolean restatedBefore(String text, FigureCandidate amount, FigureCandidate change) {
        if (amount.kind() != FigureKind.AMOUNT || amount.direction() != null || amount.value() == null
                || amount.per() != null || amount.period() != null || !Figure.isCurrency(amount.unit())
                || change.kind() != FigureKind.CHANGE || change.direction() == null || !"percent".equals(change.unit())
                || amount.end() > change.start()) {
            return false;
        }
        return OR_GAP.matcher(text.substring(amount.end(), change.start())).matches()
                && MOVE_BEFORE.matcher(text.substring(Text.windowStart(amount.start()), amount.start())).find();
    }

    private static boolean restates(String text, FigureCandidate change, FigureCandidate figure) {
        if (change.kind() != FigureKind.CHANGE || change.direction() == null || figure.direction() != null
                || figure.of() != null || figure.unit() == null || change.unit() == null
                || figure.unit().equals(change.unit()) || change.end() > figure.start()
                || !(figure.kind() == FigureKind.SHARE || figure.kind() == FigureKind.AMOUNT
                || figure.kind() == FigureKind.COUNT && "point".equals(figure.unit()))) {
            return false;
        }
        String gap = text.substring(change.end(), figure.start());
        return OR_GAP.matcher(gap).matches() || BRACKET_GAP.matcher(gap).matches()
                && BRACKET_CLOSE.matcher(Text.after(text, figure.end())).find();
    }
}
