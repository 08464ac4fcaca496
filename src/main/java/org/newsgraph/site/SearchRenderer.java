package org.newsgraph.site;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.stream.Collectors;
import org.newsgraph.site.SiteModel.ArticleData;
import org.newsgraph.site.SiteModel.EntityData;
import org.newsgraph.site.SiteModel.FigureData;

/**
 * The search page and its index: {@code search/index.json} lists every article, entity and figure with the text to
 * search and a link relative to the site's root. {@code search/index.js} holds the same data for a script tag, so
 * search also works from a site opened as files.
 */
final class SearchRenderer implements PageRenderer {

    static final String PATH = "search/index.html";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public void render(RenderContext context) throws IOException {
        SiteModel model = context.model();
        ObjectNode index = JSON.createObjectNode();
        ArrayNode documents = index.putArray("documents");
        for (ArticleData article : model.articles) {
            documents.addObject().put("id", "article/" + article.slug()).put("kind", "Article")
                    .put("title", article.title()).put("date", article.date())
                    .put("text", String.join(" ", article.tags()) + " " + article.lead())
                    .put("names", article.mentions().stream().map(SiteModel.MentionData::entityId).distinct()
                            .map(model.entities::get).filter(Objects::nonNull).map(EntityData::name)
                            .sorted().collect(Collectors.joining(" ")))
                    .put("href", ViewFactory.articlePath(article.slug()));
        }
        for (EntityData entity : model.entities.values()) {
            documents.addObject().put("id", "entity/" + entity.id()).put("kind", entity.type())
                    .put("title", entity.name()).put("names", String.join(" ", entity.aliases()))
                    .put("href", ViewFactory.entityPath(entity.id()));
        }
        for (ArticleData article : model.articles) {
            for (FigureData f : article.figures()) {
                EntityData subject = f.subjectId() == null ? null : model.entities.get(f.subjectId());
                documents.addObject().put("id", "article/" + article.slug() + "#" + f.id()).put("kind", "Figure")
                        .put("title", f.text()).put("date", article.date())
                        .put("text", (f.measure() == null ? "" : f.measure()) + " " + f.kind())
                        .put("names", subject == null ? "" : subject.name())
                        .put("href", ViewFactory.articlePath(article.slug()) + "#" + f.id());
            }
        }
        String json = JSON.writeValueAsString(index) + "\n";
        context.output().write(Path.of("search/index.json"), json);
        context.output().write(Path.of("search/index.js"), "window.newsgraphSearchIndex = " + json.strip() + ";\n");
        context.output().write(Path.of(PATH), context.templates().render("search",
                new Views.SearchPage(ViewFactory.rootOf(PATH))));
    }
}
