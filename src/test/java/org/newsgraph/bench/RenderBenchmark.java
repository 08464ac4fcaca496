package org.newsgraph.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.extract.ExtractedArticle;
import org.newsgraph.extract.Extraction;
import org.newsgraph.graph.GraphBuilder;
import org.newsgraph.graph.Iris;
import org.newsgraph.io.StagedOutput;
import org.newsgraph.resolve.ResolvedEntity;
import org.newsgraph.resolve.Resolver;
import org.newsgraph.site.SiteRenderer;

/**
 * Render-only benchmark: a synthetic archive (default 10,000 articles, 20,000 entities, 100,000 figures) through
 * resolve, graph and render, with stage times and peak heap; it also writes the same pages as Markdown for Hugo.
 * Run by {@code bench/render-vs-hugo}; arguments: OUT_DIR [ARTICLES ENTITIES FIGURES_PER_ARTICLE].
 */
public final class RenderBenchmark {

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        int articles = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int entities = args.length > 2 ? Integer.parseInt(args[2]) : 20_000;
        int figures = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        // As the command line runs (Main): the render's code compiled by C1 only; NEWSGRAPH_BENCH_C2=1 leaves it to C2.
        if (System.getenv("NEWSGRAPH_BENCH_C2") == null) {
            System.out.println("compiler setup: " + org.newsgraph.cli.CompilerSetup.apply());
        }
        try (HeapWatch heap = new HeapWatch()) {
            List<ExtractedArticle> corpus = SyntheticCorpus.generate(articles, entities, figures);
            Iris iris = new Iris(Iris.DEFAULT_BASE);
            long t0 = System.nanoTime();
            List<ResolvedEntity> resolved = new Resolver().resolve(corpus.stream().map(ExtractedArticle::extraction).toList());
            long t1 = System.nanoTime();
            DatasetGraph dataset = new GraphBuilder(iris).build(corpus, resolved);
            long t2 = System.nanoTime();
            int figureCount = corpus.stream().map(ExtractedArticle::extraction).mapToInt(e -> e.figures().size()).sum();
            System.out.printf(Locale.ROOT, "| synthetic archive | %,d articles, %,d entities, %,d figures, %,d quads |%n",
                    corpus.size(), resolved.size(), figureCount, dataset.stream().count());
            System.out.printf(Locale.ROOT, "| resolve + graph (not part of render-only) | %.1f s + %.1f s; %s |%n",
                    (t1 - t0) / 1e9, (t2 - t1) / 1e9, heap.phase());
            long t3 = System.nanoTime();
            long cpu3 = cpuNanos();
            ThreadCpu threads3 = ThreadCpu.now();
            try (StagedOutput output = StagedOutput.open(out.resolve("newsgraph-site"))) {
                new SiteRenderer(Path.of("templates"), iris).render(dataset, output);
                output.commit();
            }
            long t4 = System.nanoTime();
            long cpu4 = cpuNanos();
            ThreadCpu threads4 = ThreadCpu.now();
            Counts counts = Counts.of(out.resolve("newsgraph-site"));
            System.out.printf(Locale.ROOT, "| newsgraph render-only (%d threads) | **%.1f s**: %,d HTML pages, %,d RDF files "
                    + "(Turtle + JSON-LD per page, 4 dumps), %,d files, %,d MiB; %s |%n",
                    Runtime.getRuntime().availableProcessors(), (t4 - t3) / 1e9, counts.html, counts.rdf, counts.files,
                    counts.bytes >> 20, heap.phase());
            System.out.printf(Locale.ROOT, "newsgraph render seconds: %.2f%n", (t4 - t3) / 1e9);
            // CPU time of the whole process during the render (all threads): on a shared machine, steadier than the
            // wall clock, which counts the time other processes had the cores.
            System.out.printf(Locale.ROOT, "newsgraph render cpu seconds: %.2f%n", (cpu4 - cpu3) / 1e9);
            System.out.printf(Locale.ROOT, "newsgraph pages: %d%n", counts.html);
            // Where that CPU time went by thread kind: the render's own code, the JIT compilers, the collector.
            System.out.printf(Locale.ROOT, "newsgraph render cpu by thread: %s %n",
                    threads4.since(threads3, (cpu4 - cpu3) / 1e9));
            // One article retitled (a typo fixed): graph built again, then rendered over the site just written.
            List<ExtractedArticle> edited = new java.util.ArrayList<>(corpus);
            ExtractedArticle first = edited.get(edited.size() / 2);
            org.newsgraph.article.Article a = first.article();
            edited.set(edited.size() / 2, new ExtractedArticle(new org.newsgraph.article.Article(a.slug(), a.file(),
                    a.title() + " (corrected)", a.date(), a.author(), a.source(), a.url(), a.tags(), a.body(), a.text(),
                    a.blocks()), first.extraction()));
            long t5 = System.nanoTime();
            DatasetGraph again = new GraphBuilder(iris).build(edited, resolved);
            long t6 = System.nanoTime();
            int written;
            int unchanged;
            try (StagedOutput output = StagedOutput.open(out.resolve("newsgraph-site"))) {
                new SiteRenderer(Path.of("templates"), iris).render(again, output);
                output.commit();
                written = output.written();
                unchanged = output.reused();
            }
            long t7 = System.nanoTime();
            System.out.printf(Locale.ROOT, "| one article retitled: graph again + render over the site | %.1f s + "
                    + "**%.1f s**: %,d files written, %,d unchanged; %s |%n", (t6 - t5) / 1e9, (t7 - t6) / 1e9, written,
                    unchanged, heap.phase());
            writeHugoSite(out.resolve("hugo"), corpus, resolved);
        }
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private record Counts(long html, long rdf, long files, long bytes) {
        static Counts of(Path site) throws java.io.IOException {
            long html = 0;
            long rdf = 0;
            long files = 0;
            long bytes = 0;
            try (var walk = Files.walk(site)) {
                for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                    String name = p.getFileName().toString();
                    html += name.endsWith(".html") ? 1 : 0;
                    rdf += name.endsWith(".ttl") || name.endsWith(".jsonld") || name.endsWith(".trig")
                            || name.endsWith(".nt") ? 1 : 0;
                    files++;
                    bytes += Files.size(p);
                }
            }
            return new Counts(html, rdf, files, bytes);
        }
    }

    /**
     * The same pages as Hugo content, with what our pages show: an article's text, figures table, relations and
     * entities; an entity's figures, relations both ways, the articles that mention it with the sentence.
     */
    private static void writeHugoSite(Path hugo, List<ExtractedArticle> corpus, List<ResolvedEntity> entities) throws Exception {
        Files.createDirectories(hugo.resolve("layouts/_default"));
        Files.writeString(hugo.resolve("hugo.toml"), "baseURL = 'http://localhost:8080/'\ntitle = 'bench'\n"
                + "disableKinds = ['taxonomy', 'term', 'RSS', 'sitemap']\n");
        Files.writeString(hugo.resolve("layouts/_default/single.html"), "<!DOCTYPE html><html><head><title>{{ .Title }}"
                + "</title></head><body><main><h1>{{ .Title }}</h1>{{ .Content }}</main></body></html>\n");
        Files.writeString(hugo.resolve("layouts/_default/list.html"), "<!DOCTYPE html><html><body><ul>{{ range first 50 "
                + ".Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul></body></html>\n");
        Files.writeString(hugo.resolve("layouts/index.html"), "<!DOCTYPE html><html><body><ul>{{ range first 50 "
                + ".Site.RegularPages }}<li>{{ .Title }}</li>{{ end }}</ul></body></html>\n");
        record EntityPage(StringBuilder figures, StringBuilder relations, StringBuilder mentions) {
        }
        java.util.Map<String, EntityPage> entityPages = new java.util.HashMap<>();
        for (ResolvedEntity entity : entities) {
            entityPages.put(entity.id(), new EntityPage(new StringBuilder(), new StringBuilder(), new StringBuilder()));
        }
        Path articles = Files.createDirectories(hugo.resolve("content/article"));
        for (ExtractedArticle a : corpus) {
            Extraction e = a.extraction();
            String link = "[" + a.article().title() + "](/article/" + a.article().slug() + "/)";
            StringBuilder md = new StringBuilder("---\ntitle: \"" + a.article().title() + "\"\ndate: "
                    + a.article().date() + "\n---\n\n" + a.article().text() + "\n\n| figure | value | unit | about |\n"
                    + "|---|---|---|---|\n");
            e.figures().forEach(f -> {
                String row = "| " + f.text() + " | " + f.value() + " | " + f.unit() + " | " + f.subject() + " |";
                md.append(row).append('\n');
                if (f.subject() != null && entityPages.containsKey(f.subject())) {
                    entityPages.get(f.subject()).figures().append(row).append(" ").append(link).append(" |\n");
                }
            });
            md.append('\n');
            e.relations().forEach(r -> {
                String line = "- " + r.subject() + " " + r.predicate() + " " + r.object() + ": " + r.evidence().text() + "\n";
                md.append(line);
                for (String id : List.of(r.subject(), r.object())) {
                    if (entityPages.containsKey(id)) {
                        entityPages.get(id).relations().append(line);
                    }
                }
            });
            e.entities().forEach(en -> {
                md.append("\n- [").append(en.name()).append("](/entity/").append(en.id()).append("/)");
                if (entityPages.containsKey(en.id())) {
                    var sentence = e.sentences().get(en.mentions().get(0).sentence());
                    String said = a.article().text().substring(sentence.start(), sentence.end());
                    entityPages.get(en.id()).mentions().append("- ").append(link).append(": ").append(said).append('\n');
                }
            });
            Files.writeString(articles.resolve(a.article().slug() + ".md"), md, StandardCharsets.UTF_8);
        }
        Path entityDir = Files.createDirectories(hugo.resolve("content/entity"));
        for (ResolvedEntity entity : entities) {
            EntityPage page = entityPages.get(entity.id());
            Files.writeString(entityDir.resolve(entity.id() + ".md"), "---\ntitle: \"" + entity.name() + "\"\n---\n\n"
                    + entity.type().label() + ", mentioned " + entity.mentionCount() + " times.\n\n## Figures\n\n"
                    + "| figure | value | unit | about | article |\n|---|---|---|---|---|\n" + page.figures()
                    + "\n## Relations\n\n" + page.relations() + "\n## Mentions\n\n" + page.mentions(),
                    StandardCharsets.UTF_8);
        }
    }
}
