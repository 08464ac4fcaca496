package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.LearnedSubjects;

/**
 * Training the learned promotion of subjects is deterministic: twice on the same data gives the same bytes, and they
 * are the bundled weights. Needs the MEANTIME dev articles and gold ({@code ../shared}) and the stored CoreNLP
 * annotations of them and of the earlier held-out subject sets ({@code -Dnewsgraph.annotations=DIR}, by default {@code /tmp/ann}, the folder {@code eval --annotations}
 * fills); skipped without them.
 */
class LearnedSubjectTrainingTest {

    private static final Path ANNOTATIONS = Path.of(System.getProperty("newsgraph.annotations", "/tmp/ann"));

    @Test
    void trainingTwiceGivesTheBundledWeights() throws IOException {
        assumeTrue(Files.isDirectory(Halves.MEANTIME_ARTICLES), "MEANTIME dev articles not at "
                + Halves.MEANTIME_ARTICLES);
        assumeTrue(Files.isDirectory(ANNOTATIONS), "no stored annotations at " + ANNOTATIONS);
        LearnedSubjectTraining.Data data = LearnedSubjectTraining.all(ANNOTATIONS);
        assumeTrue(data.found() > 1000, "the annotations folder lacks most training texts: " + data.found());
        String first = LearnedSubjectTraining.weightsFile(LearnedSubjectTraining.train(data.proposals(),
                LearnedSubjectTraining.SIGMA));
        String second = LearnedSubjectTraining.weightsFile(LearnedSubjectTraining.train(data.proposals(),
                LearnedSubjectTraining.SIGMA));
        assertEquals(first, second, "two trainings");
        String bundled;
        try (InputStream in = LearnedSubjects.class.getResourceAsStream(LearnedSubjects.RESOURCE)) {
            bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(bundled, first, "the bundled weights are what training gives");
    }
}
