package org.newsgraph.site;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.newsgraph.site.SiteModel.ArticleData;
import org.newsgraph.site.Views.FigureRow;
import org.newsgraph.site.Views.Option;

/**
 * The figures explorer: every figure of every article, {@link #PAGE_SIZE} to a page, as plain tables that need no
 * script. {@code figures/data.js} holds every row for the explorer's script, which filters and sorts them all in
 * the browser by kind, unit, measure, entity and period and pages through what it finds.
 */
final class FiguresRenderer implements PageRenderer {

    private record Found(ArticleData article, SiteModel.FigureData figure) {
    }

    static final String PATH = "figures/index.html";
    static final int PAGE_SIZE = 100;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The explorer's page {@code page}: "figures/index.html", "figures/page/2/index.html". */
    static String path(int page) {
        return page <= 1 ? PATH : "figures/page/" + page + "/index.html";
    }

    @Override
    public void render(RenderContext context) throws IOException {
        List<Found> found = new ArrayList<>();
        for (ArticleData article : context.model().articles) {
            article.figures().forEach(f -> found.add(new Found(article, f)));
        }
        List<FigureRow> all = found.stream().map(f -> context.views().figure("", f.article(), f.figure())).toList();
        List<String> kinds = distinct(all, FigureRow::kind);
        List<Option> units = units(all);
        List<String> entities = distinct(all, f -> f.subject() == null ? null : f.subject().label());
        List<String> periods = distinct(all, FigureRow::period);
        int pages = Math.max(1, (all.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        // Every page shows the filters' options (made from every figure) and its own rows: a page is taken over when
        // the options, the count and its figures are as before and none of its rows' articles (with the entities
        // they name) changed.
        List<String> options = new ArrayList<>(List.of(Integer.toString(all.size()), String.join("\n", kinds),
                String.join("\n", entities), String.join("\n", periods)));
        units.forEach(u -> options.add(u.toString()));
        for (int page = 1; page <= pages; page++) {
            String path = path(page);
            String root = ViewFactory.rootOf(path);
            int from = (page - 1) * PAGE_SIZE;
            List<Found> members = found.subList(from, Math.min(found.size(), from + PAGE_SIZE));
            List<String> key = new ArrayList<>(options);
            key.add(path);
            Set<String> tokens = new TreeSet<>();
            members.forEach(f -> {
                key.add(f.article().slug() + "#" + f.figure().id());
                tokens.add("A:" + f.article().slug());
            });
            int at = page;
            context.listing(path, "figures", Keys.of(key.toArray(String[]::new)), tokens, () -> {
                List<FigureRow> rows = members.stream()
                        .map(f -> context.views().figure(root, f.article(), f.figure())).toList();
                return new Views.FiguresPage(root, rows, from, all.size(), kinds, units, entities, periods,
                        EntityIndexRenderer.pager(at, pages, n -> root + path(n)));
            });
        }
        context.output().write(Path.of("figures/data.js"), "window.newsgraphFigures = " + data(found, all) + ";\n");
    }

    /**
     * Every row for the script: {@code articles} and {@code entities} once each (name and link relative to the
     * site's root), and per figure its fields, its article and entity by place in those lists, its link by its
     * fragment; the script makes rows of the same fields as the pages' data attributes.
     */
    private static String data(List<Found> found, List<FigureRow> figures) throws IOException {
        ObjectNode data = JSON.createObjectNode();
        ArrayNode articles = data.putArray("articles");
        ArrayNode entities = data.putArray("entities");
        ArrayNode rows = data.putArray("rows");
        Map<String, Integer> articleAt = new java.util.HashMap<>();
        Map<String, Integer> entityAt = new java.util.HashMap<>();
        for (int i = 0; i < figures.size(); i++) {
            FigureRow f = figures.get(i);
            ObjectNode row = rows.addObject();
            row.put("article", articleAt.computeIfAbsent(f.article().href(), href -> {
                articles.addArray().add(f.article().label()).add(href);
                return articles.size() - 1;
            }));
            row.put("id", found.get(i).figure().id()).put("text", f.text()).put("value", f.value())
                    .put("kind", f.kind()).put("unit", f.unit());
            if (!f.unitName().equals(f.unit())) {
                row.put("unitName", f.unitName());
            }
            if (f.number() != null) {
                row.put("number", f.number());
            }
            putIf(row, "qualifier", f.qualifier());
            putIf(row, "direction", f.direction());
            putIf(row, "per", f.per());
            putIf(row, "measure", f.measure());
            if (f.measureLabel() == null && f.measure() != null) {
                row.put("measureLabel", "");
            }
            if (f.subject() != null) {
                row.put("entity", entityAt.computeIfAbsent(f.subject().href(), href -> {
                    entities.addArray().add(f.subject().label()).add(href);
                    return entities.size() - 1;
                }));
            } else if (f.candidateSubject() != null) {
                // only probably about it: shown with a marker, and not what the "About" filter selects
                row.put("candidate", entityAt.computeIfAbsent(f.candidateSubject().href(), href -> {
                    entities.addArray().add(f.candidateSubject().label()).add(href);
                    return entities.size() - 1;
                }));
            }
            if (f.measure() == null) {
                putIf(row, "candidateMeasure", f.candidateMeasure());
            }
            if (f.unitAssumed()) {
                row.put("unitAssumed", true);
            }
            if ((f.subject() != null || f.candidateSubject() != null) && !f.otherSubjects().isEmpty()) {
                ArrayNode others = row.putArray("others");
                f.otherSubjects().forEach(o -> others.add(entityAt.computeIfAbsent(o.href(), href -> {
                    entities.addArray().add(o.label()).add(href);
                    return entities.size() - 1;
                })));
            }
            putIf(row, "period", f.period());
            putIf(row, "time", f.time());
        }
        return JSON.writeValueAsString(data).replace("<", "\\u003c");
    }

    private static void putIf(ObjectNode row, String field, String value) {
        if (value != null) {
            row.put(field, value);
        }
    }

    /** The units in use, each with its name, sorted by name. */
    private static List<Option> units(List<FigureRow> figures) {
        Map<String, String> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        figures.forEach(f -> byName.putIfAbsent(f.unitName() + " " + f.unit(), f.unit()));
        return byName.values().stream().map(u -> new Option(u, Formats.unitName(u))).toList();
    }

    private static List<String> distinct(List<FigureRow> figures, Function<FigureRow, String> field) {
        return figures.stream().map(field).filter(Objects::nonNull).distinct().sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }
}
