package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.LearnedMeasures;

/**
 * Training the learned measure is deterministic: twice on the same data gives the same bytes, and they are the bundled
 * weights. Needs KPI-EDGAR ({@code ../shared}) and its stored CoreNLP annotations ({@code -Dnewsgraph.annotations=DIR},
 * by default {@code /tmp/ann}, the folder {@code eval --annotations} fills); skipped without them.
 */
class LearnedMeasureTrainingTest {

    private static final Path KPI_EDGAR = Path.of(System.getProperty("newsgraph.shared", "../shared"),
            "datasets", "kpi-edgar", "kpi_edgar.jsonl");
    private static final Path ANNOTATIONS = Path.of(System.getProperty("newsgraph.annotations", "/tmp/ann"));

    @Test
    void trainingTwiceGivesTheBundledWeights() throws IOException {
        assumeTrue(Files.isRegularFile(KPI_EDGAR), "KPI-EDGAR not at " + KPI_EDGAR);
        assumeTrue(Files.isDirectory(ANNOTATIONS), "no stored annotations at " + ANNOTATIONS);
        List<LearnedMeasureTraining.Found> found = LearnedMeasureTraining.found(KPI_EDGAR, "train", ANNOTATIONS);
        assumeTrue(found.size() > 1000, "the annotations folder lacks most train sentences: " + found.size());
        String first = LearnedMeasureTraining.weightsFile(LearnedMeasureTraining.train(found));
        String second = LearnedMeasureTraining.weightsFile(LearnedMeasureTraining.train(found));
        assertEquals(first, second, "two trainings");
        String bundled;
        try (InputStream in = LearnedMeasures.class.getResourceAsStream(LearnedMeasures.RESOURCE)) {
            bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(bundled, first, "the bundled weights are what training gives");
    }
}
