package org.newsgraph.site;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newsgraph.graph.NG;
import org.newsgraph.site.SiteModel.ArticleData;
import org.newsgraph.site.SiteModel.EntityData;
import org.newsgraph.site.Views.FigureRow;
import org.newsgraph.site.Views.MentionRow;
import org.newsgraph.site.Views.RelationRow;

/** One page per entity: what it is, figures about it, relations both ways, where it is mentioned; plus its RDF. */
final class EntityRenderer implements PageRenderer {

    /** The files of an entity's page, in its folder. */
    private static final List<String> FILES = List.of("index.html", "index.ttl", "index.jsonld");
    /** Below one in this many entity pages to build, their statements are looked up one by one, not in a pass. */
    private static final int FEW = 20;

    /** Something an article says about an entity: one of its figures, relations or mentions. */
    private record Found<T>(ArticleData article, T item) {
    }

    @Override
    public void render(RenderContext context) throws IOException {
        SiteModel model = context.model();
        ViewFactory views = context.views();
        Map<String, List<ArticleData>> byEntity = model.articlesByEntity();
        Map<String, List<Found<SiteModel.FigureData>>> figuresAbout = new HashMap<>();
        Map<String, List<Found<SiteModel.FigureData>>> possiblyAbout = new HashMap<>();
        Map<String, List<Found<SiteModel.RelationData>>> outgoingFrom = new HashMap<>();
        Map<String, List<Found<SiteModel.RelationData>>> incomingTo = new HashMap<>();
        Map<String, List<Found<SiteModel.MentionData>>> mentionsOf = new HashMap<>();
        for (ArticleData article : model.articles) {
            for (SiteModel.FigureData f : article.figures()) {
                // a figure about several entities alike ("Walmart and Intuit spend millions") is on each one's page
                for (String id : f.about(true)) {
                    figuresAbout.computeIfAbsent(id, k -> new ArrayList<>()).add(new Found<>(article, f));
                }
                for (String id : f.about(false)) {
                    possiblyAbout.computeIfAbsent(id, k -> new ArrayList<>()).add(new Found<>(article, f));
                }
            }
            for (SiteModel.RelationData r : article.relations()) {
                outgoingFrom.computeIfAbsent(r.subjectId(), k -> new ArrayList<>()).add(new Found<>(article, r));
                if (!r.objectId().equals(r.subjectId())) {
                    incomingTo.computeIfAbsent(r.objectId(), k -> new ArrayList<>()).add(new Found<>(article, r));
                }
            }
            for (SiteModel.MentionData m : article.mentions()) {
                mentionsOf.computeIfAbsent(m.entityId(), k -> new ArrayList<>()).add(new Found<>(article, m));
            }
        }
        RelationGraph network = new RelationGraph();
        for (ArticleData article : model.articles) {
            for (SiteModel.RelationData r : article.relations()) {
                network.add(r.subjectId(), views.relationLabel(r), r.objectId(), r.confidence() < NG.WEAK_BELOW);
            }
        }
        // The pages whose inputs did not change are taken over first; only the others are built.
        List<EntityData> changed = java.util.Collections.synchronizedList(new ArrayList<>());
        context.forEach(model.entities.values(), entity -> {
            if (!context.unchanged("entity/" + entity.id() + "/", "entity", FILES)) {
                changed.add(entity);
            }
        });
        Map<Node, List<Triple>> statements = changed.size() * FEW < model.entities.size()
                ? statementsAbout(context, changed) : statementsAbout(context);
        String root = "../../";
        context.forEach(changed, entity -> {
            String id = entity.id();
            String dir = "entity/" + id + "/";
            List<FigureRow> figures = figuresAbout.getOrDefault(id, List.of()).stream()
                    .map(f -> views.figure(root, f.article(), f.item())).toList();
            List<Views.ArticleFigures> possibly = bySentence(views, root, possiblyAbout.getOrDefault(id, List.of()));
            List<RelationRow> outgoing = outgoingFrom.getOrDefault(id, List.of()).stream()
                    .map(r -> views.relation(root, r.article(), r.item())).toList();
            List<RelationRow> incoming = incomingTo.getOrDefault(id, List.of()).stream()
                    .map(r -> views.relation(root, r.article(), r.item())).toList();
            List<MentionRow> mentions = mentionsOf.getOrDefault(id, List.of()).stream()
                    .map(m -> new MentionRow(views.articleLink(root, m.article()),
                            sentenceAround(m.article(), m.item().begin()))).distinct().toList();
            Node node = context.iris().entity(id);
            String iri = node.getURI();
            Views.EntityPage page = new Views.EntityPage(root, entity.name(), entity.type(),
                    ViewFactory.typeLabel(entity.type()), root + ViewFactory.typeIndexPath(entity.type()),
                    entity.shownAliases(), ArticleRenderer.safeUrl(entity.sameAs()), iri, figures, TimeChart.of(figures),
                    possibly, outgoing, incoming, mentions,
                    byEntity.getOrDefault(id, List.of()).stream().map(a -> views.summary(root, a)).toList(),
                    views.backlinks(root, id), jsonld(entity, iri), network.around(id, n -> views.entityLink(root, n),
                            n -> model.entities.get(n).type().toLowerCase(java.util.Locale.ROOT)),
                    aliasReasons(views, root, model, id), mergeReasons(model, id), entity.typeReason());
            context.page(dir + "index.html", "entity", page);
            List<Found<SiteModel.FigureData>> shown = new ArrayList<>(figuresAbout.getOrDefault(id, List.of()));
            shown.addAll(possiblyAbout.getOrDefault(id, List.of()));
            context.built(dir, "entity", inputs(context, id, shown,
                    outgoingFrom.getOrDefault(id, List.of()), incomingTo.getOrDefault(id, List.of()),
                    mentionsOf.getOrDefault(id, List.of()), byEntity.getOrDefault(id, List.of()),
                    network.consulted(id, n -> views.entityLink(root, n))));
            List<Triple> about = statements.getOrDefault(node, List.of());
            String key = Keys.ofStatements(iri, about);
            context.write(dir + "index.ttl", key, () -> context.graphFiles().turtle(description(about)));
            context.write(dir + "index.jsonld", key, () -> context.graphFiles().jsonld(description(about)));
        });
    }

