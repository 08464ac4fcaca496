package org.newsgraph.graph;

import static org.newsgraph.graph.Vocabularies.DCTERMS;
import static org.newsgraph.graph.Vocabularies.ITSRDF;
import static org.newsgraph.graph.Vocabularies.OWL;
import static org.newsgraph.graph.Vocabularies.PROV;
import static org.newsgraph.graph.Vocabularies.QUDT;
import static org.newsgraph.graph.Vocabularies.RDF;
import static org.newsgraph.graph.Vocabularies.UNIT;
import static org.newsgraph.graph.Vocabularies.NIF;
import static org.newsgraph.graph.Vocabularies.SCHEMA;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.newsgraph.article.Article;
import org.newsgraph.article.TextBlock;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.ExtractedArticle;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Figure;
import org.newsgraph.extract.Relation;
import org.newsgraph.extract.Sentence;
import org.newsgraph.extract.Span;
import org.newsgraph.resolve.ResolvedEntity;

/**
 * Maps articles and their extractions to RDF: one named graph per article (named by the article's IRI) holding the
 * article, its text as NIF, mentions, figures and relations; one graph ({@link Iris#entitiesGraph()}) for the
 * resolved entities. The union is what queries see.
 *
 * <p>Every vocabulary term, entity IRI, offset and repeated label (units, steps, names as mentioned) is made once per
 * builder and shared by all the statements and graphs that use it (nodes are immutable values): a 1,000-article
 * archive's graph kept a node and a string of its own for each of its 336,000 predicates, and held twice the heap.
 * One builder builds one dataset at a time.
 */
public final class GraphBuilder {

    private static final Set<String> CURRENCY_LIKE = Set.of("percent", "percentage_point", "times");

    private final Iris iris;
    private final String ng;
    /** Per namespace, its terms by local name. */
    private final Map<String, Map<String, Node>> terms = new HashMap<>();
    private final Map<String, Node> entities = new HashMap<>();
    private final Map<Integer, Node> offsets = new HashMap<>();
    private final Map<String, Node> labels = new HashMap<>();
    private final Node type;

    public GraphBuilder(Iris iris) {
        this.iris = Objects.requireNonNull(iris, "iris");
        this.ng = NG.namespace(iris.base());
        this.type = uri(RDF, "type");
    }

    public DatasetGraph build(List<ExtractedArticle> articles, List<ResolvedEntity> entities) {
        return build(articles, entities, name -> null, new HashMap<>());
    }

    /**
     * The same, taking over each graph {@code madeBefore} gives (graph name -> a graph made before from exactly the
     * inputs this one would be made from; null: make it) instead of making it again: the dataset holds that very
     * graph, which nobody changes once built. {@code made} gets every named graph of the dataset as itself (not the
     * dataset's view of it), for a later build to take over.
     */
    public DatasetGraph build(List<ExtractedArticle> articles, List<ResolvedEntity> entities,
                              Function<Node, Graph> madeBefore, Map<Node, Graph> made) {
        Map<Node, Graph> before = new HashMap<>();
        DatasetGraph dataset = DatasetGraphFactory.createWithGraphMaker(name -> {
            Graph graph = name == null ? null : before.remove(name);
            graph = graph != null ? graph : DatasetGraphFactory.graphMakerMem.create(name);
            if (name != null) {
                made.put(name, graph);
            }
            return graph;
        });
        Graph entityGraph = madeBefore.apply(iris.entitiesGraph());
        if (entityGraph != null) {
            before.put(iris.entitiesGraph(), entityGraph);
            dataset.getGraph(iris.entitiesGraph());
        } else {
            entityGraph = dataset.getGraph(iris.entitiesGraph());
            for (ResolvedEntity entity : entities) {
                addEntity(entityGraph, entity);
            }
        }
        for (ExtractedArticle extracted : articles) {
            Node graphName = iris.article(extracted.article().slug());
            Graph graph = madeBefore.apply(graphName);
            if (graph != null) {
                before.put(graphName, graph);
                dataset.getGraph(graphName);
            } else {
                addArticle(dataset.getGraph(graphName), extracted.article(), extracted.extraction());
            }
        }
        return dataset;
    }

