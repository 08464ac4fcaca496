package org.newsgraph.extract.coref;

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
 * The gender general knowledge gives a first name: the lists of common male and female first names CoreNLP ships
 * with its gender annotator (in the models jar Newsgraph already loads). A name on both lists ("Jamie", "Kelly") or
 * on neither gives none: a pronoun then goes by the article alone.
 */
final class FirstNames {

    private static final String DIRECTORY = "/edu/stanford/nlp/models/gender/";
    private static final Set<String> MALE = read("male_first_names.txt");
    private static final Set<String> FEMALE = read("female_first_names.txt");

    private FirstNames() {
    }

    /** The gender of a first name, or {@code UNKNOWN} when the lists do not tell. */
    static PersonCoreference.Gender of(String firstName) {
        String name = firstName.toLowerCase(Locale.ROOT);
        boolean male = MALE.contains(name);
        boolean female = FEMALE.contains(name);
        return male == female ? PersonCoreference.Gender.UNKNOWN
                : male ? PersonCoreference.Gender.MALE : PersonCoreference.Gender.FEMALE;
    }

    private static Set<String> read(String name) {
        Set<String> names = new HashSet<>();
        try (InputStream in = FirstNames.class.getResourceAsStream(DIRECTORY + name)) {
            if (in == null) {
                return names;
            }
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().map(String::strip)
                    .filter(l -> !l.isEmpty()).map(l -> l.toLowerCase(Locale.ROOT)).forEach(names::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
