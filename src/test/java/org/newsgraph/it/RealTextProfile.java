package org.newsgraph.it;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.article.Article;
import org.newsgraph.extract.Extractor;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.NlpPipeline;

/**
 * Times the extraction rules alone on {@link RealTextIT}'s documents (all, or the slugs given): each is annotated by
 * CoreNLP once, then every document is extracted from its annotation {@code ROUNDS} times over, on this thread; prints
 * the CPU milliseconds of each document's fastest round (the least disturbed by the JIT, which runs on threads of its
 * own, and by the machine's other work), the slowest per 1,000 characters first. Run under JFR to see where the
 * time goes: {@code java -XX:StartFlightRecording=filename=rules.jfr -cp ... org.newsgraph.it.RealTextProfile 5 SLUG}.
 */
public final class RealTextProfile {

    private RealTextProfile() {
    }

    record Timed(Article document, double millis) {

        double perKiloChar() {
            return millis * 1000 / Math.max(1, document.text().length());
        }
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[0]);
        Set<String> wanted = Set.of(List.of(args).subList(1, args.length).toArray(String[]::new));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Extractor extractor = new Extractor();
        Map<Article, AnnotatedText> parsed = new LinkedHashMap<>();
        for (Article document : RealTextDocuments.all(Path.of("../shared/datasets"), RealTextIT.HANGING_SENTENCE)) {
            if (wanted.isEmpty() || wanted.contains(document.slug())) {
                parsed.put(document, NlpPipeline.shared().annotate(document.text(), document.date()));
            }
        }
        Map<Article, Long> best = new LinkedHashMap<>();
        for (int round = 0; round < rounds; round++) {
            for (Map.Entry<Article, AnnotatedText> entry : parsed.entrySet()) {
                long started = threads.getCurrentThreadCpuTime();
                extractor.extract(entry.getKey().slug(), entry.getValue());
                long spent = threads.getCurrentThreadCpuTime() - started;
                best.merge(entry.getKey(), spent, Math::min);
            }
        }
        List<Timed> timed = new ArrayList<>();
        best.forEach((document, nanos) -> timed.add(new Timed(document, nanos / 1e6)));
        System.out.printf(Locale.ROOT, "%d documents, rules %.1f CPU s in all (fastest of %d rounds each)%n",
                timed.size(), timed.stream().mapToDouble(Timed::millis).sum() / 1000, rounds);
        timed.sort(Comparator.comparingDouble(Timed::perKiloChar).reversed());
        for (Timed t : timed) {
            System.out.printf(Locale.ROOT, "%s\t%d chars\t%.1f ms\t%.1f ms per 1,000 chars%n", t.document().slug(),
                    t.document().text().length(), t.millis(), t.perKiloChar());
        }
    }
}
