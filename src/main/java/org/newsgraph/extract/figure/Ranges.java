package org.newsgraph.extract.figure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.newsgraph.extract.FigureCandidate;
import org.newsgraph.extract.FigureKind;

/** Figures that overlap, and pairs of figures that make one range ("between $2bn and $3bn", "$2bn to $3bn"). */
final class Ranges {

    private static final Pattern RANGE_GAP = Pattern.compile(" to |\\s?[-–]\\s?");

    static List<FigureCandidate> withoutOverlaps(List<FigureCandidate> found) {
        List<FigureCandidate> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt(FigureCandidate::start)
                .thenComparing(Comparator.comparingInt(FigureCandidate::end).reversed()));
        List<FigureCandidate> kept = new ArrayList<>();
        int lastEnd = -1;
        for (FigureCandidate candidate : sorted) {
            if (candidate.start() >= lastEnd) {
                kept.add(candidate);
                lastEnd = candidate.end();
            }
        }
        return kept;
    }

    /**
     * "from an average of", "from a median of", "from a peak of" right before a figure: the start of a move from one
     * level to another ("rose from an average of €1,450 to €1,610"), like a bare "from", so no range.
     */
    private static final Pattern FROM_A_STATISTIC = Pattern.compile("(?i)\\bfrom\\s+(?:an?|the)\\s+(?:[\\w-]+\\s+){1,2}of\\s+$");

    /**
     * Whether the figure at {@code start} is where a move starts: "from" right before it, or "from an average of",
     * "from a median of" ("rose from an average of €1,450 to €1,610"), so that the "to" after it leads to a level.
     */
    static boolean isMoveStart(String text, int start) {
        return start >= 5 && text.regionMatches(true, start - 5, "from ", 0, 5)
                && !RANGE_VERB_BEFORE.matcher(text.substring(Text.windowStart(start - 5), start - 5)).find()
                || FROM_A_STATISTIC.matcher(text.substring(Text.windowStart(start), start)).find();
    }

    /**
     * "ranged from", "ranging from", "vary from", "run from": a verb of spread before "from" opens a range ("Prices
     * ranged from 18 cents to $12.60"), not a move from one level to another.
     */
    private static final Pattern RANGE_VERB_BEFORE = Pattern.compile("(?i)\\b(?:range[sd]?|ranging|var(?:y|ies|ied"
            + "|ying)|run(?:s|ning)?|ran)\\s+(?:(?:anywhere|roughly|widely|anything)\\s+)?$");

    /** "between $2bn and $3bn", "$2bn to $3bn": one figure with a minimum and a maximum. */
    static List<FigureCandidate> mergeRanges(String text, List<FigureCandidate> found) {
        List<FigureCandidate> merged = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            FigureCandidate a = found.get(i);
            int lastEnd = merged.isEmpty() ? 0 : merged.get(merged.size() - 1).end();
            if (i + 1 < found.size()) {
                FigureCandidate b = found.get(i + 1);
                String gap = text.substring(a.end(), b.start());
                int betweenStart = a.start() - "between ".length();
                boolean between = gap.equals(" and ") && betweenStart >= lastEnd
                        && text.regionMatches(true, betweenStart, "between ", 0, "between ".length());
                boolean from = isMoveStart(text, a.start());
                // "rose 5% to 6%" moves to a level; "rose 10 to 20 points" is a range of moves (a move in points that
                // ends at a level is told apart by isMoveToLevel)
                boolean pointMove = "point".equals(a.unit()) && a.direction() != null && b.direction() == null;
                boolean to = RANGE_GAP.matcher(gap).matches() && !from
                        && (a.direction() == null || pointMove || isForecastMove(text, a, b))
                        && !isMoveToLevel(text, a, b) && !isTally(text, a);
                java.math.BigDecimal low = a.value() == null ? null : sharedScale(text, a, b);
                if ((between || to) && a.unit().equals(b.unit()) && low != null && b.value() != null
                        && low.compareTo(b.value()) < 0) {
                    int start = between ? betweenStart : a.start();
                    // "grew by between 4% and 6%": the verb before "between" makes both ends moves
                    boolean moves = pointMove || a.direction() != null && b.direction() == null;
                    merged.add(new FigureCandidate(start, b.end(), moves ? a.kind() : b.kind(), null, low, b.value(),
                            b.unit(), a.qualifier(), b.period() != null ? b.period() : a.period(),
                            b.per() != null ? b.per() : a.per(), moves ? a.direction() : b.direction(), null, b.of()));
                    i++;
                    continue;
                }
            }
            merged.add(a);
        }
        return merged;
    }

    /** The scale word after the last digit of a figure's text: "billion" of "$1.5 billion". */
    private static final Pattern SCALE_AT_END = Pattern.compile("\\d\\s?-?(?<scale>thousand|million|billion|trillion|bn"
            + "|mn|tn|m|k|M|B|K)\\b[^\\d]*$");

    /**
     * The first end of a range, scaled by the second's scale when only the second writes one: "$1.2-$1.5 billion" runs
     * from $1.2 billion, not from $1.20. A first end that writes its own scale, or that is already near the second,
     * keeps its value.
     */
    private static java.math.BigDecimal sharedScale(String text, FigureCandidate a, FigureCandidate b) {
        String first = text.substring(a.start(), a.end());
        java.util.regex.Matcher scale = SCALE_AT_END.matcher(text.substring(b.start(), b.end()));
        if (b.value() == null || !Character.isDigit(first.charAt(first.length() - 1)) || !scale.find()) {
            return a.value();
        }
        java.math.BigDecimal scaled = a.value().multiply(Numbers.scale(scale.group("scale")));
        return scaled.compareTo(b.value()) < 0 && a.value().multiply(java.math.BigDecimal.valueOf(1000))
                .compareTo(b.value()) <= 0 ? scaled : a.value();
    }

    /** A change verb in its plain form after "to" or a modal: "expects sales to grow 5% to 7%", "will rise 2-3%". */
    private static final Pattern FORECAST_VERB = Pattern.compile("(?i)(?:^|[^\\w])(?:to|will|would|could|should|may|might"
            + "|can|must)\\s+(?:\\w+ly\\s+)?(?<v>\\w+)\\s+(?:by\\s+)?$");

    /**
     * "expects sales to grow 5% to 7%": a move still to come, written in a verb's plain form after "to" or a modal,
     * then two numbers of one unit joined by "to", the second at most four times the first, is a range of moves; "sales
     * rose 2.5% to 3%" (a move done) moves to a level, so it stays two figures.
     */
    private static boolean isForecastMove(String text, FigureCandidate a, FigureCandidate b) {
        if (a.direction() == null || b.direction() != null || a.kind() != FigureKind.CHANGE || a.value() == null
                || b.value() == null || b.value().compareTo(a.value().multiply(java.math.BigDecimal.valueOf(4))) > 0) {
            return false; // "is expected to rise 0.25% to 4.5%": an end many times the move is the level it reaches
        }
        java.util.regex.Matcher verb = FORECAST_VERB.matcher(text.substring(Text.windowStart(a.start()), a.start()));
        return verb.find() && ChangeWords.isVerb(verb.group("v"))
                && ChangeWords.direction(verb.group("v")).label().equals(a.direction());
    }

    /** "48 votes to 52": two sides of a tally, each with its own count, are no range ("40 to 50 seats" is one). */
    private static boolean isTally(String text, FigureCandidate first) {
        return CountedNouns.isTallyUnit(first.unit()) && Character.isLetter(text.charAt(first.end() - 1));
    }

    /**
     * "gained 46.19 points to 3,845.8", "fell 212 points to 10,431", "grew by 12,000 to 7.6 million patients", "the
     * list lengthened by 9,500 to 3.1 million people": a number after a verb of change, or after "by", is the move,
     * and a number after "to" many times it the level the move ends at; two figures, not a range. "rose 10 to 20
     * points" and "rise by 2 to 3 percent" stay ranges (their ends are near each other), unless the first end writes
     * its own unit after "by" ("rose by 11 minutes to 38 minutes").
     */
    private static boolean isMoveToLevel(String text, FigureCandidate a, FigureCandidate b) {
        if (a.value() == null || b.value() == null) {
            return false;
        }
        String before = text.substring(Text.windowStart(a.start()), a.start());
        // "rose by 11 minutes to 38 minutes": after "by", a first end that writes its own unit word is a move and the
        // larger second the level it reaches ("rise by 2 to 3 percent" writes the unit once and stays a range)
        boolean unitWrittenTwice = a.end() > 0 && Character.isLetter(text.charAt(a.end() - 1)) && a.unit() != null
                && a.unit().equals(b.unit());
        if (unitWrittenTwice && BY_BEFORE.matcher(before).find() && b.value().compareTo(a.value()) > 0) {
            return true;
        }
        if (b.value().compareTo(a.value().multiply(java.math.BigDecimal.TEN)) <= 0) {
            return false;
        }
        return Directions.DIRECTION_VERB_BEFORE.matcher(before).find() || BY_BEFORE.matcher(before).find();
    }

    /** "by" right before a figure, with at most a word of approximation between: "by 9,500", "by about 300". */
    private static final Pattern BY_BEFORE = Pattern.compile("(?i)\\bby\\s+(?:(?:about|around|roughly|nearly|almost"
            + "|some|more\\s+than|over|just\\s+over|just\\s+under|under|a\\s+further|another)\\s+)?$");

    private Ranges() {
    }
}
