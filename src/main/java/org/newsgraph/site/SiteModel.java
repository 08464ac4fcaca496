package org.newsgraph.site;

import static org.newsgraph.graph.Vocabularies.DCTERMS;
import static org.newsgraph.graph.Vocabularies.ITSRDF;
import static org.newsgraph.graph.Vocabularies.OWL;
import static org.newsgraph.graph.Vocabularies.PROV;
import static org.newsgraph.graph.Vocabularies.RDF;
import static org.newsgraph.graph.Vocabularies.nif;
import static org.newsgraph.graph.Vocabularies.schema;
import static org.newsgraph.graph.Vocabularies.uri;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.newsgraph.graph.GraphHashes;
import org.newsgraph.graph.Iris;
import org.newsgraph.graph.NG;

/**
 * Reads the knowledge graph back into plain data for the pages: articles with their text, mentions, figures and
 * relations, and the resolved entities. Everything the site shows comes from the graph.
 */
final class SiteModel {

    /** @param typeReason why the entity has its type (ng:typeReason), or null where the graph does not say */
    record EntityData(String id, String name, String type, List<String> aliases, String sameAs, String typeReason) {

        EntityData(String id, String name, String type, List<String> aliases, String sameAs) {
            this(id, name, type, aliases, sameAs, null);
        }

        /**
         * The aliases as a reader is shown them: none that only repeats the name or an earlier alias in other
         * capitals ("US Government, US government" reads as one name twice).
         */
        List<String> shownAliases() {
            Set<String> seen = new HashSet<>();
            seen.add(name.toLowerCase(Locale.ROOT));
            return aliases.stream().filter(a -> seen.add(a.toLowerCase(Locale.ROOT))).toList();
        }
    }

    record MentionData(int begin, int end, String entityId) {
    }

    /** Another name an article gave an entity ({@code ng:alias}) and why it was taken for the same thing. */
    record AliasData(String name, String reason, String article) {
    }

    /**
     * A name other articles knew an entity by that the merge across articles joined to it ({@code ng:alias} in the
     * entities graph) and why: no one article's.
     */
    record MergeData(String name, String reason) {
    }

    record FigureData(String id, String text, String kind, Double value, Double min, Double max, String unit,
                      String period, String per, String qualifier, String direction, String measure, String subjectId,
                      String of, String ofEntityId, String time, String vague, int sentenceBegin, int sentenceEnd,
                      List<int[]> mentions, String candidateSubjectId, String candidateMeasure,
                      List<String> otherSubjectIds, String unitStep) {

        /**
         * The entities the figure is surely about ({@code sure}) or only probably about: its subject or candidate
         * subject first, then the others it is equally about.
         */
        List<String> about(boolean sure) {
            String first = sure ? subjectId : subjectId == null ? candidateSubjectId : null;
            if (first == null) {
                return List.of();
            }
            List<String> ids = new ArrayList<>();
            ids.add(first);
            ids.addAll(otherSubjectIds);
            return ids;
        }
    }

    /** @param confidence the finding rule's, or 1 for a graph written before rules had one */
    record RelationData(String subjectId, String predicate, String objectId, String role, int sentenceBegin,
                        int sentenceEnd, String rule, double confidence) {
    }

    record BlockData(int begin, int end, boolean heading) {
    }

    /** A statement {@code source property entity} in the graph of {@code article} (null: the entity graph). */
    record BacklinkData(String source, String property, String article) {
    }

    record ArticleData(String slug, String title, String date, String author, String source, String url,
                       List<String> tags, String text, List<BlockData> blocks, List<MentionData> mentions,
                       List<FigureData> figures, List<RelationData> relations) {

        String sentence(int begin, int end) {
            return begin >= 0 && end <= text.length() && begin <= end ? text.substring(begin, end) : "";
        }

        /** The first paragraph of the text, for summaries. */
        String lead() {
            return blocks.stream().filter(b -> !b.heading()).findFirst().map(b -> sentence(b.begin(), b.end()))
                    .orElse("");
        }
    }

