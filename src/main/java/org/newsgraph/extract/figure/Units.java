package org.newsgraph.extract.figure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newsgraph.io.ResourceTable;

/**
 * The physical units of {@code units.tsv}, and every SI-prefixed form {@link PrefixedUnits} generates from
 * {@code si-units.tsv}: the words news writes after a number, and their QUDT unit names.
 */
public final class Units {

    public static final String RESOURCE = "/org/newsgraph/extract/units.tsv";

    private record Entry(String words, String unit, char writing) {
    }

    private static final List<Entry> ENTRIES = load();
    private static final Map<String, String> EXACT = new HashMap<>();
    private static final Map<String, String> ANY_CASE = new HashMap<>();

    static {
        for (Entry entry : ENTRIES) {
            if (entry.writing() == 's' || entry.writing() == 'e' || entry.writing() == 'g') {
                EXACT.putIfAbsent(entry.words(), entry.unit());
            } else {
                ANY_CASE.putIfAbsent(entry.words().toLowerCase(Locale.ROOT), entry.unit());
            }
        }
    }

    private Units() {
    }

    /**
     * A regular expression for a unit right after a number, with what joins them (nothing, a space or a hyphen);
     * the longest words come first, so that "square feet" wins over "feet".
     */
    public static String pattern() {
        return ENTRIES.stream().sorted(Comparator.comparingInt((Entry e) -> e.words().length()).reversed()
                        .thenComparing(Entry::words))
                .map(Units::alternative).collect(Collectors.joining("|", "(?:", ")"));
    }

    /**
     * A unit in brackets after a number, as tables and spec sheets write it ("20 [kg]", "45 (kWh)", "3 <cm>"), as a
     * regular expression; only units that are never another word ("i" and "s" writings).
     */
    public static String bracketedPattern() {
        return ENTRIES.stream().filter(e -> e.writing() == 'i' || e.writing() == 's')
                .sorted(Comparator.comparingInt((Entry e) -> e.words().length()).reversed().thenComparing(Entry::words))
                .map(e -> e.writing() == 'i' ? "(?i:" + Pattern.quote(e.words()) + ")" : Pattern.quote(e.words()))
                .collect(Collectors.joining("|", "\\s?[\\[<{(](?:", ")[\\]>})]"));
    }

    /** The unit words inside brackets ("[kg]" is "kg"), or the words as they are. */
    public static String unbracketed(String written) {
        return written.strip().replaceFirst("^[\\[<{(](.*)[\\]>})]$", "$1");
    }

    private static String alternative(Entry entry) {
        String words = Pattern.quote(entry.words()).replace(" ", "\\E\\s\\Q");
        return switch (entry.writing()) {
            case 's' -> "(?:\\s?|-)" + words;
            case 'w' -> "(?:\\s|-)(?i:" + words + ")";
            case 'e' -> "(?:\\s|-)" + words;
            case 'g' -> words;
            default -> "(?:\\s?|-)(?i:" + words + ")";
        };
    }

    /** The QUDT unit of the words as written ("km", "-inch", "Degrees Celsius"), or null when they are no unit. */
    public static String unit(String written) {
        String words = written.strip().replaceFirst("^-", "").replaceAll("\\s+", " ");
        String exact = EXACT.get(words);
        return exact != null ? exact : ANY_CASE.get(words.toLowerCase(Locale.ROOT));
    }

    /** Whether the word is an abbreviation a number counts, as written ("TEU": {@code counted-abbreviations.txt}). */
    public static boolean isCountedAbbreviation(String written) {
        return CountedNouns.isCountedAbbreviation(written.strip());
    }

    /**
     * The QUDT unit a unit's name stands for, units of time included, as a reader or a gold file names it
     * ("kilometer", "hours", "nautical mile", "year"), or null when the name is no unit Newsgraph knows.
     */
    public static String ofName(String name) {
        String words = name.strip().toLowerCase(Locale.ROOT);
        String known = unit(words);
        if (known != null) {
            return known;
        }
        String singular = Nouns.singular(words);
        String duration = CountedNouns.DURATION_UNITS.get(singular);
        return duration != null ? duration : unit(singular);
    }

    /** Every QUDT unit a figure can carry from this list, listed and generated. */
    public static Set<String> units() {
        return ENTRIES.stream().map(Entry::unit).collect(Collectors.toUnmodifiableSet());
    }

    /** Whether a QUDT unit is a temperature, which can be below zero. */
    public static boolean isTemperature(String unit) {
        return "DEG_C".equals(unit) || "DEG_F".equals(unit) || "K".equals(unit);
    }

    private static List<Entry> load() {
        String expected = "words, QUDT unit and i, s, w, e or g separated by tabs";
        List<Entry> entries = new ArrayList<>();
        for (ResourceTable.Row row : ResourceTable.rows(RESOURCE, 3, expected)) {
            String[] cols = row.columns();
            if (cols[2].length() != 1 || "isweg".indexOf(cols[2].charAt(0)) < 0) {
                throw row.problem(expected);
            }
            entries.add(new Entry(cols[0], cols[1], cols[2].charAt(0)));
        }
        Set<String> listed = new HashSet<>();
        entries.forEach(e -> listed.add(e.words()));
        for (PrefixedUnits.Form form : PrefixedUnits.forms()) {
            if (listed.add(form.words())) { // the hand table wins: it may restrict how a form is written
                entries.add(new Entry(form.words(), form.unit(), form.symbol() ? 's' : 'i'));
            }
        }
        return List.copyOf(entries);
    }
}
