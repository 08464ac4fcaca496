package org.newsgraph.site;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.newsgraph.site.SiteModel.ArticleData;
import org.newsgraph.site.Views.FigureRow;

/**
 * The figures explorer: every figure of every article in one table. The page works as a plain table; its script
 * filters and sorts it in the browser by kind, unit, measure, entity and period.
 */
final class FiguresRenderer implements PageRenderer {

    static final String PATH = "figures/index.html";

    @Override
    public void render(RenderContext context) throws IOException {
        String root = ViewFactory.rootOf(PATH);
        List<FigureRow> figures = new ArrayList<>();
        for (ArticleData article : context.model().articles) {
            article.figures().forEach(f -> figures.add(context.views().figure(root, article, f)));
        }
        Views.FiguresPage page = new Views.FiguresPage(root, figures, distinct(figures, FigureRow::kind),
                distinct(figures, FigureRow::unit), distinct(figures, f -> f.subject() == null ? null : f.subject().label()),
                distinct(figures, FigureRow::period));
        context.page(PATH, "figures", page);
    }

    private static List<String> distinct(List<FigureRow> figures, Function<FigureRow, String> field) {
        return figures.stream().map(field).filter(Objects::nonNull).distinct().sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }
}