    private final Iris iris;
    final Map<String, EntityData> entities = new TreeMap<>();
    final List<ArticleData> articles = new ArrayList<>();
    /** Former entity ids (merged away by curation) and the id each now redirects to. */
    final Map<String, String> redirects = new TreeMap<>();
    /** Per entity id, every statement in the graph whose object is that entity. */
    final Map<String, List<BacklinkData>> backlinks = new TreeMap<>();
    /** Per entity id, the aliases articles joined to it with why, by article then name. */
    final Map<String, List<AliasData>> aliasReasons = new TreeMap<>();
    /** Per entity id, the names the merge across articles joined to it with why, by name. */
    final Map<String, List<MergeData>> mergeReasons = new TreeMap<>();
    private final Map<String, ArticleData> bySlug = new HashMap<>();
    private final DatasetGraph dataset;
    private final GraphHashes hashes;
    private final Map<Node, String> graphKeys = new ConcurrentHashMap<>();
    private String datasetKey;

    SiteModel(DatasetGraph dataset, Iris iris) {
        this(dataset, iris, new GraphHashes(dataset));
    }

    SiteModel(DatasetGraph dataset, Iris iris, GraphHashes hashes) {
        this(dataset, iris, hashes, null);
    }

    /**
     * With the articles the last render in this process read back ({@code memory}, null for none): an article graph
     * with the same key is taken from it instead of being read again.
     */
    SiteModel(DatasetGraph dataset, Iris iris, GraphHashes hashes, ArticleMemory memory) {
        this.hashes = hashes;
        this.iris = iris;
        this.dataset = dataset;
        Graph entityGraph = dataset.getGraph(iris.entitiesGraph());
        Node type = uri(RDF, "type");
        entityGraph.find(Node.ANY, schema("name"), Node.ANY).forEachRemaining(t -> {
            String id = local(t.getSubject(), "entity/");
            Node typeNode = first(entityGraph, t.getSubject(), type);
            List<String> aliases = new ArrayList<>();
            entityGraph.find(t.getSubject(), schema("alternateName"), Node.ANY)
                    .forEachRemaining(a -> aliases.add(a.getObject().getLiteralLexicalForm()));
            aliases.sort(null);
            Node sameAs = first(entityGraph, t.getSubject(), uri(OWL, "sameAs"));
            Node typeReason = first(entityGraph, t.getSubject(), NG.term(iris.base(), NG.typeReason));
            entities.put(id, new EntityData(id, t.getObject().getLiteralLexicalForm(),
                    typeNode == null ? "Thing" : typeNode.getLocalName(), aliases, sameAs == null ? null : sameAs.getURI(),
                    typeReason == null ? null : typeReason.getLiteralLexicalForm()));
        });
        mergedAliases(entityGraph);
        entityGraph.find(Node.ANY, uri(DCTERMS, "isReplacedBy"), Node.ANY).forEachRemaining(t ->
                redirects.put(local(t.getSubject(), "entity/"), local(t.getObject(), "entity/")));
        List<Node> names = new ArrayList<>();
        dataset.listGraphNodes().forEachRemaining(names::add);
        // Backlinks in the order a scan of the whole dataset finds them (the default graph, then each named graph in
        // the dataset's order), each article graph's taken over with what the last render read from it.
        String entityPrefix = iris.base() + "entity/";
        List<Map.Entry<String, BacklinkData>> links = backlinks(dataset.find(Quad.defaultGraphIRI, Node.ANY, Node.ANY,
                Node.ANY), entityPrefix, new ArrayList<>());
        for (Node name : names) {
            if (!name.equals(iris.entitiesGraph())) {
                ArticleMemory.Read read = memory == null ? null : memory.recall(graphKey(name));
                if (read == null) {
                    Graph graph = dataset.getGraph(name);
                    List<Map.Entry<String, AliasData>> joined = new ArrayList<>();
                    read = new ArticleMemory.Read(article(graph, name), aliases(graph, local(name, "article/"), joined),
                            backlinks(dataset.find(name, Node.ANY, Node.ANY, Node.ANY), entityPrefix,
                                    new ArrayList<>()));
                }
                if (memory != null) {
                    memory.keep(graphKey(name), read);
                }
                articles.add(read.article());
                read.aliases().forEach(a -> aliasReasons.computeIfAbsent(a.getKey(), k -> new ArrayList<>())
                        .add(a.getValue()));
                links.addAll(read.backlinks());
            } else {
                backlinks(dataset.find(name, Node.ANY, Node.ANY, Node.ANY), entityPrefix, links);
            }
        }
        if (memory != null) {
            memory.done();
        }
        articles.sort(Comparator.comparing((ArticleData a) -> a.date() == null ? "" : a.date()).reversed()
                .thenComparing(ArticleData::slug));
        articles.forEach(a -> bySlug.put(a.slug(), a));
        links.forEach(link -> backlinks.computeIfAbsent(link.getKey(), k -> new ArrayList<>()).add(link.getValue()));
        aliasReasons.values().forEach(list -> list.sort(Comparator.comparing(AliasData::article)
                .thenComparing(AliasData::name)));
        backlinks.values().forEach(list -> list.sort(Comparator.comparing(BacklinkData::property)
                .thenComparing(BacklinkData::source)));
    }

