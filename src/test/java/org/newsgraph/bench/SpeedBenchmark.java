package org.newsgraph.bench;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsgraph.BuildConfig;
import org.newsgraph.Newsgraph;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleProblem;
import org.newsgraph.extract.Extractor;
import org.newsgraph.nlp.NlpPipeline;
import org.newsgraph.testing.SampleProject;

/**
 * Extraction speed on the sample corpus, in one JVM: cold start to the first extracted article, bare CoreNLP with
 * the same annotators vs a full build (overhead ratio), warm throughput with 1 and 2 workers, peak memory.
 * Run by {@code bench/speed}; argument: the articles folder.
 */
public final class SpeedBenchmark {

    private static final int ROUNDS = 3;

    public static void main(String[] args) throws Exception {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        List<ArticleProblem> problems = new ArrayList<>();
        List<Article> articles = Newsgraph.readAll(Path.of(args.length > 0 ? args[0] : "articles"), problems);
        Extractor extractor = new Extractor();
        long loadStart = System.nanoTime();
        NlpPipeline.shared();
        long loaded = System.nanoTime();
        extractor.extract(articles.get(0));
        long firstDone = System.currentTimeMillis();
        System.out.printf(Locale.ROOT, "cold start: JVM start to first article extracted %.1f s (pipeline load %.1f s)%n",
                (firstDone - jvmStart) / 1e3, (loaded - loadStart) / 1e9);

        StanfordCoreNLP bare = new StanfordCoreNLP(NlpPipeline.properties());
        int tokens = 0;
        for (Article article : articles) {
            tokens += NlpPipeline.shared().annotate(article.text(), article.date()).sentences().stream()
                    .mapToInt(s -> s.tokens().size()).sum();
        }
        double bareSeconds = best(() -> {
            for (Article article : articles) {
                bare.annotate(new Annotation(article.text()));
            }
        });
        Path project = SampleProject.create(Files.createTempDirectory("newsgraph-bench"));
        SampleProject.copyTree(Path.of(args.length > 0 ? args[0] : "articles"), project.resolve("articles-copy"));
        BuildConfig config = new BuildConfig(project.resolve("articles-copy"), project.resolve("site"),
                project.resolve("templates"), "http://localhost:8080/");
        double buildSeconds = best(() -> new Newsgraph(extractor, 1).build(config));
        System.out.printf(Locale.ROOT, "corpus: %d articles, %d tokens%n", articles.size(), tokens);
        System.out.printf(Locale.ROOT, "bare CoreNLP (same annotators, 1 thread): %.2f s; full build (1 worker): %.2f s; "
                + "overhead %.2fx%n", bareSeconds, buildSeconds, buildSeconds / bareSeconds);

        List<Article> many = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            many.addAll(articles);
        }
        double one = best(() -> extractor.extractAll(many, 1, SpeedBenchmark::fail));
        double two = best(() -> extractor.extractAll(many, 2, SpeedBenchmark::fail));
        System.out.printf(Locale.ROOT, "warm throughput, 1 worker: %.0f tokens/s, %.1f articles/min%n",
                3 * tokens / one, 60 * many.size() / one);
        System.out.printf(Locale.ROOT, "warm throughput, 2 workers: %.0f tokens/s, %.1f articles/min (%.2fx)%n",
                3 * tokens / two, 60 * many.size() / two, one / two);
        System.out.printf(Locale.ROOT, "peak heap %d MiB, peak RSS %s%n", RenderBenchmark.peakHeap() >> 20, peakRss());
    }

    private static void fail(Article article, RuntimeException e) {
        throw new IllegalStateException(article.file() + ": " + e, e);
    }

    interface Work {
        void run() throws Exception;
    }

    /** The best of a few rounds: the least disturbed by other work on the machine. */
    private static double best(Work work) throws Exception {
        double best = Double.MAX_VALUE;
        for (int round = 0; round < ROUNDS; round++) {
            long start = System.nanoTime();
            work.run();
            best = Math.min(best, (System.nanoTime() - start) / 1e9);
        }
        return best;
    }

    static String peakRss() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM"))
                    .map(l -> l.replaceAll("\\s+", " ").substring(6).strip()).findFirst().orElse("n/a");
        } catch (java.io.IOException e) {
            return "n/a";
        }
    }

}
