package org.newsgraph.site;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.newsgraph.site.SiteModel.ArticleData;
import org.newsgraph.site.Views.EntitySummary;
import org.newsgraph.site.Views.FigureRow;
import org.newsgraph.site.Views.TypeGroup;

/** The home page: latest articles, most-mentioned entities by type, notable figures, the search box. */
final class HomeRenderer implements PageRenderer {

    static final List<String> TYPES = List.of("Organization", "Person", "Place", "Product");
    private static final int LATEST_ARTICLES = 10;
    private static final int ENTITIES_PER_TYPE = 12;
    private static final int NOTABLE_FIGURES = 12;
    private static final int FIGURES_PER_ARTICLE = 2;

    @Override
    public void render(RenderContext context) throws IOException {
        SiteModel model = context.model();
        ViewFactory views = context.views();
        Map<String, Integer> counts = model.mentionCounts();
        List<TypeGroup> groups = new ArrayList<>();
        for (String type : TYPES) {
            List<EntitySummary> entities = model.entities.values().stream().filter(e -> e.type().equals(type))
                    .sorted(Comparator.comparingInt((SiteModel.EntityData e) -> -counts.getOrDefault(e.id(), 0))
                            .thenComparing(SiteModel.EntityData::name))
                    .limit(ENTITIES_PER_TYPE).map(e -> views.entitySummary("", e.id())).toList();
            groups.add(new TypeGroup(type, ViewFactory.typeLabel(type), ViewFactory.typeIndexPath(type), entities));
        }
        // Amounts and changes about a known entity, a few from each of the latest articles.
        List<FigureRow> notable = new ArrayList<>();
        for (ArticleData article : model.articles) {
            article.figures().stream().filter(f -> f.value() != null && f.subjectId() != null)
                    .filter(f -> f.kind().equals("amount") || f.kind().equals("change")).limit(FIGURES_PER_ARTICLE)
                    .forEach(f -> notable.add(views.figure("", article, f)));
        }
        Views.HomePage page = new Views.HomePage("", context.templates().site().title(),
                model.articles.stream().limit(LATEST_ARTICLES).map(a -> views.summary("", a)).toList(), groups,
                notable.stream().limit(NOTABLE_FIGURES).toList(),
                model.articles.size(), model.entities.size(), model.figureCount(), model.relationCount());
        context.page("index.html", "index", page);
    }
}
