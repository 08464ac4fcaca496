package org.newsgraph.site;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The letters an entity-type index is split by: a name goes under its first letter, accents taken off ("Élan" under
 * e), and a name that starts with a digit or any other character under {@link #OTHER}. Every letter has a folder of
 * its own ("organizations/b/"), so that a new, renamed or merged entity changes its letter's page and the type's
 * index, not every page of a list numbered from A.
 */
final class EntityLetters {

    /** The folder of names that do not start with a letter from a to z. */
    static final String OTHER = "other";
    /** Every folder, in the order the index lists them. */
    static final List<String> ALL = all();

    private EntityLetters() {
    }

    /** The folder {@code name} goes in: "a" to "z", or {@link #OTHER}. */
    static String of(String name) {
        String plain = Normalizer.normalize(name.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        char first = plain.isEmpty() ? ' ' : Character.toLowerCase(plain.charAt(0));
        return first >= 'a' && first <= 'z' ? String.valueOf(first) : OTHER;
    }

    /** How a letter's folder is shown: "B", or "0–9 and other" for {@link #OTHER}. */
    static String label(String letter) {
        return letter.equals(OTHER) ? "0–9 and other" : letter.toUpperCase(Locale.ROOT);
    }

    private static List<String> all() {
        List<String> letters = new ArrayList<>();
        for (char c = 'a'; c <= 'z'; c++) {
            letters.add(String.valueOf(c));
        }
        letters.add(OTHER);
        return List.copyOf(letters);
    }
}
