package org.newsgraph.site;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.newsgraph.site.SiteModel.ArticleData;
import org.newsgraph.site.Views.EntitySummary;

/** One page per article: its text with mentions and figures marked, and its facts; plus its RDF. */
final class ArticleRenderer implements PageRenderer {

    /** The files of an article's page, in its folder. */
    private static final List<String> FILES = List.of("index.html", "index.ttl", "index-rdf11.ttl", "index.jsonld");

    @Override
    public void render(RenderContext context) throws IOException {
        ViewFactory views = context.views();
        String root = "../../";
        SameMeasure sameMeasure = new SameMeasure(context.model().articles);
        context.forEach(context.model().articles, article -> {
            String dir = "article/" + article.slug() + "/";
            if (context.unchanged(dir, "article", FILES)) {
                return;
            }
            String iri = context.iris().article(article.slug()).getURI();
            var entities = article.mentions().stream().map(SiteModel.MentionData::entityId).distinct()
                    .filter(context.model().entities::containsKey)
                    .map(id -> views.entitySummary(root, id)).sorted(java.util.Comparator
                            .comparingInt((EntitySummary e) -> -e.mentions()).thenComparing(EntitySummary::name))
                    .toList();
            List<SameMeasure.Found> elsewhere = sameMeasure.elsewhere(article);
            Views.ArticlePage page = new Views.ArticlePage(root, article.title(), article.date(), article.author(),
                    article.source(), safeUrl(article.url()), views.tags(root, article), views.blocks(root, article),
                    article.figures().stream().map(f -> views.figure(root, article, f)).toList(),
                    article.relations().stream().map(r -> views.relation(root, article, r)).toList(),
                    entities, iri, jsonld(context, article, iri), elsewhere.stream()
                    .map(f -> views.figure(root, f.article(), f.figure())).toList());
            context.page(dir + "index.html", "article", page);
            context.built(dir, "article", inputs(article, elsewhere));
            Node name = context.iris().article(article.slug());
            Graph graph = context.dataset().getGraph(name);
            String key = context.model().graphKey(name);
            context.write(dir + "index.ttl", key, () -> context.graphFiles().turtle(graph));
            context.write(dir + "index-rdf11.ttl", key, () -> context.graphFiles().turtleRdf11(graph));
            context.write(dir + "index.jsonld", key, () -> context.graphFiles().jsonld(graph));
        });
    }

    /**
     * What an article's page is made from, as {@link PageInputs} tokens: its graph and every entity it names (names,
     * types and mention counts are on the page), and each figure shown from another article with the entities that
     * figure names.
     */
    private static Set<String> inputs(ArticleData article, List<SameMeasure.Found> elsewhere) {
        Set<String> tokens = new TreeSet<>();
        tokens.add("A:" + article.slug());
        for (SameMeasure.Found found : elsewhere) {
            tokens.add("a:" + found.article().slug());
            figureEntities(found.figure()).forEach(id -> tokens.add("e:" + id));
        }
        return tokens;
    }

    /** The entities a figure row shows: its subject, candidate subject, whole it is a share of, other subjects. */
    static List<String> figureEntities(SiteModel.FigureData f) {
        List<String> ids = new ArrayList<>(f.otherSubjectIds());
        for (String id : new String[] {f.subjectId(), f.candidateSubjectId(), f.ofEntityId()}) {
            if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }

    /** Only web links are shown as links; anything else (javascript:, data:) is not a link. */
    static String safeUrl(String url) {
        return url != null && url.matches("(?i)https?://\\S+") ? url : null;
    }

    private static String jsonld(RenderContext context, ArticleData article, String iri) {
        ObjectNode node = ViewFactory.object();
        node.put("@context", "https://schema.org");
        node.put("@type", "NewsArticle");
        node.put("@id", iri);
        node.put("headline", article.title());
        if (article.date() != null) {
            node.put("datePublished", article.date());
        }
        if (article.author() != null) {
            node.putObject("author").put("@type", "Person").put("name", article.author());
        }
        ArrayNode mentions = node.putArray("mentions");
        article.mentions().stream().map(SiteModel.MentionData::entityId).distinct().sorted()
                .filter(context.model().entities::containsKey).forEach(id -> {
                    SiteModel.EntityData entity = context.model().entities.get(id);
                    mentions.addObject().put("@type", entity.type()).put("@id", context.iris().entity(id).getURI())
                            .put("name", entity.name());
                });
        return ViewFactory.scriptJson(node);
    }
}
