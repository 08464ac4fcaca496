package org.newsgraph.site;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newsgraph.site.SiteModel.ArticleData;
import org.newsgraph.site.SiteModel.EntityData;
import org.newsgraph.site.Views.FigureRow;
import org.newsgraph.site.Views.MentionRow;
import org.newsgraph.site.Views.RelationRow;

/** One page per entity: what it is, figures about it, relations both ways, where it is mentioned; plus its RDF. */
final class EntityRenderer implements PageRenderer {

    @Override
    public void render(RenderContext context) throws IOException {
        SiteModel model = context.model();
        ViewFactory views = context.views();
        Map<String, List<ArticleData>> byEntity = model.articlesByEntity();
        String root = "../../";
        for (EntityData entity : model.entities.values()) {
            List<FigureRow> figures = new ArrayList<>();
            List<RelationRow> outgoing = new ArrayList<>();
            List<RelationRow> incoming = new ArrayList<>();
            List<MentionRow> mentions = new ArrayList<>();
            for (ArticleData article : model.articles) {
                article.figures().stream().filter(f -> entity.id().equals(f.subjectId()))
                        .forEach(f -> figures.add(views.figure(root, article, f)));
                for (SiteModel.RelationData r : article.relations()) {
                    if (r.subjectId().equals(entity.id())) {
                        outgoing.add(views.relation(root, article, r));
                    } else if (r.objectId().equals(entity.id())) {
                        incoming.add(views.relation(root, article, r));
                    }
                }
                article.mentions().stream().filter(m -> m.entityId().equals(entity.id())).forEach(m ->
                        mentions.add(new MentionRow(views.articleLink(root, article), sentenceAround(article, m.begin()))));
            }
            String iri = context.iris().entity(entity.id()).getURI();
            Views.EntityPage page = new Views.EntityPage(root, entity.name(), entity.type(),
                    ViewFactory.typeLabel(entity.type()), root + ViewFactory.typeIndexPath(entity.type(), 1),
                    entity.aliases(), ArticleRenderer.safeUrl(entity.sameAs()), iri, figures, TimeChart.of(figures), outgoing, incoming,
                    mentions.stream().distinct().toList(),
                    byEntity.getOrDefault(entity.id(), List.of()).stream().map(a -> views.summary(root, a)).toList(),
                    views.backlinks(root, entity.id()), jsonld(entity, iri));
            String dir = "entity/" + entity.id() + "/";
            context.output().write(Path.of(dir + "index.html"), context.templates().render("entity", page));
            Graph description = describe(context, context.iris().entity(entity.id()));
            context.output().write(Path.of(dir + "index.ttl"), context.graphFiles().turtle(description));
            context.output().write(Path.of(dir + "index.jsonld"), context.graphFiles().jsonld(description));
        }
    }

    /** Every statement in any graph with the entity as subject or object. */
    private static Graph describe(RenderContext context, Node entity) {
        Graph graph = GraphFactory.createDefaultGraph();
        context.dataset().find(Node.ANY, entity, Node.ANY, Node.ANY).forEachRemaining(q -> graph.add(q.asTriple()));
        context.dataset().find(Node.ANY, Node.ANY, Node.ANY, entity).forEachRemaining(q -> graph.add(q.asTriple()));
        return graph;
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