    /**
     * Figures by article and by the sentence that states them, in site order: a reader judges an unsure attribution
     * by its sentence, and one sentence often states several figures.
     */
    private static List<Views.ArticleFigures> bySentence(ViewFactory views, String root,
                                                         List<Found<SiteModel.FigureData>> figures) {
        Map<String, ArticleData> articles = new java.util.LinkedHashMap<>();
        Map<String, Map<Integer, List<SiteModel.FigureData>>> groups = new HashMap<>();
        for (Found<SiteModel.FigureData> f : figures) {
            articles.putIfAbsent(f.article().slug(), f.article());
            groups.computeIfAbsent(f.article().slug(), k -> new java.util.TreeMap<>())
                    .computeIfAbsent(f.item().sentenceBegin(), k -> new ArrayList<>()).add(f.item());
        }
        List<Views.ArticleFigures> out = new ArrayList<>();
        articles.forEach((slug, article) -> out.add(new Views.ArticleFigures(views.articleLink(root, article),
                groups.get(slug).values().stream().map(group -> new Views.SentenceFigures(
                        article.sentence(group.get(0).sentenceBegin(), group.get(0).sentenceEnd()),
                        group.stream().map(f -> views.figure(root, article, f)).toList())).toList())));
        return out;
    }

    /**
     * What an entity's page (and its RDF) is made from, as {@link PageInputs} tokens: the entity itself (its
     * statements anywhere), each article a figure (sure or only probable), relation, mention, summary or backlink is
     * shown from, the entities those rows name, and the entities the relation picture weighed.
     */
    private static Set<String> inputs(RenderContext context, String id, List<Found<SiteModel.FigureData>> figures,
                                      List<Found<SiteModel.RelationData>> outgoing,
                                      List<Found<SiteModel.RelationData>> incoming,
                                      List<Found<SiteModel.MentionData>> mentions, List<ArticleData> articles,
                                      Set<String> network) {
        Set<String> tokens = new TreeSet<>();
        tokens.add("e:" + id);
        for (Found<SiteModel.FigureData> f : figures) {
            tokens.add("a:" + f.article().slug());
            ArticleRenderer.figureEntities(f.item()).forEach(e -> tokens.add("e:" + e));
        }
        for (List<Found<SiteModel.RelationData>> relations : List.of(outgoing, incoming)) {
            for (Found<SiteModel.RelationData> r : relations) {
                tokens.add("a:" + r.article().slug());
                tokens.add("e:" + r.item().subjectId());
                tokens.add("e:" + r.item().objectId());
            }
        }
        mentions.forEach(m -> tokens.add("a:" + m.article().slug()));
        context.model().aliasReasons.getOrDefault(id, List.of()).forEach(a -> tokens.add("a:" + a.article()));
        articles.forEach(a -> tokens.add("a:" + a.slug()));
        String entityPrefix = context.iris().base() + "entity/";
        for (SiteModel.BacklinkData b : context.model().backlinks.getOrDefault(id, List.of())) {
            if (b.article() != null) {
                tokens.add("a:" + b.article());
            }
            String source = b.source();
            String sourceEntity = PageInputs.entityId(org.apache.jena.graph.NodeFactory.createURI(source), entityPrefix);
            if (sourceEntity != null) {
                tokens.add("e:" + sourceEntity);
            }
        }
        network.forEach(n -> tokens.add("e:" + n));
        return tokens;
    }