    private void addEntity(Graph graph, ResolvedEntity entity) {
        Node node = entity(entity.id());
        graph.add(node, type, schema(entity.type().label()));
        graph.add(node, schema("name"), NodeFactory.createLiteralString(entity.name()));
        for (String alias : entity.aliases()) {
            graph.add(node, schema("alternateName"), NodeFactory.createLiteralString(alias));
        }
        if (entity.sameAs() != null) {
            graph.add(node, uri(OWL, "sameAs"), NodeFactory.createURI(entity.sameAs()));
        }
        if (entity.typeReason() != null) {
            graph.add(node, ngTerm(NG.typeReason), NodeFactory.createLiteralString(entity.typeReason()));
        }
        for (String former : entity.formerIds()) {
            graph.add(entity(former), uri(DCTERMS, "isReplacedBy"), node);
        }
        addMergedAliases(graph, node, entity);
    }

    /**
     * Why a name another article knew the thing by is the same thing, where the articles' entities were merged ("Ford
     * Motor Co": "same Wikidata id as Ford Motor Company"): {@code e ng:alias a . a ng:aliasName ... ; ng:aliasReason
     * ...}, in the entities graph, as the merge is no one article's.
     */
    private void addMergedAliases(Graph graph, Node e, ResolvedEntity entity) {
        int n = 0;
        for (java.util.Map.Entry<String, String> reason : new java.util.TreeMap<>(entity.mergeReasons()).entrySet()) {
            Node alias = iris.mergedAlias(entity.id(), ++n);
            graph.add(e, ngTerm(NG.alias), alias);
            graph.add(alias, type, ngTerm(NG.Alias));
            graph.add(alias, ngTerm(NG.aliasName), label(reason.getKey()));
            graph.add(alias, ngTerm(NG.aliasReason), label(reason.getValue()));
        }
    }

    /**
     * Why the article took its other names of the entity for the same thing (issue 13: every fact keeps how it was
     * found): {@code e ng:alias a . a ng:aliasName "GM" ; ng:aliasReason "initials of General Motors" ;
     * prov:wasDerivedFrom article}, in the article's graph.
     */
    private void addAliases(Graph graph, String slug, Node article, Node e, Entity entity) {
        int n = 0;
        for (java.util.Map.Entry<String, String> reason : new java.util.TreeMap<>(entity.aliasReasons()).entrySet()) {
            Node alias = iris.alias(slug, entity.id(), ++n);
            graph.add(e, ngTerm(NG.alias), alias);
            graph.add(alias, type, ngTerm(NG.Alias));
            graph.add(alias, ngTerm(NG.aliasName), label(reason.getKey()));
            graph.add(alias, ngTerm(NG.aliasReason), label(reason.getValue()));
            graph.add(alias, uri(PROV, "wasDerivedFrom"), article);
        }
    }

    private void addArticle(Graph graph, Article article, Extraction extraction) {
        String slug = article.slug();
        Node node = iris.article(slug);
        graph.add(node, type, schema("NewsArticle"));
        graph.add(node, schema("headline"), NodeFactory.createLiteralString(article.title()));
        if (article.date() != null) {
            graph.add(node, schema("datePublished"), NodeFactory.createLiteralDT(article.date().toString(), XSDDatatype.XSDdate));
        }
        literal(graph, node, schema("author"), article.author());
        literal(graph, node, schema("publisher"), article.source());
        if (article.url() != null && article.url().matches("(?i)https?://\\S+")) {
            graph.add(node, schema("url"), NodeFactory.createURI(article.url()));
        }
        for (String tag : article.tags()) {
            graph.add(node, schema("keywords"), label(tag));
        }
        Node context = iris.span(slug, 0, article.text().length());
        graph.add(context, type, nif("Context"));
        graph.add(context, nif("isString"), NodeFactory.createLiteralString(article.text()));
        integer(graph, context, nif("beginIndex"), 0);
        integer(graph, context, nif("endIndex"), article.text().length());
        graph.add(context, nif("sourceUrl"), node);
        for (TextBlock block : article.blocks()) {
            Node b = iris.span(slug, block.start(), block.end());
            graph.add(b, type, nif("Paragraph"));
            if (block.kind() == TextBlock.Kind.HEADING) {
                graph.add(b, type, ngTerm(NG.Heading));
            }
            integer(graph, b, nif("beginIndex"), block.start());
            integer(graph, b, nif("endIndex"), block.end());
            graph.add(b, nif("referenceContext"), context);
        }
        List<Node> sentences = new ArrayList<>();
        for (Sentence sentence : extraction.sentences()) {
            Node s = iris.span(slug, sentence.start(), sentence.end());
            sentences.add(s);
            graph.add(s, type, nif("Sentence"));
            span(graph, s, context, sentence.start(), sentence.end(),
                    NodeFactory.createLiteralString(article.text().substring(sentence.start(), sentence.end())));
        }
        for (Entity entity : extraction.entities()) {
            Node e = entity(entity.id());
            graph.add(node, schema("mentions"), e);
            for (Span mention : entity.mentions()) {
                Node m = iris.span(slug, mention.start(), mention.end());
                graph.add(m, type, nif("Phrase"));
                span(graph, m, context, mention.start(), mention.end(), label(mention.text()));
                graph.add(m, nif("sentence"), sentences.get(mention.sentence()));
                graph.add(m, uri(ITSRDF, "taIdentRef"), e);
            }
            addAliases(graph, slug, node, e, entity);
        }
        for (Figure figure : extraction.figures()) {
            addFigure(graph, slug, extraction, context, sentences, figure);
        }
        int n = 0;
        for (Relation relation : extraction.relations()) {
            Node s = entity(relation.subject());
            Node p = ngTerm(relation.predicate());
            Node o = entity(relation.object());
            if (!relation.weak()) {
                // a weak reading (a weak rule, a hedge, a weakly resolved end) is only reified below, with its rule
                // and confidence: the graph does not assert it as a fact
                graph.add(s, p, o);
            }
            // RDF 1.2 annotation: << s p o ~ statement >> prov:wasDerivedFrom <sentence>, with a stable reifier IRI.
            Node statement = iris.relation(slug, ++n);
            graph.add(statement, uri(RDF, "reifies"), NodeFactory.createTripleTerm(s, p, o));
            graph.add(statement, uri(PROV, "wasDerivedFrom"), sentences.get(relation.evidence().sentence()));
            if (relation.role() != null) {
                literal(graph, statement, ngTerm(NG.role), relation.role());
            }
            literal(graph, statement, ngTerm(NG.rule), relation.rule());
            decimal(graph, statement, ngTerm(NG.confidence), BigDecimal.valueOf(relation.confidence()));
            if (relation.endResolution() != null) {
                literal(graph, statement, ngTerm(NG.endResolution), relation.endResolution());
            }
            if (relation.predicate().equals(NG.ownedBy) && !relation.weak()) {
                graph.add(s, schema("parentOrganization"), o);
            }
        }
    }

