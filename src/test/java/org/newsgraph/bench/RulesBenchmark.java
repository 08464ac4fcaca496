package org.newsgraph.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.newsgraph.Newsgraph;
import org.newsgraph.article.Article;
import org.newsgraph.eval.GoldFile;
import org.newsgraph.eval.Halves;
import org.newsgraph.eval.KpiEdgarTime;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.ExtractionJson;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.Gazetteer;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Annotator;
import org.newsgraph.nlp.NlpPipeline;
import org.newsgraph.nlp.StoredAnnotator;

/**
 * The rules' own CPU time (everything {@link Extractor#extract(String, AnnotatedText)} does after CoreNLP), on texts
 * whose CoreNLP annotations a folder already holds ({@code eval --annotations}), so that no CoreNLP model loads: the
 * sample articles, the MEANTIME dev articles (tuning half timed, all 60 written) and KPI-EDGAR's train and valid
 * sentences (as filings). Times are the main thread's CPU time, best of the rounds after a warm-up, per corpus; with
 * {@code --bare} it also annotates the timed texts with bare CoreNLP (the same annotators) and times that, so the
 * two compare in one JVM. With {@code --out DIR} each text's extraction JSON is written there (one file per text) to be
 * compared byte for byte with another commit's.
 *
 * <p>Usage (from the repository, with ../shared): {@code java -cp "$(bench/classpath)"
 * org.newsgraph.bench.RulesBenchmark --annotations /tmp/ann [--rounds 5] [--out DIR] [--bare|--bare-only]};
 * {@code --bare} loads CoreNLP (run it through {@code /work/bin/nlp-slot} on the shared machine), {@code --bare-only}
 * times CoreNLP alone (give {@code --rounds} before it).
 */
public final class RulesBenchmark {

    private static final Path SAMPLES = Path.of("articles");
    private static final Path KPI_EDGAR = Path.of("../shared/datasets/kpi-edgar/kpi_edgar.jsonl");

    /** One text with its annotations. */
    public record Text(String corpus, String name, boolean timed, String text, LocalDate date, AnnotatedText annotated,
                int tokens) {
    }

    public static void main(String[] args) throws Exception {
        Path annotations = null;
        Path out = null;
        int rounds = 5;
        boolean bare = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--annotations" -> annotations = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--bare" -> bare = true;
                case "--bare-only" -> {
                    bare = true;
                    rounds = -rounds;
                }
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (annotations == null) {
            throw new IllegalArgumentException("--annotations DIR is required");
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long startCpu = threads.getCurrentThreadCpuTime();
        long startWall = System.nanoTime();
        Annotator stored = stored(annotations);
        int[] missing = {0};
        List<Text> texts = texts(stored, missing);
        System.out.printf(Locale.ROOT, "# read %d annotated texts (%d not in %s, left out) in %.1f CPU s%n",
                texts.size(), missing[0], annotations, (threads.getCurrentThreadCpuTime() - startCpu) / 1e9);

        Extractor news = new Extractor(() -> stored, Gazetteer.bundled());
        Extractor filings = news.forFilings();
        long coldCpu = threads.getCurrentThreadCpuTime();
        long coldWall = System.nanoTime();
        Lexicon.shared();
        extract(news, texts.get(0));
        extract(filings, texts.stream().filter(t -> t.corpus().startsWith("kpi")).findFirst().orElseThrow());
        System.out.printf(Locale.ROOT, "# first extractions (word lists, rules, lexicon, models loaded): %.2f CPU s,"
                        + " %.2f s wall; JVM up %.1f s%n", (threads.getCurrentThreadCpuTime() - coldCpu) / 1e9,
                (System.nanoTime() - coldWall) / 1e9, (System.nanoTime() - startWall) / 1e9);

        if (out != null) {
            Files.createDirectories(out);
            for (Text text : texts) {
                Extraction extraction = extract(text.corpus().startsWith("kpi") ? filings : news, text);
                Files.writeString(out.resolve(text.corpus() + "-" + text.name() + ".json"),
                        ExtractionJson.toPrettyJson(extraction) + "\n" + extraction + "\n");
            }
        }

        List<String> corpora = texts.stream().filter(Text::timed).map(Text::corpus).distinct().toList();
        if (rounds < 0) { // --bare-only: CoreNLP's time alone
            bare(texts, corpora, -rounds, threads);
            return;
        }
        System.out.println("| corpus | texts | tokens | rules CPU s (best of " + rounds + ") | ms per text "
                + "| ms per 1,000 tokens | all rounds |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (String corpus : corpora) {
            List<Text> timed = texts.stream().filter(t -> t.corpus().equals(corpus)).toList();
            Extractor extractor = corpus.startsWith("kpi") ? filings : news;
            int tokens = timed.stream().mapToInt(Text::tokens).sum();
            for (Text text : timed) {
                extract(extractor, text); // warm-up round
            }
            List<Double> seconds = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                long cpu = threads.getCurrentThreadCpuTime();
                for (Text text : timed) {
                    extract(extractor, text);
                }
                seconds.add((threads.getCurrentThreadCpuTime() - cpu) / 1e9);
            }
            double best = seconds.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
            System.out.printf(Locale.ROOT, "| %s | %d | %,d | %.3f | %.1f | %.1f | %s |%n", corpus, timed.size(),
                    tokens, best, 1000 * best / timed.size(), 1000 * best / tokens * 1000,
                    seconds.stream().map(s -> String.format(Locale.ROOT, "%.3f", s)).toList());
        }
        if (bare) {
            bare(texts, corpora, rounds, threads);
        }
    }