    /** Why each other name of the entity was taken for it, with a link to the article that joined them. */
    private static List<Views.AliasReason> aliasReasons(ViewFactory views, String root, SiteModel model, String id) {
        List<Views.AliasReason> rows = new ArrayList<>();
        for (SiteModel.AliasData alias : model.aliasReasons.getOrDefault(id, List.of())) {
            ArticleData article = model.article(alias.article());
            if (article != null) {
                rows.add(new Views.AliasReason(alias.name(), alias.reason(), views.articleLink(root, article)));
            }
        }
        return rows;
    }

    /** Why each name other articles knew the entity by was joined to it across articles. */
    private static List<Views.MergeReason> mergeReasons(SiteModel model, String id) {
        return model.mergeReasons.getOrDefault(id, List.of()).stream()
                .map(m -> new Views.MergeReason(m.name(), m.reason())).toList();
    }

    private static Graph description(List<Triple> statements) {
        Graph description = GraphFactory.createDefaultGraph();
        statements.forEach(description::add);
        return description;
    }

    /**
     * The same as {@link #statementsAbout(RenderContext)} for a few entities, each looked up in the dataset's indexes
     * instead of a pass over every statement: in the default graph, the entity graph and the graphs of the articles
     * that name it (the dependency index's record of what each article graph says of which entity), not in every one
     * of the dataset's graphs (a look in every graph asked each of 10,001 graphs at 10,000 articles, twice per entity).
     * Without an index, in every graph.
     */
    private static Map<Node, List<Triple>> statementsAbout(RenderContext context, List<EntityData> entities) {
        Map<Node, List<Triple>> about = new java.util.concurrent.ConcurrentHashMap<>();
        Map<String, List<String>> naming = context.inputs().articlesNaming(
                entities.stream().map(EntityData::id).collect(java.util.stream.Collectors.toSet()));
        for (EntityData entity : entities) {
            Node node = context.iris().entity(entity.id());
            List<Graph> graphs = null;
            if (naming != null) {
                graphs = new ArrayList<>(List.of(context.dataset().getDefaultGraph(),
                        context.dataset().getGraph(context.iris().entitiesGraph())));
                for (String slug : naming.getOrDefault(entity.id(), List.of())) {
                    graphs.add(context.dataset().getGraph(context.iris().article(slug)));
                }
            }
            about.put(node, statementsAbout(context.dataset(), graphs, node, NG.term(context.iris().base(), NG.alias)));
        }
        return about;
    }

