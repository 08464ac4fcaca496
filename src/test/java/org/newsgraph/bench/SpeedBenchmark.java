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
 * the same annotators vs a full build (overhead ratio), warm throughput with 1 and 2 workers, peak memory. Each phase
 * is timed by the wall clock and by the process's CPU time ({@link ProcessCpu}: all threads, JIT and GC included); the
 * "CPU:" rows can be read on a loaded machine, the wall-clock rows only on a quiet one.
 * Run by {@code bench/speed}; argument: the articles folder.
 */
public final class SpeedBenchmark {

    private static final int ROUNDS = 3;
    /** The overhead ratios compare two short runs: more rounds, so that one quiet moment is likely in each. */
    private static final int RATIO_ROUNDS = 5;

    public static void main(String[] args) throws Exception {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        HeapWatch heap = new HeapWatch();
        row("machine at the start", ProcessCpu.load());
        List<ArticleProblem> problems = new ArrayList<>();
        Path folder = Path.of(args.length > 0 ? args[0] : "articles");
        List<Article> articles = Newsgraph.readAll(folder, problems);
        Extractor extractor = new Extractor();
        long loadStart = System.nanoTime();
        long loadStartCpu = ProcessCpu.nanos();
        NlpPipeline.shared();
        long loaded = System.nanoTime();
        long loadedCpu = ProcessCpu.nanos();
        extractor.extract(articles.get(0));
        long firstDone = System.currentTimeMillis();
        long firstNanos = System.nanoTime();
        long firstCpu = ProcessCpu.nanos();
        double total = (firstDone - jvmStart) / 1e3;
        double load = (loaded - loadStart) / 1e9;
        double first = (firstNanos - loaded) / 1e9;
        row("cold start: JVM start to first article extracted", String.format(Locale.ROOT,
                "**%.1f s** (JVM start and reading %.1f s, CoreNLP load %.1f s, first article %.1f s); %s", total,
                total - load - first, load, first, heap.phase()));
        row("CPU: cold start, JVM start to first article extracted", String.format(Locale.ROOT,
                "**%.1f CPU s** (JVM start and reading %.1f, CoreNLP load %.1f, first article %.1f)", firstCpu / 1e9,
                loadStartCpu / 1e9, (loadedCpu - loadStartCpu) / 1e9, (firstCpu - loadedCpu) / 1e9));

        StanfordCoreNLP bare = new StanfordCoreNLP(NlpPipeline.properties());
        int tokens = 0;
        for (Article article : articles) {
            tokens += NlpPipeline.shared().annotate(article.text(), article.date()).sentences().stream()
                    .mapToInt(s -> s.tokens().size()).sum();
        }
        Cost bareSeconds = best(RATIO_ROUNDS, () -> {
            for (Article article : articles) {
                bare.annotate(new Annotation(article.text()));
            }
        });
        Path project = SampleProject.create(Files.createTempDirectory("newsgraph-bench"));
        SampleProject.copyTree(folder, project.resolve("articles-copy"));
        // Bare CoreNLP is warm by now (it annotated the corpus above); so must the build's own code be (the render's
        // JIT), or the comparison charges the build for compiling it.
        build(project, extractor, 1);
        Cost buildSeconds = best(RATIO_ROUNDS, () -> build(project, extractor, 1));
        row("corpus", String.format(Locale.ROOT, "%d articles, %,d tokens (`%s`)", articles.size(), tokens, folder));
        row("bare CoreNLP (same annotators, 1 thread) vs full `build` (1 worker, no cache), best of " + RATIO_ROUNDS,
                String.format(Locale.ROOT, "%.2f s vs %.2f s: overhead **%.2fx**; %s", bareSeconds.wall(),
                        buildSeconds.wall(), buildSeconds.wall() / bareSeconds.wall(), heap.phase()));
        row("CPU: bare CoreNLP (1 thread) vs full `build` (1 worker), least of " + RATIO_ROUNDS, cpuRatio(bareSeconds,
                buildSeconds));
        Cost bareTwo = best(RATIO_ROUNDS, () -> bare.annotate(articles.stream().map(a -> new Annotation(a.text())).toList(), 2));
        build(project, extractor, 2);
        Cost buildTwo = best(RATIO_ROUNDS, () -> build(project, extractor, 2));
        row("bare CoreNLP (2 documents at a time) vs full `build` (2 workers, the default here), best of " + RATIO_ROUNDS,
                String.format(Locale.ROOT, "%.2f s vs %.2f s: overhead **%.2fx**; %s", bareTwo.wall(), buildTwo.wall(),
                        buildTwo.wall() / bareTwo.wall(), heap.phase()));
        row("CPU: bare CoreNLP (2 documents at a time) vs full `build` (2 workers), least of " + RATIO_ROUNDS,
                cpuRatio(bareTwo, buildTwo));

        List<Article> many = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            many.addAll(articles);
        }
        Cost one = best(() -> extractor.extractAll(many, 1, SpeedBenchmark::fail));
        String oneHeap = heap.phase();
        Cost two = best(() -> extractor.extractAll(many, 2, SpeedBenchmark::fail));
        row("warm extraction, 1 worker (corpus x3)", String.format(Locale.ROOT, "%,.0f tokens/s, %.1f articles/min; %s",
                3 * tokens / one.wall(), 60 * many.size() / one.wall(), oneHeap));
        row("warm extraction, 2 workers (corpus x3)", String.format(Locale.ROOT,
                "%,.0f tokens/s, %.1f articles/min: **%.2fx** 1 worker; %s", 3 * tokens / two.wall(),
                60 * many.size() / two.wall(), one.wall() / two.wall(), heap.phase()));
        row("CPU: warm extraction, 1 worker (corpus x3), least of " + ROUNDS, String.format(Locale.ROOT,
                "%.2f CPU s, **%.3f CPU s per article**, %,.0f tokens per CPU s", one.cpu(), one.cpu() / many.size(),
                3 * tokens / one.cpu()));
        row("CPU: warm extraction, 2 workers (corpus x3), least of " + ROUNDS, String.format(Locale.ROOT,
                "%.2f CPU s, **%.3f CPU s per article**: %.2fx the CPU of 1 worker (the cost of running two at once)",
                two.cpu(), two.cpu() / many.size(), two.cpu() / one.cpu()));
        row("process peak RSS", peakRss());
        row("machine at the end", ProcessCpu.load());
        heap.close();
    }

    /** A full build every time: no cached extractions, and no site whose stamp would make it a no-op. */
    private static void build(Path project, Extractor extractor, int workers) throws Exception {
        Path site = Files.createTempDirectory(project, "site").resolve("site");
        new Newsgraph(extractor, workers).build(new BuildConfig(project.resolve("articles-copy"), site,
                project.resolve("templates"), "http://localhost:8080/", Files.createTempDirectory(project, "cache")));
    }

    private static void row(String what, String result) {
        System.out.println("| " + what + " | " + result + " |");
    }

    private static void fail(Article article, RuntimeException e) {
        throw new IllegalStateException(article.file() + ": " + e, e);
    }

    interface Work {
        void run() throws Exception;
    }

    /** What a piece of work cost: wall-clock seconds and CPU seconds of the whole process. */
    record Cost(double wall, double cpu) {
    }

    /**
     * The best of a few rounds: the least wall-clock time and, separately, the least CPU time (each the least
     * disturbed by other work on the machine; CPU time is disturbed much less).
     */
    private static Cost best(Work work) throws Exception {
        return best(ROUNDS, work);
    }

    private static Cost best(int rounds, Work work) throws Exception {
        double wall = Double.MAX_VALUE;
        double cpu = Double.MAX_VALUE;
        for (int round = 0; round < rounds; round++) {
            long start = System.nanoTime();
            long startCpu = ProcessCpu.nanos();
            work.run();
            cpu = Math.min(cpu, (ProcessCpu.nanos() - startCpu) / 1e9);
            wall = Math.min(wall, (System.nanoTime() - start) / 1e9);
        }
        return new Cost(wall, cpu);
    }

    private static String cpuRatio(Cost bare, Cost build) {
        return String.format(Locale.ROOT, "%.2f CPU s vs %.2f CPU s: overhead **%.2fx**", bare.cpu(), build.cpu(),
                build.cpu() / bare.cpu());
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
