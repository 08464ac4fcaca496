package org.newsgraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newsgraph.article.ArticleReader;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.Relation;

/**
 * What the extractor asserts on real text nobody here wrote, judged by hand (session 23, s23-ownership): the KPI-EDGAR
 * train sentences that name a holding, a deal, a unit or a chair (one sentence a document, as {@code extract --lines}
 * reads them) and the MEANTIME dev tuning-half articles without relation gold that gave an ownership, deal, investment
 * or title relation. The judgements are in {@code relations-judged-real-text-s23-ownership.tsv}. Of what the graph
 * asserts, at least the right ones measured at the end of session 23 stay, no more are wrong, and nothing goes
 * unjudged (a change that asserts a new relation here must be judged and added to the table). Skipped when
 * ../shared is not there.
 */
class JudgedRealTextS23OwnershipIT {

    private static final Path SHARED = Path.of("../shared/datasets");
    private static final Path TABLE = Path.of("src/test/resources/eval/relations-judged-real-text-s23-ownership.tsv");
    /** The KPI-EDGAR train sentences read: those with a word of holding, dealing, units or chairs. */
    static final Pattern OWNERSHIP_WORDS = Pattern.compile(
            "acqui|stake|interest|invest|owned|owns|owner|subsidiar|chair|merg|purchas|bought|sale of|sold|parent|unit"
                    + "|division", Pattern.CASE_INSENSITIVE);
    /** The MEANTIME articles read, and the predicates judged in them. */
    private static final List<String> MEANTIME_ARTICLES = List.of("113267", "123881", "43503", "5403", "60083");
    private static final Set<String> MEANTIME_PREDICATES = Set.of("acquires", "ownedBy", "investsIn", "roleAt");
    /** At the end of session 23: 18 right, 3 wrong, 8 unsure of what the graph asserts. */
    private static final int RIGHT_AT_LEAST = 18;
    private static final int WRONG_AT_MOST = 3;

    @Test
    void whatTheGraphAssertsOnJudgedRealTextStaysAboveItsFloor() throws Exception {
        Path kpi = SHARED.resolve("kpi-edgar/kpi_edgar.jsonl");
        Path meantime = SHARED.resolve("meantime/dev-articles");
        assumeTrue(Files.isRegularFile(kpi) && Files.isDirectory(meantime), "../shared/datasets is not present");
        Map<String, String> judged = judgements();
        Extractor extractor = new Extractor();
        List<String> found = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(kpi, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode sentence = json.readTree(line);
            String text = sentence.get("text").asText();
            if ("train".equals(sentence.get("split").asText()) && OWNERSHIP_WORDS.matcher(text).find()) {
                Extraction extraction = extractor.extract(sentence.get("sentence_id").asText(), text, null);
                String key = "kpi-train\t" + sentence.get("doc").asText() + "\t" + sentence.get("sentence_id").asText();
                for (Relation relation : extraction.relations()) {
                    found.add(describe(key, extraction, relation));
                }
            }
        }
        for (String id : MEANTIME_ARTICLES) {
            try (Stream<Path> files = Files.list(meantime)) {
                Path file = files.filter(f -> f.getFileName().toString().startsWith(id + "_")).findFirst().orElseThrow();
                Extraction extraction = extractor.extract(new ArticleReader().read(file));
                for (Relation relation : extraction.relations()) {
                    if (MEANTIME_PREDICATES.contains(relation.predicate())) {
                        found.add(describe("meantime\t" + id + "\t", extraction, relation));
                    }
                }
            }
        }
        Map<String, Integer> counts = new TreeMap<>();
        List<String> unjudged = new ArrayList<>();
        for (String relation : found) {
            boolean asserted = relation.startsWith("yes\t");
            String key = relation.substring(relation.indexOf('\t') + 1);
            String judgement = judged.get(key);
            if (judgement == null) {
                if (asserted) {
                    unjudged.add(key);
                }
                continue;
            }
            counts.merge((asserted ? "asserted " : "weak ") + judgement, 1, Integer::sum);
        }
        assertEquals(List.of(), unjudged, "asserted on real text but not judged in " + TABLE + "; counts " + counts);
        assertTrue(counts.getOrDefault("asserted right", 0) >= RIGHT_AT_LEAST
                && counts.getOrDefault("asserted wrong", 0) <= WRONG_AT_MOST, "judged real text: " + counts);
    }

    /** "yes|weak", then the table's key: source, document, sentence, subject, predicate[:role], object. */
    private static String describe(String where, Extraction extraction, Relation relation) {
        String predicate = relation.role() == null ? relation.predicate()
                : relation.predicate() + ":" + relation.role();
        return (relation.confidence() >= Relation.WEAK_BELOW ? "yes" : "weak") + "\t" + where + "\t"
                + extraction.nameOf(relation.subject()) + "\t" + predicate + "\t" + extraction.nameOf(relation.object());
    }

    /** The table's judgements by key. */
    private static Map<String, String> judgements() throws Exception {
        Map<String, String> judged = new HashMap<>();
        for (String line : Files.readAllLines(TABLE, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("source\t")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            judged.put(String.join("\t", cells[0], cells[1], cells[2], cells[3], cells[4], cells[5]), cells[8]);
        }
        return judged;
    }
}