    /**
     * Every statement with {@code node} as subject or object in {@code graphs} (null: in every graph of the dataset,
     * the default one too), with the statements of its alias records there ({@link #withAliasRecords}).
     */
    static List<Triple> statementsAbout(DatasetGraph dataset, List<Graph> graphs, Node node, Node alias) {
        java.util.function.BiConsumer<Node, java.util.function.Consumer<Triple>> find = graphs == null
                ? (subject, out) -> dataset.find(Node.ANY, subject, Node.ANY, Node.ANY).forEachRemaining(q -> out.accept(q.asTriple()))
                : (subject, out) -> graphs.forEach(g -> g.find(subject, Node.ANY, Node.ANY).forEachRemaining(out));
        List<Triple> statements = new ArrayList<>();
        find.accept(node, statements::add);
        java.util.function.Consumer<Triple> asObject = t -> {
            if (!t.getSubject().equals(node)) {
                statements.add(t);
            }
        };
        if (graphs == null) {
            dataset.find(Node.ANY, Node.ANY, Node.ANY, node).forEachRemaining(q -> asObject.accept(q.asTriple()));
        } else {
            graphs.forEach(g -> g.find(Node.ANY, Node.ANY, node).forEachRemaining(asObject));
        }
        return withAliasRecords(node, statements, alias, find);
    }

    /**
     * The entity's statements with the details of its alias records ({@code ng:aliasName}, {@code ng:aliasReason},
     * {@code prov:wasDerivedFrom}): the record is a node of its own, so without them the entity's data would link to
     * records it does not describe (issue 13). A record changes only with its article, which is already one of the
     * page's inputs. {@code find} gives the statements of a subject where the entity's are looked for.
     */
    private static List<Triple> withAliasRecords(Node node, List<Triple> statements, Node alias,
                                                 java.util.function.BiConsumer<Node, java.util.function.Consumer<Triple>> find) {
        List<Triple> records = new ArrayList<>();
        for (Triple t : statements) {
            if (t.getSubject().equals(node) && t.getPredicate().equals(alias) && !t.getObject().isLiteral()) {
                find.accept(t.getObject(), records::add);
            }
        }
        if (records.isEmpty()) {
            return statements;
        }
        List<Triple> all = new ArrayList<>(statements);
        all.addAll(records);
        return all;
    }

    /** Per entity, every statement in any graph with the entity as subject or object; one pass over the dataset. */
    private static Map<Node, List<Triple>> statementsAbout(RenderContext context) {
        Map<Node, List<Triple>> about = new HashMap<>();
        String prefix = context.iris().base() + "entity/";
        context.dataset().find().forEachRemaining(q -> {
            Node s = q.getSubject();
            Node o = q.getObject();
            if (s.isURI() && s.getURI().startsWith(prefix)) {
                about.computeIfAbsent(s, k -> new ArrayList<>()).add(q.asTriple());
            }
            if (o.isURI() && !o.equals(s) && o.getURI().startsWith(prefix)) {
                about.computeIfAbsent(o, k -> new ArrayList<>()).add(q.asTriple());
            }
        });
        Node alias = NG.term(context.iris().base(), NG.alias);
        about.replaceAll((node, statements) -> withAliasRecords(node, statements, alias, (subject, out) ->
                context.dataset().find(Node.ANY, subject, Node.ANY, Node.ANY).forEachRemaining(q -> out.accept(q.asTriple()))));
        return about;
    }

    private static String sentenceAround(ArticleData article, int offset) {
        String text = article.text();
        int start = Math.max(text.lastIndexOf("\n", offset), Math.max(text.lastIndexOf(". ", offset) + 1, 0));
        int end = text.indexOf(". ", offset);
        int paragraph = text.indexOf("\n", offset);
        if (end < 0 || paragraph >= 0 && paragraph < end) {
            end = paragraph < 0 ? text.length() : paragraph;
        } else {
            end += 1;
        }
        return text.substring(start, end).strip();
    }

    private static String jsonld(EntityData entity, String iri) {
        ObjectNode node = ViewFactory.object();
        node.put("@context", "https://schema.org");
        node.put("@type", entity.type());
        node.put("@id", iri);
        node.put("name", entity.name());
        if (!entity.aliases().isEmpty()) {
            var aliases = node.putArray("alternateName");
            entity.aliases().forEach(aliases::add);
        }
        if (entity.sameAs() != null) {
            node.put("sameAs", entity.sameAs());
        }
        return ViewFactory.scriptJson(node);
    }
}
