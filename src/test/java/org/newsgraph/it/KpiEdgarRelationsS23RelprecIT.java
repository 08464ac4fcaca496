package org.newsgraph.it;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsgraph.eval.RealTextRelations;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.Gazetteer;
import org.newsgraph.nlp.NlpPipeline;
import org.newsgraph.nlp.StoredAnnotator;

/**
 * Relations read in real 10-K sentences (KPI-EDGAR train, many filers; text nobody here fitted relations to), judged
 * by hand in session 23 ({@code kpi-edgar-relations-s23-relprec.tsv}): the judged sentences are extracted again and
 * what the extractor reads there is counted, a reading no row judges as wrong. Floors at what was measured at the end
 * of session 23 (see the table's rows and the s23-relprec report). Skipped where ../shared/datasets/kpi-edgar is not
 * present; {@code -Dnewsgraph.annotations=DIR} reads CoreNLP's output from a folder, which only saves time.
 */
class KpiEdgarRelationsS23RelprecIT {

    private static final Path KPI_EDGAR = Path.of("../shared/datasets/kpi-edgar/kpi_edgar.jsonl");
    private static final Path JUDGED = Path.of("src/test/resources/eval/kpi-edgar-relations-s23-relprec.tsv");

    /**
     * Measured at the end of session 23: all readings right and wrong, then what the graph asserts. The branch measured
     * 16 right, 5 wrong (asserted 12 and 3); on the merge, with "the Company" no longer an organisation (s23-names), the
     * filer's relations to an entity named Company are no longer read: 9 right, 3 wrong (asserted 7 and 3).
     * Session 24 (s24-coref): 9 right, 1 wrong (asserted 5 and 1). "the Company" is no longer read as another firm of
     * its sentence, so "JD investsIn JD.com" (WMT, the Company's "its investment in JD.com" read as JD's) is gone, and
     * the two "NBCU investsIn Hulu" of "the Company has the option to require NBCU to sell its interest in Hulu"
     * (DIS, two years) are now only the weak stake-of-holder reading: the sure stake-in reading came from "require the
     * Company to purchase NBCU's interest in Hulu" with "the Company" taken as NBCU, right by that mistake.
     */
    private static final int RIGHT = 9;
    private static final int WRONG = 5;
    private static final int ASSERTED_RIGHT = 5; // 7 before session 24 (s24-coref), see above
    private static final int ASSERTED_WRONG = 3;

    @Test
    void realFilingRelationsStayAboveTheirPrecisionFloor() throws Exception {
        assumeTrue(Files.isRegularFile(KPI_EDGAR), "KPI-EDGAR is not in ../shared/datasets; nothing to judge");
        Map<String, String> judged = new HashMap<>();
        for (String line : Files.readAllLines(JUDGED)) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("id\t")) {
                continue;
            }
            String[] columns = line.split("\t");
            judged.put(String.join("\t", columns[0], columns[1], columns[2], columns[3]), columns[4]);
        }
        Set<String> sentences = judged.keySet().stream().map(key -> key.substring(0, key.indexOf('\t')))
                .collect(Collectors.toSet());
        String annotations = System.getProperty("newsgraph.annotations", "");
        Extractor extractor = annotations.isBlank() ? new Extractor(NlpPipeline::shared, Gazetteer.bundled(),
                Duration.ofSeconds(900))
                : new Extractor(() -> StoredAnnotator.readOnly(NlpPipeline::shared, Path.of(annotations)),
                        Gazetteer.bundled(), Duration.ofSeconds(900));
        List<RealTextRelations.Reading> readings = RealTextRelations.readings(extractor, KPI_EDGAR, "train",
                sentences::contains);
        int right = 0;
        int wrong = 0;
        int assertedRight = 0;
        int assertedWrong = 0;
        StringBuilder wrongOnes = new StringBuilder();
        for (RealTextRelations.Reading reading : readings) {
            String judgement = judged.getOrDefault(reading.key(), "unjudged");
            if (judgement.equals("unsure")) {
                continue;
            }
            boolean isRight = judgement.equals("right");
            right += isRight ? 1 : 0;
            wrong += isRight ? 0 : 1;
            assertedRight += isRight && !reading.weak() ? 1 : 0;
            assertedWrong += !isRight && !reading.weak() ? 1 : 0;
            if (!isRight) {
                wrongOnes.append("\n  ").append(judgement).append(": ").append(reading.key()).append(" (")
                        .append(reading.rule()).append(')');
            }
        }
        String summary = "all " + right + " right, " + wrong + " wrong; asserted " + assertedRight + " right, "
                + assertedWrong + " wrong" + wrongOnes;
        assertTrue(right >= RIGHT && wrong <= WRONG, summary);
        assertTrue(assertedRight >= ASSERTED_RIGHT && assertedWrong <= ASSERTED_WRONG, summary);
    }
}
