package org.newsgraph.extract;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsgraph.io.ResourceTable;

/**
 * The short forms of surnames of more than one word ({@code surname-particles.txt}): a surname opened by a particle
 * is written with a capital at a sentence's start ("Da Costa's counterpart" after "Luís da Costa"), and a Spanish or
 * Portuguese person with two surnames is named by the first after the first mention ("Echeverría said" after "Tomás
 * Echeverría Vial"; "Sanz" after "María José Sanz de Lucas"). The last word alone stays the ordinary short form
 * ({@link ShortForms}).
 */
final class CompoundSurnames {

    private static final Set<String> PARTICLES = ResourceTable.rows("/org/newsgraph/extract/surname-particles.txt", 1,
            "one particle a line").stream().map(row -> row.columns()[0].strip()).collect(Collectors.toUnmodifiableSet());
    /** Words after a surname that are no surname ("William Clay Ford Jr."). */
    private static final Set<String> SUFFIXES = Set.of("Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV");

    private CompoundSurnames() {
    }

    /** Whether the word, written in any case, is a surname particle ("da", "Da", "van"). */
    static boolean particle(String word) {
        return PARTICLES.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a person's short name stands for this full name as a compound surname does: the full name's last words
     * from a particle, the particle's case aside ("Da Costa" of "Luís da Costa"), or, of a name of three words or more
     * with no particle in it, the word before the last ("Echeverría" of "Tomás Echeverría Vial"), or the word before
     * a last "particle Surname" ("Sanz" of "María José Sanz de Lucas", "Puig" of "Xavier Puig i Ferrer").
     */
    static boolean shortFormOf(String fullName, String shortName) {
        List<String> words = Arrays.asList(fullName.strip().split("\\s+"));
        List<String> shortWords = Arrays.asList(shortName.strip().split("\\s+"));
        int n = words.size();
        if (n < 2 || shortWords.isEmpty() || shortWords.size() >= n) {
            return false;
        }
        if (shortWords.size() >= 2 && particle(shortWords.get(0))) {
            List<String> tail = words.subList(n - shortWords.size(), n);
            return particle(tail.get(0)) && tail.get(0).equalsIgnoreCase(shortWords.get(0))
                    && tail.subList(1, tail.size()).equals(shortWords.subList(1, shortWords.size()));
        }
        if (shortWords.size() != 1 || particle(shortName) || !capitalised(shortName)) {
            return false;
        }
        int last = n - 1;
        if (particle(words.get(last - 1)) && capitalised(words.get(last))) {
            // a last "de Lucas", "i Ferrer", "de la Fuente": the first surname stands before its particles
            int from = last - 1;
            while (from > 0 && particle(words.get(from - 1))) {
                from--;
            }
            return from >= 2 && words.get(from - 1).equals(shortName) && noParticle(words.subList(0, from));
        }
        return n >= 3 && !SUFFIXES.contains(words.get(last)) && capitalised(words.get(last))
                && words.get(n - 2).equals(shortName) && noParticle(words) && !words.get(n - 2).endsWith(".");
    }

    private static boolean noParticle(List<String> words) {
        return words.stream().noneMatch(w -> PARTICLES.contains(w));
    }

    private static boolean capitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }
}