    /**
     * A hash of the statements of one named graph (see {@link Keys#ofStatements}), computed once per render: an
     * article's page files and the dumps are made from it.
     */
    String graphKey(Node name) {
        return graphKeys.computeIfAbsent(name, n -> Keys.of(n.getURI(), hashes.of(n)));
    }

    /** The hash of one named graph's statements alone ({@link org.newsgraph.graph.StatementHash}), without the code's. */
    String statementHash(Node name) {
        return hashes.of(name);
    }

    /**
     * A hash of every graph's statements (each named graph's {@link #graphKey}, then the default graph's), for the
     * files made from the whole dataset and nothing else: the dumps, the query page's graph.
     */
    synchronized String datasetKey() {
        if (datasetKey == null) {
            List<Node> names = new ArrayList<>();
            dataset.listGraphNodes().forEachRemaining(names::add);
            List<String> parts = new ArrayList<>(names.parallelStream()
                    .sorted(Comparator.comparing(Node::getURI)).map(this::graphKey).toList());
            parts.add(Keys.ofStatements("default graph", () -> dataset.getDefaultGraph().find()));
            datasetKey = Keys.of(parts.toArray(String[]::new));
        }
        return datasetKey;
    }

    /**
     * The statements among {@code quads} whose object is an entity (not their subject, an IRI), as entity id and
     * backlink, added to {@code links} in the order found, which is returned.
     */
    private List<Map.Entry<String, BacklinkData>> backlinks(Iterator<Quad> quads, String entityPrefix,
                                                            List<Map.Entry<String, BacklinkData>> links) {
        // One string per graph and per entity, not per statement: an article's backlinks are kept between renders.
        Map<Node, String> articles = new HashMap<>();
        Map<Node, String> ids = new HashMap<>();
        quads.forEachRemaining(q -> {
            Node o = q.getObject();
            if (o.isURI() && o.getURI().startsWith(entityPrefix) && !o.equals(q.getSubject()) && q.getSubject().isURI()) {
                String article = q.getGraph().equals(iris.entitiesGraph()) ? null
                        : articles.computeIfAbsent(q.getGraph(), g -> local(g, "article/"));
                links.add(Map.entry(ids.computeIfAbsent(o, n -> local(n, "entity/")),
                        new BacklinkData(q.getSubject().getURI(), q.getPredicate().getURI(), article)));
            }
        });
        return links;
    }

    /** The names the merge across articles joined to entities ({@code e ng:alias a} in the entities graph), with why. */
    private void mergedAliases(Graph graph) {
        graph.find(Node.ANY, NG.term(iris.base(), NG.alias), Node.ANY).forEachRemaining(t -> {
            String name = text(graph, t.getObject(), NG.term(iris.base(), NG.aliasName));
            String reason = text(graph, t.getObject(), NG.term(iris.base(), NG.aliasReason));
            if (t.getSubject().isURI() && name != null && reason != null) {
                mergeReasons.computeIfAbsent(local(t.getSubject(), "entity/"), k -> new ArrayList<>())
                        .add(new MergeData(name, reason));
            }
        });
        mergeReasons.values().forEach(list -> list.sort(Comparator.comparing(MergeData::name)
                .thenComparing(MergeData::reason)));
    }

    /**
     * The aliases an article's graph says it joined to entities ({@code e ng:alias a}), with why: added to
     * {@code joined} as entity id and alias, in the graph's order, which is returned.
     */
    private List<Map.Entry<String, AliasData>> aliases(Graph graph, String slug,
                                                        List<Map.Entry<String, AliasData>> joined) {
        graph.find(Node.ANY, NG.term(iris.base(), NG.alias), Node.ANY).forEachRemaining(t -> {
            String name = text(graph, t.getObject(), NG.term(iris.base(), NG.aliasName));
            String reason = text(graph, t.getObject(), NG.term(iris.base(), NG.aliasReason));
            if (t.getSubject().isURI() && name != null && reason != null) {
                joined.add(Map.entry(local(t.getSubject(), "entity/"), new AliasData(name, reason, slug)));
            }
        });
        return joined;
    }

