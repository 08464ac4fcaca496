package org.newsgraph.extract.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newsgraph.extract.FigureCandidate;
import org.newsgraph.extract.FigureKind;

/**
 * Figures listed after a change share its direction: "prices rose 3% in May, 4% in June and 5% in July", "decreased
 * goodwill by $103 million in 2019 and $440 million in 2018", "a 6% pay rise this year and 4% next year" (the later
 * figure leaves out the change's noun). Only a figure of the same unit with no direction of its
 * own, separated from the change by a comma or "and" (after at most a short phrase of place or time, and perhaps
 * followed by the name the figure is of where the list leaves out its verb: "the Dow rose 1.2% and the Nasdaq 1.5%"); never a
 * figure after "to" ("rose $2bn to $10bn" states the level reached) nor a share of a whole ("12% of sales").
 */
final class ListedChanges {

    /**
     * What may stand between two items of a list: " in Europe and ", ", ", " in 2019, and ", " to retained earnings, ",
     * " in the U.S. and " (the dot of an abbreviation does not end the phrase).
     */
    private static final Pattern LIST_GAP = Pattern.compile(
            "(?:\\s+(?:in|for|at|on|during|over|to|from)\\s+(?:[^,;:.()%$€£¥\\d]|(?<=[A-Z])\\.){1,40}?|\\s+in\\s+(?:fiscal\\s+)?\\d{4}"
                    + "|" + changeNounGap() + ")?"
                    + "(?:,\\s+(?:and\\s+|or\\s+)?|\\s+(?:and|or)\\s+)"
                    // "the Dow rose 1.2%, the S&P 500 0.9% and the Nasdaq 1.5%", "in Greece 14%": a list whose verb
                    // is left out names what each later figure is of, right before it
                    + "(?:(?:the\\s+|in\\s+)?[A-Z][\\w&'’.-]*(?:\\s+(?:[A-Z][\\w&'’.-]*|\\d{2,3}))*\\s+)?");

    /**
     * The rest of the change's noun phrase and a time, where the later figures leave the noun out: "a 6% pay rise this
     * year and 4% next year", "a 5% rise this year, 4% next year", "rose 4% this year and 2% next year".
     */
    private static String changeNounGap() {
        String nouns = ChangeWords.nouns().stream().map(Pattern::quote).collect(Collectors.joining("|"));
        String time = "(?:this|next|last)\\s+(?:year|month|week|quarter|season|spring|summer|autumn|winter)";
        return "\\s+(?:[\\p{L}-]+\\s+)?(?:" + nouns + ")(?:\\s+" + time + ")?|\\s+" + time;
    }

    private ListedChanges() {
    }

    /** The figures, each directionless one listed after a change made a change the same way. */
    static List<FigureCandidate> spread(String text, List<FigureCandidate> found) {
        List<FigureCandidate> spread = new ArrayList<>(found.size());
        for (FigureCandidate figure : found) {
            FigureCandidate previous = spread.isEmpty() ? null : spread.get(spread.size() - 1);
            if (previous != null && listedAfter(text, previous, figure)) {
                figure = new FigureCandidate(figure.start(), figure.end(), FigureKind.CHANGE, figure.value(),
                        figure.min(), figure.max(), figure.unit(), figure.qualifier(), figure.period(), figure.per(),
                        previous.direction(), figure.vague(), null, figure.convertedFrom());
            }
            spread.add(figure);
        }
        return spread;
    }

    private static boolean listedAfter(String text, FigureCandidate change, FigureCandidate figure) {
        return change.kind() == FigureKind.CHANGE && change.direction() != null && figure.direction() == null
                && (figure.kind() == FigureKind.SHARE || figure.kind() == FigureKind.AMOUNT)
                && figure.of() == null && figure.unit() != null && figure.unit().equals(change.unit())
                && change.end() <= figure.start()
                && LIST_GAP.matcher(text.substring(change.end(), figure.start())).matches();
    }
}
