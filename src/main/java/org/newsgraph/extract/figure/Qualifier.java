package org.newsgraph.extract.figure;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** How exact a figure is: "nearly $5 million" is at most, "more than 300 jobs" at least, "about 30%" approximately. */
public enum Qualifier {
    AT_MOST,
    AT_LEAST,
    APPROXIMATELY;

    private static final Map<String, Qualifier> WORDS = new HashMap<>();

    static {
        for (String[] row : WordList.rows("qualifiers.tsv", 2)) {
            WORDS.putIfAbsent(row[0].toLowerCase(Locale.ROOT), Qualifier.valueOf(row[1].toUpperCase(Locale.ROOT)));
        }
    }

    /** The qualifying words right before a figure ("nearly", "more than a"), to the end of the text before it. */
    static final Pattern BEFORE = Pattern.compile("(?i)(?:^|[^\\w])(?<q>" + pattern() + ")\\s+(?<article>an?\\s+)?$");

    /**
     * Qualifying words that are also prepositions: before an article they govern the noun the figure modifies ("a
     * dispute over a 5% pay offer", "the row over a £2 fee"), where "more than a third" still qualifies.
     */
    private static final Set<String> PREPOSITIONS = Set.of("over", "under", "above", "below");

    /** What qualifying words before a figure say, and where they start. */
    record Before(String label, int start) {
    }

    /** The qualifier written just before {@code start} in {@code text}, or null when none is. */
    static Before before(String text, int start) {
        int window = Text.windowStart(start);
        Matcher q = BEFORE.matcher(text.substring(window, start));
        if (!q.find() || !qualifies(q, text.substring(window, start))) {
            return null;
        }
        return new Before(of(q.group("q")).label(), window + q.start("q"));
    }

    /**
     * Whether the words {@link #BEFORE} found in {@code before} qualify the figure after them, rather than being the
     * particle of a movement ("went up to €9.50") or a preposition before an article and the figure's noun phrase.
     */
    static boolean qualifies(Matcher found, String before) {
        String words = found.group("q").toLowerCase(Locale.ROOT);
        if (found.group("article") != null && PREPOSITIONS.contains(words)) {
            return false;
        }
        return !UpToLevels.isLevel(words, before.substring(0, found.start("q")));
    }

    /** The word the extraction's JSON and graph use: "at_most", "at_least", "approximately". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The qualifier the words say ("just under", "roughly"), or null when they say none. */
    public static Qualifier of(String words) {
        return WORDS.get(words.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
    }

    /** The qualifying words as a regular expression alternation, longest first ("just under" before "under"). */
    public static String pattern() {
        return WORDS.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q")).collect(Collectors.joining("|"));
    }
}
