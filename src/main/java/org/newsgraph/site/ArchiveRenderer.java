package org.newsgraph.site;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.newsgraph.site.SiteModel.ArticleData;
import org.newsgraph.site.Views.ArticleGroup;
import org.newsgraph.site.Views.Link;

/**
 * The date archive: every article by month, one page per year and one per month. The years are linked from the
 * archive's index only (a year's page links its months and the index, a month's page its year), so an article in a
 * new year or month writes the index and that year's and month's pages, not every page of the archive.
 */
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
        List<Members> all = new ArrayList<>();
        byYear.forEach((year, months) -> months.forEach((month, articles) ->
                all.add(new Members(year, month, articles))));
        if (!undated.isEmpty()) {
            all.add(new Members(null, null, undated));
        }
        write(context, indexPath, "All articles", null, byYear.keySet(), all);
        for (var year : byYear.entrySet()) {
            String yearPath = ViewFactory.archivePath(year.getKey(), null);
            List<Members> groups = new ArrayList<>();
            for (var month : year.getValue().entrySet()) {
                Members members = new Members(year.getKey(), month.getKey(), month.getValue());
                groups.add(members);
                String monthPath = ViewFactory.archivePath(year.getKey(), month.getKey());
                write(context, monthPath, monthName(month.getKey()) + " " + year.getKey(),
                        new Link(ViewFactory.rootOf(monthPath) + yearPath, year.getKey()), List.of(),
                        List.of(members));
            }
            write(context, yearPath, "Articles of " + year.getKey(),
                    new Link(ViewFactory.rootOf(yearPath) + indexPath, "All articles"), List.of(), groups);
        }
    }

    /** The articles of one month ({@code year} null: the undated ones), newest first. */
    private record Members(String year, String month, List<ArticleData> articles) {

        ArticleGroup view(RenderContext context, String page) {
            String root = ViewFactory.rootOf(page);
            List<Views.ArticleSummary> summaries = articles.stream()
                    .map(a -> context.views().summary(root, a)).toList();
            return year == null ? new ArticleGroup("Undated", null, summaries)
                    : new ArticleGroup(monthName(month) + " " + year, root + ViewFactory.archivePath(year, month),
                            summaries);
        }
    }

    /**
     * One archive page, unless the dependency index has it with the same months and articles in the same order and
     * none of those articles changed (a summary shows only what its article's graph says: {@code a:} tokens).
     */
    private static void write(RenderContext context, String path, String title, Link up, Collection<String> years,
                              List<Members> groups) throws IOException {
        List<String> key = new ArrayList<>(List.of(path, title, String.valueOf(up), String.join(" ", years)));
        Set<String> tokens = new TreeSet<>();
        for (Members group : groups) {
            key.add(group.year() + "-" + group.month());
            group.articles().forEach(a -> {
                key.add(a.slug());
                tokens.add("a:" + a.slug());
            });
        }
        context.listing(path, "archive", Keys.of(key.toArray(String[]::new)), tokens, () -> {
            String root = ViewFactory.rootOf(path);
            List<Link> yearLinks = new ArrayList<>();
            years.forEach(y -> yearLinks.add(new Link(root + ViewFactory.archivePath(y, null), y)));
            return new Views.ArchivePage(root, title, up, yearLinks,
                    groups.stream().map(g -> g.view(context, path)).toList());
        });
    }

    private static String monthName(String month) {
        return Month.of(Integer.parseInt(month)).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
