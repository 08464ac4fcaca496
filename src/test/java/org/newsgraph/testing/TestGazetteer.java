package org.newsgraph.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.newsgraph.extract.Gazetteer;

/**
 * The gazetteer the stand-in annotator's tests use: the names of the sample articles and test fixtures
 * ({@code testing/sample-entities.tsv}), which real builds find by NER and context but the stand-in (no NER) could
 * not, then the bundled gazetteer.
 */
public final class TestGazetteer {

    private static final Gazetteer SAMPLE = load();

    private TestGazetteer() {
    }

    public static Gazetteer sample() {
        return SAMPLE;
    }

    private static Gazetteer load() {
        Gazetteer gazetteer = new Gazetteer();
        try {
            read(gazetteer, TestGazetteer.class.getResourceAsStream("/testing/sample-entities.tsv"));
            for (String bundled : Gazetteer.BUNDLED_RESOURCES) {
                read(gazetteer, Gazetteer.class.getResourceAsStream(bundled));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return gazetteer;
    }

    private static void read(Gazetteer gazetteer, InputStream in) throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Objects.requireNonNull(in),
                StandardCharsets.UTF_8))) {
            gazetteer.load(reader);
        }
    }
}
