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

/** The home page: latest articles, most-mentioned entities by type, notable figures. */
final class HomeRenderer implements PageRenderer {

    private static final int ENTITIES_PER_TYPE = 12;
    private static final int NOTABLE_FIGURES = 12;

    @Override
    public void render(RenderContext context) throws IOException {
        SiteModel model = context.model();
        ViewFactory views = context.views();
        Map<String, Integer> counts = model.mentionCounts();
        List<TypeGroup> groups = new ArrayList<>();
        for (String type : List.of("Organization", "Person", "Place", "Product")) {
            List<EntitySummary> entities = model.entities.values().stream().filter(e -> e.type().equals(type))
                    .sorted(Comparator.comparingInt((SiteModel.EntityData e) -> -counts.getOrDefault(e.id(), 0))
                            .thenComparing(SiteModel.EntityData::name))
                    .limit(ENTITIES_PER_TYPE).map(e -> views.entitySummary("", e.id())).toList();
            groups.add(new TypeGroup(type, ViewFactory.typeLabel(type), entities));
        }
        List<FigureRow> figures = new ArrayList<>();
        for (ArticleData article : model.articles) {
            article.figures().stream().filter(f -> f.value() != null && f.subjectId() != null)
                    .forEach(f -> figures.add(views.figure("", article, f)));
        }
        List<FigureRow> notable = figures.stream().filter(f -> f.kind().equals("amount") || f.kind().equals("change"))
                .limit(NOTABLE_FIGURES).toList();
        int relations = model.articles.stream().mapToInt(a -> a.relations().size()).sum();
        int figureCount = model.articles.stream().mapToInt(a -> a.figures().size()).sum();
        Views.HomePage page = new Views.HomePage("", "Newsgraph",
                model.articles.stream().map(a -> views.summary("", a)).toList(), groups, notable,
                model.articles.size(), model.entities.size(), figureCount, relations);
        context.output().write(Path.of("index.html"), context.templates().render("index", page));
    }
}
