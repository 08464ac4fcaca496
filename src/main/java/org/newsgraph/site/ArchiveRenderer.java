package org.newsgraph.site;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.site.SiteModel.ArticleData;
import org.newsgraph.site.Views.ArticleGroup;
import org.newsgraph.site.Views.Link;

/** The date archive: every article by month, one page per year and one per month. */
final class ArchiveRenderer implements PageRenderer {

    @Override
    public void render(RenderContext context) throws IOException {
        // Articles come newest first, so years and months do too.
        Map<String, Map<String, List<ArticleData>>> byYear = new LinkedHashMap<>();
        List<ArticleData> undated = new ArrayList<>();
        for (ArticleData article : context.model().articles) {
            if (article.date() == null || !article.date().matches("\\d{4}-\\d{2}.*")) {
                undated.add(article);
            } else {
                byYear.computeIfAbsent(article.date().substring(0, 4), k -> new LinkedHashMap<>())
                        .computeIfAbsent(article.date().substring(5, 7), k -> new ArrayList<>()).add(article);
            }
        }
        String indexPath = ViewFactory.archivePath(null, null);
        List<ArticleGroup> all = new ArrayList<>();
        byYear.forEach((year, months) -> months.forEach((month, articles) ->
                all.add(group(context, indexPath, year, month, articles))));
        if (!undated.isEmpty()) {
            String root = ViewFactory.rootOf(indexPath);
            all.add(new ArticleGroup("Undated", null, undated.stream().map(a -> context.views().summary(root, a)).toList()));
        }
        write(context, indexPath, "All articles", null, byYear.keySet(), all);
        for (var year : byYear.entrySet()) {
            String yearPath = ViewFactory.archivePath(year.getKey(), null);
            List<ArticleGroup> groups = new ArrayList<>();
            for (var month : year.getValue().entrySet()) {
                groups.add(group(context, yearPath, year.getKey(), month.getKey(), month.getValue()));
                String monthPath = ViewFactory.archivePath(year.getKey(), month.getKey());
                write(context, monthPath, monthName(month.getKey()) + " " + year.getKey(),
                        new Link(ViewFactory.rootOf(monthPath) + yearPath, year.getKey()), byYear.keySet(),
                        List.of(group(context, monthPath, year.getKey(), month.getKey(), month.getValue())));
            }
            write(context, yearPath, "Articles of " + year.getKey(),
                    new Link(ViewFactory.rootOf(yearPath) + indexPath, "All articles"), byYear.keySet(), groups);
        }
    }

    private static ArticleGroup group(RenderContext context, String page, String year, String month,
                                      List<ArticleData> articles) {
        String root = ViewFactory.rootOf(page);
        return new ArticleGroup(monthName(month) + " " + year, root + ViewFactory.archivePath(year, month),
                articles.stream().map(a -> context.views().summary(root, a)).toList());
    }

    private static void write(RenderContext context, String path, String title, Link up, Iterable<String> years,
                              List<ArticleGroup> groups) throws IOException {
        String root = ViewFactory.rootOf(path);
        List<Link> yearLinks = new ArrayList<>();
        years.forEach(y -> yearLinks.add(new Link(root + ViewFactory.archivePath(y, null), y)));
        context.page(path, "archive", new Views.ArchivePage(root, title, up, yearLinks, groups));
    }

    private static String monthName(String month) {
        return Month.of(Integer.parseInt(month)).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
