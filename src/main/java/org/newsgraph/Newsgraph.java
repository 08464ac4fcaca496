package org.newsgraph;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleProblem;
import org.newsgraph.article.ArticleReader;
import org.newsgraph.article.ArticleScan;
import org.newsgraph.article.NewArticle;
import org.newsgraph.cache.ExtractionCache;
import org.newsgraph.cache.ExtractionMemory;
import org.newsgraph.cache.IncrementalExtraction;
import org.newsgraph.cache.ScanCache;
import org.newsgraph.cache.TimedOutArticles;
import org.newsgraph.extract.ExtractedArticle;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Extractor;
import org.newsgraph.graph.GraphBuilder;
import org.newsgraph.graph.GraphHashes;
import org.newsgraph.graph.GraphMemory;
import org.newsgraph.graph.Iris;
import org.newsgraph.io.OldFolders;
import org.newsgraph.io.SiteLock;
import org.newsgraph.io.StagedOutput;
import org.newsgraph.resolve.Curation;
import org.newsgraph.resolve.ResolvedEntity;
import org.newsgraph.resolve.ResolutionMemory;
import org.newsgraph.resolve.Resolver;
import org.newsgraph.site.ArticleMemory;
import org.newsgraph.site.GraphInputs;
import org.newsgraph.site.InputKeyMemory;
import org.newsgraph.site.SiteRenderer;
import org.newsgraph.sparql.QueryPolicy;
import org.newsgraph.sparql.QueryRunner;
import org.newsgraph.sparql.ResultFormat;
import org.newsgraph.sparql.SiteGraph;
import org.newsgraph.store.GraphStore;

/** The front door: build a site from a folder of articles, or extract one text. The CLI and tests call this. */
public final class Newsgraph {

    private final Supplier<Extractor> extractor;
    private final int workers;
    /**
     * What this process's last build kept for its next ({@code serve} builds again): what its render read back from
     * each article graph, the graphs it made by the key of their inputs, the extractions it used by cache key, the
     * graph-input keys it computed with their inputs, the articles' extractions its resolution rewrote. The warm-up's
     * sample build has memories of its own.
     */
    private volatile Memories memories = Memories.fresh();
    /**
     * Articles whose extraction ran past its budget in an earlier build of this process: {@code serve}'s rebuilds do
     * not wait the budget for them again until their text changes ({@link TimedOutArticles}).
     */
    private final TimedOutArticles timedOut = new TimedOutArticles();
    /** Who deletes the previous site once a build's new one is in place: at once unless told otherwise. */
    private volatile OldFolders oldSites = OldFolders.now();
    /** What a build commits its site under: {@code serve}'s requests read under the same lock. */
    private volatile SiteLock siteLock = SiteLock.create();

    public Newsgraph() {
        this(Extractor::new, defaultWorkers());
    }

    public Newsgraph(Extractor extractor) {
        this(extractor, defaultWorkers());
    }

    /**
     * @param workers articles extracted at once (threads sharing the one CoreNLP pipeline)
     */
    public Newsgraph(Extractor extractor, int workers) {
        this(() -> extractor, workers);
    }

    /**
     * @param extractor makes the extractor on first use: a build that takes every article from the cache never makes
     *                  one (its figure parser's word lists alone cost about a second of a start)
     * @param workers   articles extracted at once (threads sharing the one CoreNLP pipeline)
     */
    public Newsgraph(Supplier<Extractor> extractor, int workers) {
        this.extractor = once(extractor);
        this.workers = workers;
    }

