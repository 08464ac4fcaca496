package org.newsgraph.it;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsgraph.eval.RealTextRelations;
import org.newsgraph.extract.Extractor;

/**
 * Relations read in real 10-K sentences (KPI-EDGAR train, many filers; text nobody here fitted relations to), judged
 * by hand in session 23 ({@code kpi-edgar-relations-s23-relprec.tsv}): the judged sentences are extracted again and
 * what the extractor reads there is counted, a reading no row judges as wrong. Floors at what was measured at the end
 * of session 23 (see the table's rows and the s23-relprec report). Skipped where ../shared/datasets/kpi-edgar is not
 * present; {@code -Dnewsgraph.annotations=DIR} reads CoreNLP's output from a folder, which only saves time. Session 24
 * (s24-relprec) added the titles read in the MEANTIME tuning half's news articles, judged the same way (rows named
 * {@code meantime:ARTICLE#SENTENCE}), with floors of their own; they are checked when ../shared holds MEANTIME.
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
    /** The table's MEANTIME rows are named so ({@code meantime:ARTICLE#SENTENCE}). */
    private static final String MEANTIME = "meantime:";
    private static final Path MEANTIME_ARTICLES = Path.of("../shared/datasets/meantime/dev-articles");
    /**
     * s24-relprec, measured on main's code and after: the 27 titles of the MEANTIME tuning half all right (23 asserted;
     * the 4 weak are two past appointments, a chair to come and a former CEO).
     */
    private static final int TITLES_RIGHT = 27;
    private static final int TITLES_WRONG = 0;
    private static final int TITLES_ASSERTED_RIGHT = 23;

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
                .filter(id -> !id.startsWith(MEANTIME)).collect(Collectors.toSet());
        Extractor extractor = RealTextExtractor.fromProperty();
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
        titlesOnNews(judged, extractor);
    }

    /**
     * s24-relprec: the titles (roleAt: ceoOf, chairOf, cfoOf ...) read in the MEANTIME tuning-half articles the table
     * names ({@code meantime:ARTICLE#SENTENCE} rows), each counted against its judgement, an unjudged one as wrong.
     */
    private static void titlesOnNews(Map<String, String> judged, Extractor extractor) throws Exception {
        if (!Files.isDirectory(MEANTIME_ARTICLES)) {
            return; // the KPI-EDGAR half of the check ran; MEANTIME is not in ../shared
        }
        Set<String> articles = judged.keySet().stream().filter(key -> key.startsWith(MEANTIME))
                .map(key -> key.substring(MEANTIME.length(), key.indexOf('#'))).collect(Collectors.toSet());
        int right = 0;
        int wrong = 0;
        int assertedRight = 0;
        int assertedWrong = 0;
        StringBuilder wrongOnes = new StringBuilder();
        for (RealTextRelations.Reading reading : RealTextRelations.meantime(extractor, MEANTIME_ARTICLES,
                articles::contains)) {
            if (!reading.predicate().startsWith("roleAt")) {
                continue;
            }
            String judgement = judged.getOrDefault(MEANTIME + reading.key(), "unjudged");
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
        String summary = "MEANTIME titles: all " + right + " right, " + wrong + " wrong; asserted " + assertedRight
                + " right, " + assertedWrong + " wrong" + wrongOnes;
        assertTrue(right >= TITLES_RIGHT && wrong <= TITLES_WRONG, summary);
        assertTrue(assertedRight >= TITLES_ASSERTED_RIGHT && assertedWrong <= TITLES_WRONG, summary);
    }
}
