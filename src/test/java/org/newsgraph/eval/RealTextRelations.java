package org.newsgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.extract.ArticleTimeoutException;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.Gazetteer;
import org.newsgraph.extract.Relation;
import org.newsgraph.nlp.NlpPipeline;
import org.newsgraph.nlp.StoredAnnotator;

/**
 * Every relation the extractor reads in KPI-EDGAR's 10-K sentences of one split (real text nobody here fitted relations
 * to), one line each, to be judged by hand ({@code kpi-edgar-relations-s23-relprec.tsv}, {@code
 * RealTextRelationsIT}). Each sentence is extracted as a text of its own, as the KPI-EDGAR scores extract it. Run
 * (after {@code mvn -o test-compile}, through {@code /work/bin/nlp-slot} when the annotations are not cached):
 * <pre>java -cp target/classes:target/test-classes:$(cat target/classpath.txt) org.newsgraph.eval.RealTextRelations
 * ../shared/datasets/kpi-edgar/kpi_edgar.jsonl train /tmp/ann</pre>
 * The MEANTIME tuning half instead (s24-relprec): {@code ../shared/datasets/meantime/dev-articles x /tmp/ann}.
 * Columns: sentence id (doc and sentence_id), subject, predicate (the title of a roleAt), object, rule, confidence,
 * weak or sure, the sentence.
 */
public final class RealTextRelations {

    private RealTextRelations() {
    }

    /** One relation read in one sentence: its key for the judged table, and how it was found. */
    public record Reading(String id, String subject, String predicate, String object, String rule, double confidence,
                          boolean weak, String sentence) {

        /** What a judged row names: sentence id, subject, predicate, object. */
        public String key() {
            return id + "\t" + subject + "\t" + predicate + "\t" + object;
        }
    }

    public static void main(String[] args) throws IOException {
        Path jsonl = Path.of(args.length > 0 ? args[0] : "../shared/datasets/kpi-edgar/kpi_edgar.jsonl");
        String split = args.length > 1 ? args[1] : "train";
        Path annotations = Path.of(args.length > 2 ? args[2] : "/tmp/ann");
        Extractor extractor = new Extractor(() -> new StoredAnnotator(NlpPipeline::shared, annotations),
                Gazetteer.bundled()).withArticleTimeout(java.time.Duration.ofSeconds(300));
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        List<Reading> readings = jsonl.endsWith("dev-articles") ? meantime(extractor, jsonl)
                : java.nio.file.Files.isDirectory(jsonl) ? recognizers(extractor, jsonl)
                : readings(extractor, jsonl, split);
        for (Reading reading : readings) {
            out.println(reading.key() + "\t" + reading.rule() + "\t" + reading.confidence() + "\t"
                    + (reading.weak() ? "weak" : "sure") + "\t" + reading.sentence());
        }
    }

    /**
     * The relations read in the tuning half's entries of every Recognizers-Text spec file under the folder (entries 0,
     * 2, 4 ...; WSJ sentences, most of them lower-cased), named {@code file#rank}.
     */
    public static List<Reading> recognizers(Extractor extractor, Path folder) throws IOException {
        List<Reading> readings = new ArrayList<>();
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        List<Path> specs;
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(folder)) {
            specs = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        for (Path spec : specs) {
            JsonNode entries = json.readTree(java.nio.file.Files.readString(spec, StandardCharsets.UTF_8)
                    .replace("\uFEFF", ""));
            for (int rank = 0; rank < entries.size(); rank++) {
                if (!Halves.Half.TUNING.holdsRank(rank)) {
                    continue;
                }
                String text = entries.get(rank).path("Input").asText();
                String id = folder.relativize(spec) + "#" + rank;
                add(readings, extractor, id, text, null);
            }
        }
        return readings;
    }

    /**
     * The relations read in the MEANTIME dev articles of the tuning half (the folder {@code dev-articles}; s24-relprec),
     * each article extracted whole as the relation scores extract it, named {@code article#sentence}, with the sentence
     * that holds each relation's evidence.
     */
    public static List<Reading> meantime(Extractor extractor, Path articles) throws IOException {
        return meantime(extractor, articles, id -> true);
    }

    /** The relations read in the tuning half's dev articles whose MEANTIME id ("1007169") passes. */
    public static List<Reading> meantime(Extractor extractor, Path articles, java.util.function.Predicate<String> ids)
            throws IOException {
        List<Reading> readings = new ArrayList<>();
        List<Path> files;
        try (java.util.stream.Stream<Path> listing = java.nio.file.Files.list(articles)) {
            files = listing.filter(f -> f.getFileName().toString().matches(".*\\.(md|txt)")).sorted()
                    .filter(f -> Halves.meantimeHolds(Halves.Half.TUNING, Halves.MEANTIME_DEV,
                            f.getFileName().toString()))
                    .filter(f -> ids.test(Halves.meantimeId(f.getFileName().toString()))).toList();
        }
        for (Path file : files) {
            Extraction extraction = extractor.extract(GoldFile.readArticle(file));
            String article = Halves.meantimeId(file.getFileName().toString());
            for (Relation relation : extraction.relations()) {
                String predicate = relation.role() == null ? relation.predicate()
                        : relation.predicate() + ":" + relation.role();
                String said = relation.evidence() == null ? "" : relation.evidence().text();
                readings.add(new Reading(article + "#" + (relation.evidence() == null ? "" : relation.evidence()
                        .sentence()), extraction.nameOf(relation.subject()), predicate,
                        extraction.nameOf(relation.object()), relation.rule(), relation.confidence(), relation.weak(),
                        said));
            }
        }
        return readings;
    }

    private static void add(List<Reading> readings, Extractor extractor, String id, String text,
            java.time.LocalDate date) {
        Extraction extraction;
        try {
            extraction = extractor.extractWithinBudget("real-text", text, date);
        } catch (ArticleTimeoutException e) {
            return;
        }
        for (Relation relation : extraction.relations()) {
            String predicate = relation.role() == null ? relation.predicate()
                    : relation.predicate() + ":" + relation.role();
            readings.add(new Reading(id, extraction.nameOf(relation.subject()), predicate,
                    extraction.nameOf(relation.object()), relation.rule(), relation.confidence(), relation.weak(),
                    text));
        }
    }

    /** The relations read in every sentence of the split, in file order. */
    public static List<Reading> readings(Extractor extractor, Path jsonl, String split) throws IOException {
        return readings(extractor, jsonl, split, id -> true);
    }

    /** The relations read in the sentences of the split whose id ({@code doc#sentence_id}) passes, in file order. */
    public static List<Reading> readings(Extractor extractor, Path jsonl, String split,
            java.util.function.Predicate<String> ids) throws IOException {
        List<Reading> readings = new ArrayList<>();
        for (JsonNode sentence : KpiEdgarEvaluation.sentences(jsonl, Halves.Half.ALL)) {
            if (!split.equals(sentence.path("split").asText())) {
                continue;
            }
            String id = sentence.path("doc").asText() + "#" + sentence.path("sentence_id").asText();
            if (!ids.test(id)) {
                continue;
            }
            add(readings, extractor, id, sentence.get("text").asText(),
                    KpiEdgarTime.filed(sentence.path("doc").asText(), sentence.path("year").asInt()));
        }
        return readings;
    }
}