    private void addFigure(Graph graph, String slug, Extraction extraction, Node context, List<Node> sentences,
                           Figure figure) {
        Node f = iris.figure(slug, figure.id());
        graph.add(f, type, ngTerm(NG.classOf(figure.kind().label())));
        graph.add(f, nif("anchorOf"), NodeFactory.createLiteralString(figure.text()));
        decimal(graph, f, schema("value"), figure.value());
        decimal(graph, f, schema("minValue"), figure.min());
        decimal(graph, f, schema("maxValue"), figure.max());
        graph.add(f, uri(QUDT, "unit"), unit(figure.unit()));
        graph.add(f, schema("unitText"), label(figure.unit()));
        if (Figure.isCurrency(figure.unit())) {
            graph.add(f, schema("currency"), label(figure.unit()));
        } else if (figure.kind().label().equals("count")) {
            literal(graph, f, ngTerm(NG.counts), figure.unit());
        }
        if (figure.period() != null) {
            graph.add(f, ngTerm(NG.period), NodeFactory.createLiteralDT(figure.period(), XSDDatatype.XSDduration));
        }
        literal(graph, f, ngTerm(NG.per), figure.per());
        literal(graph, f, ngTerm(NG.qualifier), figure.qualifier());
        literal(graph, f, ngTerm(NG.direction), figure.direction());
        literal(graph, f, ngTerm(NG.measure), figure.measure());
        literal(graph, f, ngTerm(NG.asOf), figure.time());
        literal(graph, f, ngTerm(NG.vague), figure.vague());
        if (figure.convertedFrom() != null) {
            graph.add(f, ngTerm(NG.convertedFrom), iris.figure(slug, figure.convertedFrom()));
        }
        if (figure.subject() != null) {
            graph.add(f, ngTerm(NG.subject), entity(figure.subject()));
        } else if (figure.how().subjectCandidate() != null) {
            graph.add(f, ngTerm(NG.candidateSubject), entity(figure.how().subjectCandidate()));
        }
        // a figure about several entities alike ("Walmart and Intuit spend millions") has one subject triple each
        for (String other : figure.how().otherSubjects()) {
            graph.add(f, ngTerm(figure.subject() != null ? NG.subject : NG.candidateSubject), entity(other));
        }
        if (figure.measure() == null) {
            literal(graph, f, ngTerm(NG.candidateMeasure), figure.how().measureCandidate());
        }
        if (figure.subject() != null || figure.how().subjectCandidate() != null) {
            literal(graph, f, ngTerm(NG.subjectStep), figure.how().subjectStep());
        }
        if (figure.measure() != null || figure.how().measureCandidate() != null) {
            literal(graph, f, ngTerm(NG.measureStep), figure.how().measureStep());
        }
        if (figure.how().measureConfidence() != null && (figure.measure() != null
                || figure.how().measureCandidate() != null)) {
            // a model's answer keeps its probability (rounded: the graph's bytes stay stable across platforms)
            decimal(graph, f, ngTerm(NG.measureConfidence), BigDecimal.valueOf(figure.how().measureConfidence())
                    .setScale(3, java.math.RoundingMode.HALF_UP));
        }
        if (figure.how().subjectConfidence() != null && figure.subject() != null) {
            // a promoted subject keeps the model's probability (rounded, as the measure's)
            decimal(graph, f, ngTerm(NG.subjectConfidence), BigDecimal.valueOf(figure.how().subjectConfidence())
                    .setScale(3, java.math.RoundingMode.HALF_UP));
        }
        literal(graph, f, ngTerm(NG.unitStep), figure.how().unitStep());
        if (figure.of() != null) {
            boolean entity = extraction.entity(figure.of()).isPresent();
            graph.add(f, ngTerm(NG.of), entity ? entity(figure.of()) : NodeFactory.createLiteralString(figure.of()));
        }
        graph.add(f, uri(PROV, "wasDerivedFrom"), sentences.get(figure.first().sentence()));
        for (Span mention : figure.mentions()) {
            Node m = iris.span(slug, mention.start(), mention.end());
            graph.add(m, type, nif("Phrase"));
            span(graph, m, context, mention.start(), mention.end(), label(mention.text()));
            graph.add(m, nif("sentence"), sentences.get(mention.sentence()));
            graph.add(f, ngTerm(NG.mention), m);
        }
    }