    /** The article with this slug, or null. */
    ArticleData article(String slug) {
        return bySlug.get(slug);
    }

    private ArticleData article(Graph graph, Node article) {
        String slug = local(article, "article/");
        Node context = subject(graph, nif("sourceUrl"), article);
        String text = context == null ? "" : text(graph, context, nif("isString"));
        List<String> tags = new ArrayList<>();
        graph.find(article, schema("keywords"), Node.ANY).forEachRemaining(t -> tags.add(t.getObject().getLiteralLexicalForm()));
        tags.sort(null);
        List<BlockData> blocks = new ArrayList<>();
        Node heading = NG.term(iris.base(), NG.Heading);
        graph.find(Node.ANY, uri(RDF, "type"), nif("Paragraph")).forEachRemaining(t -> blocks.add(new BlockData(
                integer(graph, t.getSubject(), nif("beginIndex")), integer(graph, t.getSubject(), nif("endIndex")),
                graph.contains(t.getSubject(), uri(RDF, "type"), heading))));
        blocks.sort(Comparator.comparingInt(BlockData::begin));
        List<MentionData> mentions = new ArrayList<>();
        graph.find(Node.ANY, uri(ITSRDF, "taIdentRef"), Node.ANY).forEachRemaining(t -> mentions.add(new MentionData(
                integer(graph, t.getSubject(), nif("beginIndex")), integer(graph, t.getSubject(), nif("endIndex")),
                local(t.getObject(), "entity/"))));
        mentions.sort(Comparator.comparingInt(MentionData::begin));
        List<FigureData> figures = new ArrayList<>();
        graph.find(Node.ANY, schema("unitText"), Node.ANY).forEachRemaining(t -> figures.add(figure(graph, t.getSubject())));
        figures.sort(Comparator.comparingInt((FigureData f) -> f.mentions().get(0)[0]));
        List<RelationData> relations = new ArrayList<>();
        graph.find(Node.ANY, uri(RDF, "reifies"), Node.ANY).forEachRemaining(t -> {
            Triple statement = t.getObject().getTriple();
            Node sentence = first(graph, t.getSubject(), uri(PROV, "wasDerivedFrom"));
            relations.add(new RelationData(local(statement.getSubject(), "entity/"),
                    statement.getPredicate().getLocalName(), local(statement.getObject(), "entity/"),
                    text(graph, t.getSubject(), NG.term(iris.base(), NG.role)),
                    integer(graph, sentence, nif("beginIndex")), integer(graph, sentence, nif("endIndex")),
                    text(graph, t.getSubject(), NG.term(iris.base(), NG.rule)),
                    Objects.requireNonNullElse(decimal(graph, t.getSubject(),
                            NG.term(iris.base(), NG.confidence)), 1.0)));
        });
        relations.sort(Comparator.comparingInt(RelationData::sentenceBegin).thenComparing(RelationData::subjectId)
                .thenComparing(RelationData::predicate).thenComparing(RelationData::objectId));
        Node url = first(graph, article, schema("url"));
        return new ArticleData(slug, text(graph, article, schema("headline")),
                text(graph, article, schema("datePublished")), text(graph, article, schema("author")),
                text(graph, article, schema("publisher")), url == null ? null : url.getURI(), tags, text, blocks,
                mentions, figures, relations);
    }

