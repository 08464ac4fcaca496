package org.newsgraph.site;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.newsgraph.site.SiteModel.ArticleData;

/**
 * The figures explorer: every figure of every article, {@link #PAGE_SIZE} to a page, as plain tables that need no
 * script: an index of the newest figures and pages numbered from the oldest ({@link FiguresPages}), which keep their
 * figures as newer articles come. {@code figures/data.js} holds every row for the explorer's script, which filters and sorts them all in
 * the browser by kind, unit, measure, entity and period and pages through what it finds; it is put together from
 * one piece per article ({@link FiguresPieces}), an unchanged article's taken from the previous site.
 */
final class FiguresRenderer implements PageRenderer {

    /** A figure and its place in its article's list. */
    private record Found(ArticleData article, int index) {

        SiteModel.FigureData figure() {
            return article.figures().get(index);
        }
    }

    static final String PATH = "figures/index.html";
    static final int PAGE_SIZE = 100;
    private static final String ROW = "figure-row";
    private static final String FILTERS = "figure-filters";

    /**
     * The explorer's index (page 0: the newest figures, "figures/index.html") or its numbered page {@code page},
     * counted from the oldest figures ("figures/page/2/index.html").
     */
    static String path(int page) {
        return page <= 0 ? PATH : "figures/page/" + page + "/index.html";
    }

    @Override
    public void render(RenderContext context) throws IOException {
        List<Found> found = new ArrayList<>();
        for (ArticleData article : context.model().articles) {
            for (int i = 0; i < article.figures().size(); i++) {
                found.add(new Found(article, i));
            }
        }
        // Each article's rows and filter values: an unchanged article's from the previous site's pieces.
        String header = Keys.of("figures pieces", context.iris().base());
        FiguresPieces previous = context.inputs().enabled()
                ? FiguresPieces.read(context.output().previousFile(Path.of(FiguresPieces.FILE)), header)
                : FiguresPieces.none(header);
        List<ArticleData> withFigures = context.model().articles.stream().filter(a -> !a.figures().isEmpty()).toList();
        List<FiguresPieces.Article> pieces = withFigures.parallelStream().map(article -> {
            FiguresPieces.Article before = context.inputs().articleUnchanged(article.slug())
                    ? previous.previous(article.slug(), article.figures().size()) : null;
            return before != null ? before : FiguresPieces.of(context.views(), article);
        }).toList();
        int figures = pieces.stream().mapToInt(p -> p.figures().size()).sum();
        FiguresPages layout = new FiguresPages(figures, PAGE_SIZE);
        // The index shows the newest figures and the count; numbered page N holds figures 100(N-1)+1 to 100N counted
        // from the oldest, for good. Every page shows the filter form (the same on every page: its choices come from
        // the data in the browser) and its own rows, each numbered from the oldest: a numbered page is taken over
        // when its figures are as before and none of its rows' articles (with the entities they name) changed, so
        // a figure from a newer article than every other changes the index and the newest page only. The form is
        // rendered once; a row is rendered only when its article changed.
        List<String> options = List.of(context.templates().fingerprint(FILTERS), context.templates().fingerprint(ROW));
        FigureRows rows = FigureRows.read(context.inputs().enabled() ? context.output() : null,
                Keys.of("figure rows", context.iris().base(), context.templates().fingerprint(ROW)),
                context.inputs()::articleUnchanged, context.templates(), context.views());
        // The pages on every worker (0: the index); the filter form is made by the first page built, the rows file
        // keeps page order.
        List<Integer> numbers = new ArrayList<>();
        for (int page = 0; page <= layout.pages(); page++) {
            numbers.add(page);
            String root = ViewFactory.rootOf(path(page));
            members(found, layout, page).forEach(f -> rows.expect(root, f.article()));
        }
        FilterForm filters = new FilterForm(context.templates(), Views.FigureFilters.EMPTY);
        context.forEach(numbers, page -> {
            String path = path(page);
            String root = ViewFactory.rootOf(path);
            int from = page == 0 ? 0 : layout.from(page);
            List<Found> members = members(found, layout, page);
            Views.NewerOlder links = page == 0 ? layout.indexLinks(n -> root + path(n))
                    : layout.pageLinks(page, n -> root + path(n));
            List<String> key = new ArrayList<>(options);
            key.add(path);
            key.add(String.valueOf(links));
            // The index shows the count (and its rows' numbers follow from it); a numbered page's follow from its number.
            key.add(page == 0 ? Integer.toString(figures) : "");
            Set<String> tokens = new TreeSet<>();
            members.forEach(f -> {
                key.add(f.article().slug() + "#" + f.figure().id());
                tokens.add("A:" + f.article().slug());
            });
            context.listing(path, "figures", Keys.of(key.toArray(String[]::new)), tokens, () -> {
                StringBuilder html = new StringBuilder();
                for (int i = 0; i < members.size(); i++) {
                    Found f = members.get(i);
                    html.append(i == 0 ? "" : "\n    ")
                            .append(rows.row(root, f.article(), f.index(), layout.number(from + i)));
                }
                int newest = layout.number(from);
                int oldest = layout.number(from + members.size() - 1);
                return new Views.FiguresPage(root, filters.html(), html.toString(), members.size(), oldest, newest,
                        page == 0 ? figures : 0, page, links);
            });
        });
        context.output().write(Path.of("figures/data.js"),
                "window.newsgraphFigures = " + FiguresPieces.assemble(pieces) + ";\n");
        if (context.inputs().enabled()) {
            Map<String, FiguresPieces.Article> bySlug = new TreeMap<>();
            for (int i = 0; i < withFigures.size(); i++) {
                bySlug.put(withFigures.get(i).slug(), pieces.get(i));
            }
            context.output().write(Path.of(FiguresPieces.FILE), previous.keep(bySlug));
            // The rows of a page taken over are kept for the next build all the same.
            rows.write(context.output());
        }
    }

    /** The figures on numbered page {@code page}, or on the index (page 0), newest first. */
    private static List<Found> members(List<Found> found, FiguresPages layout, int page) {
        return page == 0 ? found.subList(0, layout.onIndex()) : found.subList(layout.from(page), layout.to(page));
    }

    /** The filter form every page shows (without choices), rendered by the first page that is built and only then. */
    private static final class FilterForm {
        private final Templates templates;
        private final Views.FigureFilters filters;
        private String html;

        FilterForm(Templates templates, Views.FigureFilters filters) {
            this.templates = templates;
            this.filters = filters;
        }

        synchronized String html() {
            if (html == null) {
                html = templates.render(FILTERS, filters).strip();
            }
            return html;
        }
    }
}