    /** A supplier that asks {@code source} once, from whichever thread comes first. */
    private static <T> Supplier<T> once(Supplier<T> source) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = Objects.requireNonNull(source.get(), "extractor");
                }
                return value;
            }
        };
    }

    /** How many graphs this process's last build kept the input key of (compared with the build before, not digested). */
    int inputKeysKept() {
        return memories.inputKeys().reused();
    }

    /** How many graphs this process's last render counted for the graph statistics. */
    int graphsCounted() {
        return memories.articles().graphsCounted();
    }

    /** How many extractions this process's last build took from the one before it instead of the cache. */
    int extractionsTakenOver() {
        return memories.extractions().reused();
    }

    /** How many articles' resolved extractions this process's last build took over from the build before it. */
    int resolutionsTakenOver() {
        return memories.resolutions().reused();
    }

    /** How many graphs this process's last build took over from the build before it (made from the same inputs). */
    int graphsTakenOver() {
        return memories.graphs().reused();
    }

    /**
     * Has each later build hand the previous site, put aside by its commit, to {@code oldSites} instead of deleting it
     * before the build returns: {@code serve} deletes them in the background, so that open pages reload without
     * waiting for thousands of files to be unlinked. The caller closes {@code oldSites}.
     */
    public void deleteOldSitesWith(OldFolders oldSites) {
        this.oldSites = Objects.requireNonNull(oldSites, "oldSites");
    }

    /**
     * Has each later build commit its site (and complete a killed commit) under {@code siteLock}: {@code serve} reads
     * the site under it, so that no request sees a half-committed site.
     */
    public void commitUnder(SiteLock siteLock) {
        this.siteLock = Objects.requireNonNull(siteLock, "siteLock");
    }

    /** One worker per core, at most four: CoreNLP gains little beyond that and each document needs heap. */
    public static int defaultWorkers() {
        return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    /**
     * Reads, extracts, resolves, maps to RDF and renders; problems with single articles are reported, not thrown.
     * Stops after reading when the site's stamp shows it was built from exactly these inputs.
     */
    public BuildReport build(BuildConfig config) throws IOException {
        return build(config, dataset -> { });
    }

    /**
     * The same, handing the graph the site was rendered from to {@code rendered} once the site is in place (not
     * called when the site was already up to date); {@code serve} updates its SPARQL graph from it.
     */
    public BuildReport build(BuildConfig config, Consumer<DatasetGraph> rendered) throws IOException {
        return build(config, (dataset, hashes) -> rendered.accept(dataset));
    }

    /** What a build hands over once its site is in place: the graph and its graphs' hashes, computed once. */
    public interface Rendered {
        void accept(DatasetGraph dataset, GraphHashes hashes);
    }

    /**
     * The same, handing over the graphs' hashes too, so that {@code serve}'s SPARQL graph is updated without hashing
     * every graph again.
     */
    public BuildReport build(BuildConfig config, Rendered rendered) throws IOException {
        Memories memories = this.memories;
        Iris iris = iris(config.base());
        checkFolder(config.articles(), "articles");
        checkFolder(config.templates(), "templates");
        // A commit a killed build or save left half done is completed before anything of the site is read.
        StagedOutput.recover(config.site(), siteLock);
        List<ArticleProblem> problems = new ArrayList<>();
        // Each article file is read and its front matter parsed once, for the articles, the warnings and the stamp;
        // one whose size and time are those the scan cache recorded is not opened at all.
        List<ArticleScan> scans = new ScanCache(config.cache()).scan(config.articles(), articleFiles(config.articles()))
                .scans();
        List<Article> articles = chooseSlugs(scans, PublishedArticles.read(config.site()), problems);
        List<ArticleProblem> warnings = warnings(scans);
        Curation curation = Curation.read(config.articles().resolve(Curation.FILE_NAME), problems);
        String inputs = SiteStamp.inputs(config, digests(scans));
        Optional<SiteStamp> stamp = SiteStamp.read(config.site()).filter(s -> s.inputs().equals(inputs));
        if (stamp.isPresent()) {
            SiteStamp built = stamp.get();
            warnings.addAll(BuildWarnings.read(config.site()));
            return new BuildReport(built.articles(), built.entities(), built.figures(), built.relations(), problems, 0,
                    List.of(), false, warnings);
        }
        IncrementalExtraction.Result extraction = new IncrementalExtraction(extractor, workers,
                new ExtractionCache(config.cache(), ExtractionCache.version()), timedOut, memories.extractions())
                .run(articles);
        problems.addAll(extraction.problems());
        Graphed graphed = graph(iris, curation, extraction.articles(), inputs, config.site(), memories);
        warnings.addAll(graphed.warnings());
        SiteStamp built = graphed.built();
        DatasetGraph dataset = graphed.dataset();
        GraphHashes hashes = graphed.hashes();
        List<ArticleProblem> extractionProblems = extraction.problems();
        List<String> extractionNotices = extraction.notices();
        int extractedCount = extraction.extracted();
        // The extractions are not kept past here: the render reads the graph (at 10,000 articles they and their
        // resolved copies are ~100 MB of a 2 GiB heap).
        extraction = null;
        int written;
        int unchanged;
        try (StagedOutput output = StagedOutput.open(config.site(), oldSites, siteLock)) {
            GraphInputs graphInputs = graphed.graphInputs();
            new SiteRenderer(config.templates(), iris, Runtime.getRuntime().availableProcessors(), config.settings(),
                    memories.articles()).render(dataset, output, hashes);
            output.write(Path.of(PublishedArticles.FILE), PublishedArticles.of(articles));
            output.write(Path.of(BuildWarnings.FILE), BuildWarnings.json(graphed.warnings()));
            output.write(Path.of(GraphInputs.FILE), graphInputs.text(hashes));
            output.write(Path.of(GraphStore.POINTER), GraphStore.pointer(config.site(), config.storeFolder()));
            if (extractionProblems.isEmpty()) {
                // A failed extraction is retried by the next build, so such a site must not count as up to date.
                output.write(Path.of(SiteStamp.FILE), built.json());
            }
            output.commit();
            written = output.written();
            unchanged = output.reused();
        }
        List<String> notices = new ArrayList<>(extractionNotices);
        notices.addAll(StoreUpdate.run(dataset, config, hashes));
        rendered.accept(dataset, hashes);
        return new BuildReport(built.articles(), built.entities(), built.figures(), built.relations(), problems,
                extractedCount, notices, true, warnings, written, unchanged);
    }

    /**
     * The graph made from the extractions, its hashes, the graph-input index seeded with what each graph was made
     * from (the previous site's {@link GraphInputs}), the stamp and the resolution's warnings: all a build keeps of
     * the extractions once its graph is made.
     */
    private record Graphed(DatasetGraph dataset, GraphHashes hashes, GraphInputs graphInputs, SiteStamp built,
                           List<ArticleProblem> warnings) {
    }

    private Graphed graph(Iris iris, Curation curation, List<ExtractedArticle> extracted, String inputs, Path site,
                          Memories memories) throws IOException {
        Resolver.Resolution resolution = new Resolver(curation, memories.resolutions())
                .resolution(extracted.stream().map(ExtractedArticle::extraction).toList());
        List<ExtractedArticle> resolved = new ArrayList<>();
        for (int i = 0; i < extracted.size(); i++) {
            resolved.add(new ExtractedArticle(extracted.get(i).article(), resolution.extractions().get(i)));
        }
        List<ResolvedEntity> entities = resolution.entities();
        // A graph made by the last build in this process from the same inputs is taken over, not made again.
        Map<Node, String> keys = GraphInputs.keys(resolved, entities, iris, memories.inputKeys());
        Map<Node, Graph> made = new HashMap<>();
        DatasetGraph dataset = new GraphBuilder(iris).build(resolved, entities,
                name -> memories.graphs().recall(keys.get(name)), made);
        memories.graphs().keep(keys, made);
        SiteStamp built = new SiteStamp(inputs, resolved.size(), entities.size(),
                resolved.stream().mapToInt(e -> e.extraction().figures().size()).sum(),
                resolved.stream().mapToInt(e -> e.extraction().relations().size()).sum());
        GraphHashes hashes = new GraphHashes(dataset);
        // Graphs built from the same inputs as the previous site's are not hashed again.
        GraphInputs graphInputs = GraphInputs.read(StagedOutput.previousFile(site, Path.of(GraphInputs.FILE)),
                iris.base());
        graphInputs.seed(keys, hashes);
        return new Graphed(dataset, hashes, graphInputs, built, resolution.warnings());
    }

    /**
     * Runs everything a rebuild runs once, and throws the result away: the NLP models over the longest article (the
     * first document after loading takes several times longer than the next), then a build of a sample of the
     * archive into a scratch folder ({@link WarmUpSample}: rendering from the cache; the first render of a JVM is
     * also several times slower). {@code serve} calls this in the background so that the first article saved
     * afterwards is served in seconds; the sample keeps its cost the same whatever the archive's size.
     */
    public void warmUp(BuildConfig config) throws IOException {
        List<Article> read = Files.isDirectory(config.articles()) ? readAll(config.articles(), new ArrayList<>()) : List.of();
        // Not one that ran past its budget in a build of this process: the warm-up would only wait for it again.
        ExtractionCache keys = new ExtractionCache(config.cache(), ExtractionCache.version());
        Optional<Article> longest = read.stream().filter(a -> timedOut.ranPast(keys.key(a)).isEmpty())
                .max(Comparator.comparingInt(a -> a.text().length()));
        // Within the article time budget, as every extraction: the longest article may be the one a build skipped
        // for running past it, and a warm-up stuck on it would hold serve's worker, so that no save is ever rebuilt.
        try {
            if (longest.isPresent()) {
                extract(longest.get());
            } else {
                extract("warm-up", "Acme Corp. said on Monday that its revenue rose 5% to $2 million in March.");
            }
        } catch (org.newsgraph.extract.ArticleTimeoutException e) {
            // The build reports the article; the models are loaded all the same, which is what warming up is for.
        }
        Path scratch = Files.createTempDirectory("newsgraph-warm-up");
        // The sample's build keeps its own memories: the next build (serve's first save) finds those of the site's
        // last build, not the sample's, and redoes only what the save changed.
        Memories kept = memories;
        memories = Memories.fresh();
        try {
            build(WarmUpSample.write(config, read, scratch));
        } finally {
            memories = kept;
            StagedOutput.deleteTree(scratch);
        }
    }

    /**
     * Extracts one article within the extractor's time budget.
     *
     * @throws org.newsgraph.extract.ArticleTimeoutException when it takes longer
     */
    public Extraction extract(Article article) {
        return extractor.get().extractWithinBudget(article.slug(), article.text(), article.date());
    }

    /** Extracts a bare text (no front matter), for one line of {@code extract --lines}, within the time budget. */
    public Extraction extract(String doc, String text) {
        return extractor.get().extractWithinBudget(doc, text, null);
    }

    /**
     * Checks every article and the curation file {@code _entities.yaml} without building: what would stop a build,
     * duplicate slugs, unknown front matter fields, dates that disagree with file names. Never loads CoreNLP.
     */
    public static CheckReport check(Path articles) throws IOException {
        return check(articles, null);
    }

    /**
     * The same, knowing the site last built from these articles ({@code null}: none), whose articles keep their slugs
     * when a new file claims one.
     */
    public static CheckReport check(Path articles, Path site) throws IOException {
        checkFolder(articles, "articles");
        List<ArticleProblem> problems = new ArrayList<>();
        List<ArticleScan> scans = scanAll(articles);
        int read = chooseSlugs(scans, PublishedArticles.read(site), problems).size();
        problems.addAll(warnings(scans));
        Curation.read(articles.resolve(Curation.FILE_NAME), problems);
        problems.sort(Comparator.comparing((ArticleProblem p) -> p.file().toString()).thenComparingInt(ArticleProblem::line));
        return new CheckReport(articleFiles(articles).size(), read, problems);
    }

    /** What {@code check} finds beyond what stops a build: unknown front matter fields, dates against file names. */
    private static List<ArticleProblem> warnings(List<ArticleScan> scans) {
        List<ArticleProblem> warnings = new ArrayList<>();
        for (ArticleScan scan : scans) {
            warnings.addAll(scan.warnings());
        }
        return warnings;
    }

    /** The digest of every article file that could be read, for the input stamp not to read them again. */
    private static Map<Path, String> digests(List<ArticleScan> scans) {
        Map<Path, String> digests = new HashMap<>();
        for (ArticleScan scan : scans) {
            if (scan.digest() != null) {
                digests.put(scan.file(), scan.digest());
            }
        }
        return digests;
    }

    /** Writes a new article file with its front matter filled in; never overwrites one. */
    public static Path create(Path articles, NewArticle article) throws IOException {
        checkFolder(articles, "articles");
        return article.writeInto(articles, readAll(articles, new ArrayList<>()));
    }

    /**
     * Runs a SPARQL query over the graph of a built site and writes the result.
     *
     * @throws org.newsgraph.sparql.QueryRejectedException when the query is invalid, an update, or too costly
     */
    public static void query(Path site, String sparql, ResultFormat format, QueryPolicy policy, OutputStream out)
            throws IOException {
        query(site, null, sparql, format, policy, out);
    }

    /**
     * The same, with the graph kept in a Jena TDB2 database in {@code store} (a build's store holding this site's
     * graph is used as it is; a new folder, or one a query loaded before, is loaded on first use and whenever the
     * site's graph changed; any other database there, such as a build's store of another version of the site, is
     * refused and never deleted). Null: the
     * store of the build that wrote the site ({@link GraphStore#folderOf}: where its {@code --cache} put it) when it
     * holds this site's graph and no other process has it open, else the graph read into memory.
     */
    public static void query(Path site, Path store, String sparql, ResultFormat format, QueryPolicy policy,
                             OutputStream out) throws IOException {
        query(site, store, sparql, format, policy, out, notice -> { });
    }

    /** The same, telling {@code notices} what opening the store mended (a journal a killed build left cut short). */
    public static void query(Path site, Path store, String sparql, ResultFormat format, QueryPolicy policy,
                             OutputStream out, Consumer<String> notices) throws IOException {
        SiteGraph graph;
        try {
            graph = store != null ? SiteGraph.stored(site, store, notices)
                    : SiteGraph.ifCurrent(site, GraphStore.folderOf(site), notices)
                            .orElse(null);
            if (graph == null) {
                graph = SiteGraph.load(site);
            }
        } catch (NoSuchFileException e) {
            throw new ConfigurationException(e.getFile() + " does not exist; run 'newsgraph build' first, or pass --site DIR");
        }
        new QueryRunner(graph, policy).run(sparql, format, out);
    }

    /** Every article file of a folder, read in file name order; unreadable ones become problems. */
    public static List<Article> readAll(Path folder, List<ArticleProblem> problems) throws IOException {
        return readAll(folder, Map.of(), problems);
    }

    /**
     * The same, with the slugs a site has published (slug -> file name). When files share a slug, one keeps it: the
     * one published under it, else the one with the older date, else the first by file name; the others are refused
     * with a problem naming both files, so that a new file never takes the place of an established article.
     */
    static List<Article> readAll(Path folder, Map<String, String> published, List<ArticleProblem> problems)
            throws IOException {
        return chooseSlugs(scanAll(folder), published, problems);
    }

    /** Every article file of a folder, read once in file name order. */
    private static List<ArticleScan> scanAll(Path folder) throws IOException {
        ArticleReader reader = new ArticleReader();
        List<ArticleScan> scans = new ArrayList<>();
        for (Path file : articleFiles(folder)) {
            scans.add(reader.scan(file));
        }
        return scans;
    }

    /** The articles read, each slug kept by one of them as {@link #readAll} says; the others become problems. */
    private static List<Article> chooseSlugs(List<ArticleScan> scans, Map<String, String> published,
                                             List<ArticleProblem> problems) {
        List<Article> read = new ArrayList<>();
        for (ArticleScan scan : scans) {
            if (scan.article() != null) {
                read.add(scan.article());
            } else {
                problems.add(scan.problem());
            }
        }
        Comparator<Article> precedence = Comparator.<Article>comparingInt(a -> isPublished(a, published) ? 0 : 1)
                .thenComparing(Article::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Article::file);
        Map<String, Article> keepers = new HashMap<>();
        for (Article article : read) {
            keepers.merge(article.slug(), article, BinaryOperator.minBy(precedence));
        }
        List<Article> articles = new ArrayList<>();
        for (Article article : read) {
            Article keeper = keepers.get(article.slug());
            if (keeper == article) {
                articles.add(article);
                continue;
            }
            String why = isPublished(keeper, published) ? ", which is published under it"
                    : keeper.date() != null && !keeper.date().equals(article.date()) ? ", which is dated earlier"
                    : ", which comes first by file name";
            problems.add(new ArticleProblem(article.file(), 0, "its slug '" + article.slug() + "' is already used by "
                    + keeper.file().getFileName() + why, "set another 'slug:' in the front matter of "
                    + article.file().getFileName() + ", or rename it"));
        }
        return articles;
    }

    private static boolean isPublished(Article article, Map<String, String> published) {
        return article.file().getFileName().toString().equals(published.get(article.slug()));
    }

    private static List<Path> articleFiles(Path folder) throws IOException {
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.filter(Newsgraph::isArticleFile).sorted().toList();
        }
    }

    static boolean isArticleFile(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && !name.startsWith("_") && (lower.endsWith(".md") || lower.endsWith(".txt"))
                && !Files.isDirectory(file);
    }

    private static Iris iris(String base) {
        try {
            return new Iris(base);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(e.getMessage());
        }
    }

    private static void checkFolder(Path folder, String what) {
        if (!Files.isDirectory(folder)) {
            throw new ConfigurationException("the " + what + " folder " + folder + " does not exist; create it or pass --"
                    + what + " DIR");
        }
    }

    /** What one build keeps for the next in the same process (see {@link #memories}). */
    private record Memories(ArticleMemory articles, GraphMemory graphs, ExtractionMemory extractions,
                            InputKeyMemory inputKeys, ResolutionMemory resolutions) {

        static Memories fresh() {
            return new Memories(new ArticleMemory(), new GraphMemory(), new ExtractionMemory(), new InputKeyMemory(),
                    new ResolutionMemory());
        }
    }
}