    private Node unit(String unit) {
        if (Figure.isIsoCurrency(unit)) {
            return uri(UNIT, "CCY_" + unit);
        }
        if (Figure.isCurrency(unit)) {
            return uri(UNIT, "UNITLESS"); // a crypto-currency: QUDT has no unit for it, schema:currency has its ticker
        }
        if (CURRENCY_LIKE.contains(unit)) {
            return switch (unit) {
                case "percent" -> uri(UNIT, "PERCENT");
                case "percentage_point" -> ngTerm(NG.PercentagePoint);
                default -> uri(UNIT, "UNITLESS");
            };
        }
        if (unit.matches("[A-Za-z][A-Za-z0-9_-]*") && Character.isUpperCase(unit.charAt(0))) {
            return uri(UNIT, unit);
        }
        return uri(UNIT, "NUM");
    }

    private void span(Graph graph, Node node, Node context, int begin, int end, Node anchor) {
        integer(graph, node, nif("beginIndex"), begin);
        integer(graph, node, nif("endIndex"), end);
        graph.add(node, nif("anchorOf"), anchor);
        graph.add(node, nif("referenceContext"), context);
    }

    private void integer(Graph graph, Node node, Node property, int value) {
        graph.add(node, property, offsets.computeIfAbsent(value,
                v -> NodeFactory.createLiteralDT(Integer.toString(v), XSDDatatype.XSDnonNegativeInteger)));
    }

    private Node uri(String namespace, String local) {
        return terms.computeIfAbsent(namespace, n -> new HashMap<>())
                .computeIfAbsent(local, l -> NodeFactory.createURI(namespace + l));
    }

    private Node schema(String local) {
        return uri(SCHEMA, local);
    }

    private Node nif(String local) {
        return uri(NIF, local);
    }

    private Node ngTerm(String local) {
        return uri(ng, local);
    }

    private Node entity(String id) {
        return entities.computeIfAbsent(id, iris::entity);
    }

    /**
     * A plain literal for a value that repeats across figures, mentions and articles (a unit, a step, a name as
     * mentioned); unique text (an article, a sentence, a figure's words) is not kept here.
     */
    private Node label(String value) {
        return labels.computeIfAbsent(value, NodeFactory::createLiteralString);
    }

    private static void decimal(Graph graph, Node node, Node property, BigDecimal value) {
        if (value != null) {
            String lexical = value.stripTrailingZeros().toPlainString();
            graph.add(node, property, NodeFactory.createLiteralDT(lexical, XSDDatatype.XSDdecimal));
        }
    }

    private void literal(Graph graph, Node node, Node property, String value) {
        if (value != null && !value.isBlank()) {
            graph.add(node, property, label(value));
        }
    }
}