    private FigureData figure(Graph graph, Node f) {
        String base = iris.base();
        Node typeNode = null;
        for (Triple t : graph.find(f, uri(RDF, "type"), Node.ANY).toList()) {
            typeNode = t.getObject();
        }
        List<int[]> mentions = new ArrayList<>();
        graph.find(f, NG.term(base, NG.mention), Node.ANY).forEachRemaining(t -> mentions.add(new int[] {
                integer(graph, t.getObject(), nif("beginIndex")), integer(graph, t.getObject(), nif("endIndex"))}));
        mentions.sort(Comparator.comparingInt((int[] m) -> m[0]));
        Node sentence = first(graph, f, uri(PROV, "wasDerivedFrom"));
        Node subject = first(graph, f, NG.term(base, NG.subject));
        Node candidate = first(graph, f, NG.term(base, NG.candidateSubject));
        // a figure about several entities alike has a subject (or candidate) triple each; the first is shown first
        Node shown = subject != null ? subject : candidate;
        List<String> others = shown == null ? List.of() : graph.find(f, NG.term(base, subject != null ? NG.subject
                : NG.candidateSubject), Node.ANY).mapWith(Triple::getObject).filterDrop(shown::equals)
                .mapWith(o -> local(o, "entity/")).toList().stream().sorted().toList();
        Node of = first(graph, f, NG.term(base, NG.of));
        Node period = first(graph, f, NG.term(base, NG.period));
        return new FigureData(f.getURI().substring(f.getURI().indexOf('#') + 1), text(graph, f, nif("anchorOf")),
                typeNode == null ? "figure" : typeNode.getLocalName().toLowerCase(Locale.ROOT),
                decimal(graph, f, schema("value")), decimal(graph, f, schema("minValue")),
                decimal(graph, f, schema("maxValue")), text(graph, f, schema("unitText")),
                period == null ? null : period.getLiteralLexicalForm(), text(graph, f, NG.term(base, NG.per)),
                text(graph, f, NG.term(base, NG.qualifier)), text(graph, f, NG.term(base, NG.direction)),
                text(graph, f, NG.term(base, NG.measure)), subject == null ? null : local(subject, "entity/"),
                of == null ? null : of.isURI() ? null : of.getLiteralLexicalForm(),
                of != null && of.isURI() ? local(of, "entity/") : null, text(graph, f, NG.term(base, NG.asOf)),
                text(graph, f, NG.term(base, NG.vague)), integer(graph, sentence, nif("beginIndex")),
                integer(graph, sentence, nif("endIndex")), mentions.isEmpty() ? List.of(new int[] {0, 0}) : mentions,
                candidate == null ? null : local(candidate, "entity/"), text(graph, f, NG.term(base, NG.candidateMeasure)),
                others, text(graph, f, NG.term(base, NG.unitStep)));
    }

    int figureCount() {
        return articles.stream().mapToInt(a -> a.figures().size()).sum();
    }

    int relationCount() {
        return articles.stream().mapToInt(a -> a.relations().size()).sum();
    }

    /** How many times each entity is mentioned, over all articles. */
    Map<String, Integer> mentionCounts() {
        Map<String, Integer> counts = new HashMap<>();
        for (ArticleData article : articles) {
            for (MentionData mention : article.mentions()) {
                counts.merge(mention.entityId(), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** Articles mentioning each entity, in site order. */
    Map<String, List<ArticleData>> articlesByEntity() {
        Map<String, List<ArticleData>> byEntity = new LinkedHashMap<>();
        for (ArticleData article : articles) {
            article.mentions().stream().map(MentionData::entityId).distinct()
                    .forEach(id -> byEntity.computeIfAbsent(id, k -> new ArrayList<>()).add(article));
        }
        return byEntity;
    }

    private String local(Node node, String prefix) {
        return local(node, iris, prefix);
    }

    /** The local name of an IRI under the base and a prefix ("entity/"), without its closing slash; else the IRI. */
    static String local(Node node, Iris iris, String prefix) {
        String iri = node.getURI();
        String start = iris.base() + prefix;
        if (!iri.startsWith(start)) {
            return iri;
        }
        String local = iri.substring(start.length());
        return local.endsWith("/") ? local.substring(0, local.length() - 1) : local;
    }

    private static Node first(Graph graph, Node s, Node p) {
        if (s == null) {
            return null;
        }
        var it = graph.find(s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            it.close();
        }
    }

    private static Node subject(Graph graph, Node p, Node o) {
        var it = graph.find(Node.ANY, p, o);
        try {
            return it.hasNext() ? it.next().getSubject() : null;
        } finally {
            it.close();
        }
    }

    private static String text(Graph graph, Node s, Node p) {
        Node o = first(graph, s, p);
        return o == null ? null : o.isLiteral() ? o.getLiteralLexicalForm() : o.toString();
    }

    private static int integer(Graph graph, Node s, Node p) {
        String value = text(graph, s, p);
        return value == null ? -1 : Integer.parseInt(value);
    }

    private static Double decimal(Graph graph, Node s, Node p) {
        String value = text(graph, s, p);
        return value == null ? null : Double.valueOf(value);
    }
}