    /** Bare CoreNLP with the pipeline's own properties on the same texts, one thread, CPU time of this thread. */
    private static void bare(List<Text> texts, List<String> corpora, int rounds, ThreadMXBean threads) {
        long load = threads.getCurrentThreadCpuTime();
        StanfordCoreNLP pipeline = new StanfordCoreNLP(NlpPipeline.properties());
        System.out.printf(Locale.ROOT, "# bare CoreNLP loaded in %.1f CPU s%n",
                (threads.getCurrentThreadCpuTime() - load) / 1e9);
        System.out.println("| corpus | texts | bare CoreNLP CPU s (best of " + rounds + ") | ms per text "
                + "| ms per 1,000 tokens | all rounds |");
        System.out.println("|---|---|---|---|---|---|");
        for (String corpus : corpora) {
            List<Text> timed = texts.stream().filter(t -> t.corpus().equals(corpus)).toList();
            if (corpus.startsWith("kpi")) {
                timed = timed.subList(0, Math.min(100, timed.size())); // a slice: CoreNLP is slow, the rate is enough
            }
            int tokens = timed.stream().mapToInt(Text::tokens).sum();
            for (Text text : timed) {
                pipeline.annotate(new Annotation(text.text()));
            }
            List<Double> seconds = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                long cpu = threads.getCurrentThreadCpuTime();
                for (Text text : timed) {
                    pipeline.annotate(new Annotation(text.text()));
                }
                seconds.add((threads.getCurrentThreadCpuTime() - cpu) / 1e9);
            }
            double best = seconds.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
            System.out.printf(Locale.ROOT, "| %s | %d | %.3f | %.1f | %.1f | %s |%n", corpus, timed.size(), best,
                    1000 * best / timed.size(), 1000 * best / tokens * 1000,
                    seconds.stream().map(s -> String.format(Locale.ROOT, "%.3f", s)).toList());
        }
    }

    /**
     * The texts of the corpora with their stored annotations: the sample articles, the 60 MEANTIME dev articles (the
     * tuning half timed), KPI-EDGAR's train and valid sentences; a text the folder does not hold is counted in
     * {@code missing[0]} and left out.
     */
    public static List<Text> texts(Annotator stored, int[] missing) throws IOException {
        List<Text> texts = new ArrayList<>();
        for (Article article : Newsgraph.readAll(SAMPLES, new ArrayList<>())) {
            add(texts, stored, missing, "samples", article.slug(), true, article.text(), article.date());
        }
        try (Stream<Path> files = Files.list(Halves.MEANTIME_ARTICLES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                Article article = GoldFile.readArticle(file);
                boolean tuning = Halves.meantimeHolds(Halves.Half.TUNING, Halves.MEANTIME_DEV,
                        file.getFileName().toString());
                add(texts, stored, missing, tuning ? "meantime-tuning" : "meantime-other", article.slug(), tuning,
                        article.text(), article.date());
            }
        }
        ObjectMapper json = new ObjectMapper();
        int line = 0;
        for (String row : Files.readAllLines(KPI_EDGAR, StandardCharsets.UTF_8)) {
            line++;
            if (row.isBlank()) {
                continue;
            }
            JsonNode sentence = json.readTree(row);
            String split = sentence.path("split").asText();
            if (split.equals("train") || split.equals("valid")) {
                add(texts, stored, missing, "kpi-" + split, String.format(Locale.ROOT, "kpi-%05d", line),
                        true, sentence.get("text").asText(),
                        KpiEdgarTime.filed(sentence.path("doc").asText(), sentence.path("year").asInt()));
            }
        }
        return texts;
    }

    /** A reader of the folder's annotations that never loads CoreNLP: a text it lacks throws. */
    public static Annotator stored(Path annotations) {
        return StoredAnnotator.readOnly(() -> (text, date) -> {
            throw new MissingAnnotations();
        }, annotations);
    }

    private static Extraction extract(Extractor extractor, Text text) {
        return extractor.extract(text.name(), text.annotated());
    }

    private static void add(List<Text> texts, Annotator stored, int[] missing, String corpus, String name,
                            boolean timed, String text, LocalDate date) {
        if (text.isBlank()) {
            return;
        }
        try {
            AnnotatedText annotated = stored.annotate(text, date);
            texts.add(new Text(corpus, name, timed, text, date, annotated,
                    annotated.sentences().stream().mapToInt(s -> s.tokens().size()).sum()));
        } catch (MissingAnnotations e) {
            missing[0]++;
        }
    }

    /** A text the annotations folder does not hold. */
    private static final class MissingAnnotations extends RuntimeException {
        MissingAnnotations() {
            super(null, null, false, false);
        }
    }

    private RulesBenchmark() {
    }
}
