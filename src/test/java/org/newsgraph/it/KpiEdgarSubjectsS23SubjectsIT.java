package org.newsgraph.it;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.Newsgraph;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.Figure;

/**
 * Precision of the subjects the extractor asserts on real text nobody here wrote or fitted attribution to: a sample of
 * KPI-EDGAR's train split (10-K sentences from many filers, MIT; the sentences that hold a digit and a capitalised
 * name, under 400 characters), each extracted as a text of its own as {@code extract --lines} does. Every subject
 * asserted there was judged by hand in session 23 (s23-subjects) and is a row of {@code
 * kpi-edgar-subjects-s23-subjects.tsv}: right, wrong or unsure. The test fails when the right ones fall below the
 * floor, when more wrong ones are asserted than were measured, or when the extractor asserts more subjects the table
 * has not judged than the slack allows (judge them and add their rows). Skipped where ../shared/datasets/kpi-edgar is
 * not present. The valid split is the second fold (counted in the session's report, not here).
 */
class KpiEdgarSubjectsS23SubjectsIT {

    private static final Path KPI_EDGAR = Path.of("../shared/datasets/kpi-edgar/kpi_edgar.jsonl");
    private static final Path TABLE = Path.of("src/test/resources/eval/kpi-edgar-subjects-s23-subjects.tsv");

    /**
     * Session 23, main 42aa414d and the branch alike: of 87 subjects asserted, right 71, wrong 8, unsure 8 (precision
     * 0.82 counting unsure as not right; the valid split, the second fold, 14 right, 0 wrong, 4 unsure of 18). Floor,
     * ceiling, and how many subjects nobody judged may be asserted before the table must be extended. On the merge of
     * session 23's branches "the Company" is no longer an organisation (s23-names): right 32, wrong 8 (the filer's
     * subjects, given to an entity named Company, are no longer asserted; one wrong one is new). Session 24
     * (s24-subjects): that new one ("the Company's $18.8 billion net investment in Visa Europe", "the Company" read as
     * Visa Europe) is left empty by FilerTerms (coref/DefinedTerm since session 25): wrong 8 -> 7, right 32 unchanged.
     */
    private static final int RIGHT_FLOOR = 32;
    private static final int WRONG_CEILING = 7;
    private static final int UNJUDGED_SLACK = 3;

    /**
     * Session 24 (s24-subjects): the table's "proposed" rows judge every coreference candidate main ab7e5069 proposed
     * (not asserted) on the sample: right 4, wrong 24, unsure 6 of 34, most of them a filing's "the Company" or "the
     * Corporation" (the filer) read as the last organisation named. Since FilerTerms (now DefinedTerm) leaves those empty, at most this
     * many of the candidates judged wrong may be proposed again (measured after the change; before it, 24).
     */
    private static final int PROPOSED_WRONG_CEILING = 6;

    @Test
    void assertedSubjectsOnRealFilingsKeepTheirJudgedPrecision() throws Exception {
        assumeTrue(Files.isRegularFile(KPI_EDGAR), "KPI-EDGAR is not in ../shared/datasets; nothing to check");
        Map<String, String> texts = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(KPI_EDGAR, StandardCharsets.UTF_8)) {
            JsonNode row = json.readTree(line);
            texts.put(row.get("doc").asText() + "\t" + row.get("sentence_id").asText(),
                    String.join(" ", row.get("text").asText().strip().split("(?U)\\s+")));
        }
        List<String> sample = new ArrayList<>();
        Map<String, String> judged = new LinkedHashMap<>();
        Map<String, String> proposedJudged = new LinkedHashMap<>();
        for (String line : Files.readAllLines(TABLE, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t");
            if (c[0].equals("sentence")) {
                sample.add(c[1] + "\t" + c[2]);
            } else if (c[0].equals("judged")) {
                judged.put(key(c[1] + "\t" + c[2], c[3], c[4]), c[5]);
            } else if (c[0].equals("proposed")) {
                proposedJudged.put(key(c[1] + "\t" + c[2], c[3], c[4]), c[5]);
            }
        }
        Newsgraph newsgraph = new Newsgraph(new Extractor().withArticleTimeout(Duration.ofSeconds(900)));
        int right = 0;
        int wrong = 0;
        int unsure = 0;
        List<String> unjudged = new ArrayList<>();
        List<String> wrongOnes = new ArrayList<>();
        List<String> proposedWrong = new ArrayList<>();
        for (String id : sample) {
            String text = texts.get(id);
            assertTrue(text != null, "no KPI-EDGAR sentence " + id);
            Extraction extraction = newsgraph.extract(id.replace('\t', '#'), text);
            for (Figure figure : extraction.figures()) {
                if (figure.subject() == null) {
                    String candidate = extraction.nameOf(figure.how().subjectCandidate());
                    if (candidate != null && "wrong".equals(proposedJudged.get(key(id, figure.text(), candidate)))) {
                        proposedWrong.add(id + "\t" + figure.text() + "\t" + candidate);
                    }
                    continue;
                }
                String subject = extraction.nameOf(figure.subject());
                String verdict = judged.get(key(id, figure.text(), subject));
                if (verdict == null) {
                    unjudged.add(id + "\t" + figure.text() + "\t" + subject);
                } else if (verdict.equals("right")) {
                    right++;
                } else if (verdict.equals("wrong")) {
                    wrong++;
                    wrongOnes.add(id + "\t" + figure.text() + "\t" + subject);
                } else {
                    unsure++;
                }
            }
        }
        String summary = "KPI-EDGAR train sample, " + sample.size() + " sentences: asserted right " + right
                + ", wrong " + wrong + " " + wrongOnes + ", unsure " + unsure + ", not judged " + unjudged.size()
                + " " + unjudged + "; candidates judged wrong proposed again " + proposedWrong.size() + " "
                + proposedWrong;
        System.out.println("[kpi-edgar subjects] " + summary);
        assertTrue(right >= RIGHT_FLOOR, summary);
        assertTrue(wrong <= WRONG_CEILING, summary);
        assertTrue(unjudged.size() <= UNJUDGED_SLACK, summary);
        assertTrue(proposedWrong.size() <= PROPOSED_WRONG_CEILING, summary);
    }

    private static String key(String id, String figure, String subject) {
        return id + "\t" + figure + "\t" + (subject == null ? "" : subject.toLowerCase(Locale.ROOT));
    }
}
