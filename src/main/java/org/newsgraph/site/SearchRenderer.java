package org.newsgraph.site;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.newsgraph.site.SiteModel.ArticleData;
import org.newsgraph.site.SiteModel.EntityData;
import org.newsgraph.site.SiteModel.FigureData;

/**
 * The search page and its index: {@code search/index.json} lists every article (its whole text), entity (with its
 * aliases) and figure (read as "subject measure value": "Microsoft revenue $62 billion") with the text to search and
 * a link relative to the site's root (a figure's relative to its article's). {@code search/index.js} holds the same data for a script tag, so search also
 * works from a site opened as files; the page loads it when the reader starts searching.
 */
final class SearchRenderer implements PageRenderer {

    static final String PATH = "search/index.html";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void render(RenderContext context) throws IOException {
        String json = JSON.writeValueAsString(index(context.model(), context.views())) + "\n";
        context.output().write(Path.of("search/index.json"), json);
        context.output().write(Path.of("search/index.js"), "window.newsgraphSearchIndex = "
                + json.strip().replace("<", "\\u003c") + ";\n");
        context.output().write(Path.of(PATH), context.templates().render("search",
                new Views.SearchPage(ViewFactory.rootOf(PATH))));
    }

    /**
     * Articles first, then entities, then figures; ids are places in the list. A figure names its article by that
     * article's id ({@code in}) and links by its fragment alone, which keeps the index small: the page's script
     * fills in the article's title, date and address.
     */
    static ObjectNode index(SiteModel model, ViewFactory views) {
        ObjectNode index = JSON.createObjectNode();
        ArrayNode documents = index.putArray("documents");
        for (ArticleData article : model.articles) {
            TreeSet<String> names = new TreeSet<>(article.tags());
            article.mentions().stream().map(SiteModel.MentionData::entityId).distinct().map(model.entities::get)
                    .filter(Objects::nonNull).forEach(e -> {
                        names.add(e.name());
                        names.addAll(e.aliases());
                    });
            ObjectNode doc = documents.addObject().put("id", documents.size() - 1).put("kind", "Article")
                    .put("title", article.title()).put("names", String.join(" · ", names))
                    .put("text", plain(article)).put("href", ViewFactory.articlePath(article.slug()));
            if (article.date() != null) {
                doc.put("date", article.date());
            }
        }
        for (EntityData entity : model.entities.values()) {
            ObjectNode doc = documents.addObject().put("id", documents.size() - 1).put("kind", entity.type())
                    .put("title", entity.name()).put("href", ViewFactory.entityPath(entity.id()));
            if (!entity.aliases().isEmpty()) {
                doc.put("names", String.join(" · ", entity.aliases()));
            }
        }
        for (int a = 0; a < model.articles.size(); a++) {
            ArticleData article = model.articles.get(a);
            for (FigureData f : article.figures()) {
                documents.addObject().put("id", documents.size() - 1).put("kind", "Figure")
                        .put("title", figureTitle(views.figure("", article, f))).put("text", f.text()).put("in", a)
                        .put("href", "#" + f.id());
            }
        }
        return index;
    }

    /**
     * A figure as a reader looks for it: subject, measure, value with what it is per, and time ("Microsoft revenue
     * $62 billion 2025", "Acme loss $0.67 per share 2025-Q1").
     */
    static String figureTitle(Views.FigureRow f) {
        List<String> parts = new ArrayList<>();
        Stream.of(f.subject() == null ? null : f.subject().label(), f.measureLabel(),
                        f.value().isEmpty() ? f.text() : f.value(), f.per() == null ? null : "per " + f.per(),
                        f.period(), f.time())
                .filter(s -> s != null && !s.isBlank()).forEach(parts::add);
        return String.join(" ", parts);
    }

    /** The article's text, headings and paragraphs one after another. */
    private static String plain(ArticleData article) {
        return String.join("\n", article.blocks().stream().map(b -> article.sentence(b.begin(), b.end()).strip()).toList());
    }
}
