package org.newsgraph.it;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.newsgraph.eval.Halves;
import org.newsgraph.eval.KpiEdgarTime;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Extractor;

/**
 * s24-shortforms: a precision floor on the short forms the entity step joins to a longer name in real text nobody here
 * wrote, judged by hand ({@code eval/short-form-joins-judged-s24-shortforms.tsv}: KPI-EDGAR train sentences and the
 * MEANTIME dev tuning half). On main before the session 35 joins, 33 right, 1 wrong, 1 unsure; after it 37, 35, 1 and
 * 1 (the floors). A join no row judges counts as wrong, so a change that joins more must judge its joins here.
 * s28-names joined one more ("today's GM" in the Mary Barra article, an acronym the NER left untagged: right), so the
 * floor of right joins is 36. s30-names joined one more ("CAW" of "Canadian Auto Workers", initials the NER ran into the
 * name, RunInAcronyms: right), so the floor is 37. Session 30's stock-indices.tsv (merged with it) makes the world's major
 * indices names of a list, which moves three joins: "S&P" of "the Standard & Poor's 500 (S&P)" is now joined to the
 * index (judged right, a new row); "DJIA" of "the Dow Jones Industrial Average (DJIA)" is now the list's own alias of
 * the index, the same entity with no join to record (the row stays, unmatched, and counts nothing); and "the FTSE" of
 * "Some shares in the FTSE" after "The FTSE 100" is no longer joined to the index (a loss, left in the session's
 * closing note). So 36 right joins, one fewer than before, for three more index figures with their subject.
 * Skipped where ../shared/datasets is not present; {@code -Dnewsgraph.annotations=DIR} reads CoreNLP's output from the
 * eval's cache, which only saves time.
 */
class ShortFormJoinsS24ShortformsIT {

    private static final Path KPI_EDGAR = Path.of("../shared/datasets/kpi-edgar/kpi_edgar.jsonl");
    private static final Path MEANTIME = Path.of("../shared/datasets/meantime/dev");
    private static final Path JUDGED = Path.of("src/test/resources/eval/short-form-joins-judged-s24-shortforms.tsv");

    @Test
    void theJudgedJoinsStayAboveTheirFloor() throws Exception {
        assumeTrue(Files.isRegularFile(KPI_EDGAR) && Files.isDirectory(MEANTIME), "no ../shared/datasets; nothing to score");
        Map<String, String> judged = new HashMap<>();
        Set<String> kpiSentences = new HashSet<>();
        Set<String> articles = new HashSet<>();
        for (String line : Files.readAllLines(JUDGED)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] cells = line.split("\t");
                judged.put(cells[1] + "\t" + cells[2] + "\t" + cells[3], cells[4]);
                (cells[0].equals("kpi-edgar") ? kpiSentences : articles).add(cells[1]);
            }
        }
        Extractor extractor = RealTextExtractor.fromProperty();
        ObjectMapper mapper = new ObjectMapper();
        Map<String, Integer> counts = new TreeMap<>();
        List<String> unjudged = new ArrayList<>();
        for (String line : Files.readAllLines(KPI_EDGAR)) {
            JsonNode sentence = mapper.readTree(line);
            String doc = sentence.path("doc").asText();
            String id = doc.replace(".txt", "") + ":" + sentence.path("sentence_id").asText();
            if (kpiSentences.contains(id)) {
                count(id, extractor.extractWithinBudget("kpi-edgar", sentence.path("text").asText(),
                        KpiEdgarTime.filed(doc, sentence.path("year").asInt())), judged, counts, unjudged);
            }
        }
        for (String article : articles) {
            JsonNode doc = mapper.readTree(MEANTIME.resolve(article).toFile());
            count(article, extractor.extractWithinBudget(doc.path("id").asText(), doc.path("text").asText(),
                    Halves.meantimeDate(doc)), judged, counts, unjudged);
        }
        int right = counts.getOrDefault("right", 0);
        int wrong = counts.getOrDefault("wrong", 0) + unjudged.size();
        String summary = counts + "; unjudged: " + unjudged;
        assertTrue(right >= 36 && wrong <= 1, summary);
    }

    /** Every alias an entity keeps with the reason it was joined, judged or not. */
    private static void count(String id, Extraction extraction, Map<String, String> judged, Map<String, Integer> counts,
            List<String> unjudged) {
        for (Entity entity : extraction.entities()) {
            for (String shortForm : entity.aliasReasons().keySet()) {
                String key = id + "\t" + entity.name() + "\t" + shortForm;
                String verdict = judged.get(key);
                if (verdict == null) {
                    unjudged.add(key.replace('\t', ' '));
                } else {
                    counts.merge(verdict, 1, Integer::sum);
                }
            }
        }
    }
}
