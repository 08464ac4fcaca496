package org.newsgraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Words that name no one thing alone ("Bank", "Group", "United", "General"): a name made only of them is never the
 * short form of a longer name, since several things of one article may share it.
 */
final class GenericNameWords {

    private static final String RESOURCE = "generic-name-words.txt";
    private static final Set<String> WORDS = load();

    private GenericNameWords() {
    }

    /** Whether the name is one generic word ("Bank" is; "Apple" and "Air Force", two words together, are not). */
    static boolean genericWord(String name) {
        return !name.contains(" ") && WORDS.contains(name.toLowerCase(Locale.ROOT));
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = GenericNameWords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return words;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return words;
    }
}
