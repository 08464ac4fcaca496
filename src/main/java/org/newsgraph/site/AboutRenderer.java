package org.newsgraph.site;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.newsgraph.article.Slugs;
import org.newsgraph.graph.Dump;
import org.newsgraph.site.SiteModel.ArticleData;
import org.newsgraph.site.Views.Link;
import org.newsgraph.site.Views.Stat;

/** The about page: what the dataset holds (counts by type, kind and relation), its date range and its files. */
final class AboutRenderer implements PageRenderer {

    static final String PATH = "about/index.html";
    /** The site's data files, with the media type each is published as (the graph dumps: {@link Dump#ALL}). */
    static final Map<String, String> FILES = files();

    private static Map<String, String> files() {
        Map<String, String> files = new TreeMap<>(Map.of("data/void.ttl", "text/turtle", "ontology.ttl", "text/turtle",
                "search/index.json", "application/json", "feed.xml", "application/atom+xml",
                "sitemap.xml", "application/xml"));
        Dump.ALL.forEach(d -> files.put(d.path(), d.mediaType()));
        return Map.copyOf(files);
    }

    /** A file's link; a dump's says its syntax, RDF version and who reads it. */
    private static Link file(String root, String path) {
        return Dump.ALL.stream().filter(d -> d.path().equals(path)).findFirst()
                .map(d -> new Link(root + path, path + " (" + d.mediaType() + ", RDF " + d.rdf() + "; read by "
                        + d.readers() + ")"))
                .orElse(new Link(root + path, path));
    }

    @Override
    public void render(RenderContext context) throws IOException {
        SiteModel model = context.model();
        String root = ViewFactory.rootOf(PATH);
        long tags = model.articles.stream().flatMap(a -> a.tags().stream()).map(Slugs::of)
                .distinct().count();
        long quads = context.statistics().quads();
        List<Stat> totals = List.of(
                new Stat("articles", model.articles.size(), root + ViewFactory.archivePath(null, null)),
                new Stat("entities", model.entities.size(), null),
                new Stat("figures", model.figureCount(), root + FiguresRenderer.PATH),
                new Stat("relations", model.relationCount(), null),
                new Stat("tags", tags, root + TagRenderer.INDEX),
                new Stat("statements", context.statistics().triples(), root + "data/graph.nt"),
                new Stat("statements in named graphs", quads, root + "data/graph.trig"),
                new Stat("named graphs", context.statistics().graphs(), root + "data/graph.trig"));
        List<Stat> types = new ArrayList<>();
        for (String type : HomeRenderer.TYPES) {
            types.add(new Stat(ViewFactory.typeLabel(type), model.entities.values().stream()
                    .filter(e -> e.type().equals(type)).count(), root + ViewFactory.typeIndexPath(type)));
        }
        Map<String, Long> kinds = new TreeMap<>();
        Map<String, Long> predicates = new TreeMap<>();
        for (ArticleData article : model.articles) {
            article.figures().forEach(f -> kinds.merge(f.kind(), 1L, Long::sum));
            article.relations().forEach(r -> predicates.merge(context.views().relationLabel(r.predicate()), 1L, Long::sum));
        }
        List<String> dates = model.articles.stream().map(ArticleData::date).filter(Objects::nonNull).sorted().toList();
        List<Link> files = FILES.keySet().stream().sorted().map(f -> file(root, f)).toList();
        String first = dates.isEmpty() ? null : dates.get(0);
        String last = dates.isEmpty() ? null : dates.get(dates.size() - 1);
        Views.AboutPage page = new Views.AboutPage(root, totals, types, stats(kinds), stats(predicates), first, last,
                files, jsonld(context, first, last),
                Formats.statements(context.statistics().triples(), quads, context.statistics().graphs()));
        context.page(PATH, "about", page);
    }

    private static List<Stat> stats(Map<String, Long> counts) {
        return counts.entrySet().stream().map(e -> new Stat(e.getKey(), e.getValue(), null)).toList();
    }

    /** The dataset as a schema.org Dataset, so dataset search engines find its downloads. */
    private static String jsonld(RenderContext context, String first, String last) {
        String base = context.iris().base();
        ObjectNode node = ViewFactory.object();
        node.put("@context", "https://schema.org");
        node.put("@type", "Dataset");
        node.put("@id", base + "data/void.ttl#newsgraph");
        node.put("name", context.templates().site().title());
        node.put("description", "Companies, people, places, products, figures and relations extracted from "
                + context.model().articles.size() + " news articles, as an RDF knowledge graph.");
        node.put("url", base);
        if (first != null) {
            node.put("temporalCoverage", first + "/" + last);
        }
        ArrayNode distribution = node.putArray("distribution");
        FILES.entrySet().stream().filter(e -> e.getKey().startsWith("data/graph")).sorted(Map.Entry.comparingByKey())
                .forEach(e -> distribution.addObject().put("@type", "DataDownload").put("contentUrl", base + e.getKey())
                        .put("encodingFormat", e.getValue()));
        return ViewFactory.scriptJson(node);
    }
}
