package org.newsgraph.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.eval.GoldEntityEvaluation;
import org.newsgraph.extract.Extractor;

/**
 * Session 18's made-up articles for names beyond business (politics, football, medical research, local floods in set
 * A; a court ruling, Sahel aid, a rail strike, a village church in set B), each with a hand-made entity gold written
 * before any extractor ran on it ({@code src/test/resources/eval/probes-s18-entities/}). Set A was read for its errors,
 * set B was held out and scored only before and after the session's changes. A regression guard from then on: the
 * floors are the counts measured at the end of session 18 (s18-entities), not quality claims.
 */
class HeldOutEntityArticlesIT {

    private static final Path SETS = Path.of("src/test/resources/eval/probes-s18-entities");

    @ParameterizedTest(name = "set {0}: at least {1} of {2} gold names found, {3} typed right")
    @CsvSource({"A, 74, 79, 74", "B, 70, 79, 65"})
    void theNamesOfTheSetStayAboveTheirFloor(String set, int found, int gold, int typedRight) throws IOException {
        List<Path> goldFiles;
        try (Stream<Path> files = Files.list(SETS.resolve(set).resolve("gold"))) {
            goldFiles = files.filter(f -> f.toString().endsWith(".gold.json")).sorted().toList();
        }
        GoldEntityEvaluation.Result result = new GoldEntityEvaluation(new Extractor())
                .evaluate(goldFiles, SETS.resolve(set).resolve("articles"));
        String summary = "set " + set + ": found " + result.found() + " of " + result.gold() + ", typed right "
                + result.typedRight() + "; misses " + result.missed();
        assertTrue(result.gold() == gold, summary);
        assertTrue(result.found() >= found && result.typedRight() >= typedRight, summary);
    }
}
