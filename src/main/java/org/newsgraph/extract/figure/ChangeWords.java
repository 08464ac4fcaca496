package org.newsgraph.extract.figure;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The verbs and nouns of {@code change-words.tsv} that make a figure a change ("rose 4%", "a 4% rise"), and which way. */
public final class ChangeWords {

    private static final Map<String, Direction> VERBS = new HashMap<>();
    private static final Map<String, Direction> NOUNS = new HashMap<>();
    /** Comparatives and adverbs: "4% higher", "up 4%". */
    private static final Map<String, Direction> OTHERS = Map.of("up", Direction.INCREASE, "higher", Direction.INCREASE,
            "more", Direction.INCREASE, "larger", Direction.INCREASE, "bigger", Direction.INCREASE, "greater",
            Direction.INCREASE);

    static {
        for (String[] row : WordList.rows("change-words.tsv", 3)) {
            Direction direction = Direction.valueOf(row[1].toUpperCase(Locale.ROOT));
            switch (row[2]) {
                case "verb" -> VERBS.putIfAbsent(row[0], direction);
                case "noun" -> NOUNS.putIfAbsent(row[0], direction);
                default -> throw new IllegalStateException(WordList.FOLDER + "change-words.tsv: '" + row[2]
                        + "' is neither verb nor noun (line '" + String.join("\t", row) + "')");
            }
        }
    }

    private ChangeWords() {
    }

    /** Every form of the change verbs, as a regular expression alternation. */
    public static String verbPattern() {
        return alternation(VERBS.keySet());
    }

    /** Whether a word (any case) is a form of a change verb the table lists. */
    public static boolean isVerb(String word) {
        return VERBS.containsKey(word.toLowerCase(Locale.ROOT));
    }

    /** The change nouns ("increase", "drop", "premium"), as a regular expression alternation. */
    public static String nounPattern() {
        return alternation(NOUNS.keySet());
    }

    /** The change nouns, for readers that look words up rather than match them. */
    public static Set<String> nouns() {
        return Set.copyOf(NOUNS.keySet());
    }

    /**
     * Which way a lower-case change word goes: a verb, a noun, "up", "down" or a comparative. A word that names no
     * increase is read as a decrease, as the parser only asks about words it matched as changes.
     */
    public static Direction direction(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        Direction d = VERBS.get(lower);
        if (d == null) {
            d = NOUNS.get(lower);
        }
        if (d == null) {
            d = OTHERS.get(lower);
        }
        return d == null ? Direction.DECREASE : d;
    }

    private static String alternation(Set<String> words) {
        List<String> sorted = words.stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .toList();
        return sorted.stream().collect(Collectors.joining("|"));
    }
}
