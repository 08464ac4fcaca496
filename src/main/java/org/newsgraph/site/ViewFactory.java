package org.newsgraph.site;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.jena.shared.PrefixMapping;
import org.newsgraph.article.Slugs;
import org.newsgraph.graph.NG;
import org.newsgraph.graph.Vocabularies;
import org.newsgraph.site.SiteModel.ArticleData;
import org.newsgraph.site.SiteModel.BacklinkData;
import org.newsgraph.site.SiteModel.EntityData;
import org.newsgraph.site.SiteModel.FigureData;
import org.newsgraph.site.SiteModel.MentionData;
import org.newsgraph.site.SiteModel.RelationData;
import org.newsgraph.site.Views.ArticleSummary;
import org.newsgraph.site.Views.BacklinkGroup;
import org.newsgraph.site.Views.Block;
import org.newsgraph.site.Views.EntitySummary;
import org.newsgraph.site.Views.FigureRow;
import org.newsgraph.site.Views.Link;
import org.newsgraph.site.Views.RelationRow;
import org.newsgraph.site.Views.Segment;

/** Builds the view records shared by several pages, with links relative to the page's depth. */
final class ViewFactory {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> PREDICATE_LABELS = Map.ofEntries(Map.entry("ownedBy", "owned by"),
            Map.entry("roleAt", "works at"), Map.entry("basedIn", "based in"), Map.entry("customerOf", "customer of"),
            Map.entry("supplierOf", "supplier of"), Map.entry("competitorOf", "competitor of"),
            Map.entry("partnerOf", "partner of"), Map.entry("investsIn", "invests in"),
            Map.entry("acquires", "acquires"), Map.entry("productOf", "product of"));
    private static final Map<String, String> BACKLINK_LABELS = Map.of("schema:mentions", "Articles that mention it",
            "itsrdf:taIdentRef", "Mentions in the text", "ng:subject", "Figures about it",
            "ng:of", "Shares of it", "schema:parentOrganization", "Parent organization of");
    private static final Map<String, String> TYPE_LABELS = Map.of("Organization", "Organizations", "Person", "People",
            "Place", "Places", "Product", "Products");

    private final SiteModel model;
    private final String base;
    private final Map<String, Integer> mentionCounts;
    private final Map<String, Set<String>> renderedAnchors = new java.util.concurrent.ConcurrentHashMap<>();

    ViewFactory(SiteModel model, String base) {
        this.model = model;
        this.base = base;
        this.mentionCounts = model.mentionCounts();
    }

    static String articlePath(String slug) {
        return "article/" + slug + "/index.html";
    }

    static String entityPath(String id) {
        return "entity/" + id + "/index.html";
    }

    static String typeLabel(String type) {
        return TYPE_LABELS.getOrDefault(type, type);
    }

    /** The index of an entity type, by letter: "organizations/index.html". */
    static String typeIndexPath(String type) {
        return typeLabel(type).toLowerCase(Locale.ROOT) + "/index.html";
    }

    /**
     * The entities of a type under one letter ({@link EntityLetters}), page 1 or a later page of that letter:
     * "organizations/b/index.html", "people/other/page/2/index.html".
     */
    static String typeLetterPath(String type, String letter, int page) {
        String folder = typeLabel(type).toLowerCase(Locale.ROOT) + "/" + letter + "/";
        return page <= 1 ? folder + "index.html" : folder + "page/" + page + "/index.html";
    }

    static String tagPath(String tag) {
        return "tag/" + Slugs.of(tag) + "/index.html";
    }

    /** The date archive: all of it (no year), a year, or a month ("archive/2025/03/index.html"). */
    static String archivePath(String year, String month) {
        return "archive/" + (year == null ? "" : year + "/" + (month == null ? "" : month + "/")) + "index.html";
    }

    /** The way up from a file of the site to the site's root: "" for "index.html", "../../" for "entity/x/index.html". */
    static String rootOf(String path) {
        return "../".repeat((int) path.chars().filter(c -> c == '/').count());
    }

    String base() {
        return base;
    }

    Link entityLink(String root, String id) {
        EntityData entity = model.entities.get(id);
        return entity == null ? null : new Link(root + entityPath(id), entity.name());
    }

    Link articleLink(String root, ArticleData article) {
        return new Link(root + articlePath(article.slug()), article.title());
    }

    ArticleSummary summary(String root, ArticleData article) {
        return new ArticleSummary(article.slug(), article.title(), article.date(), root + articlePath(article.slug()),
                (int) article.mentions().stream().map(MentionData::entityId).distinct().count(),
                article.figures().size());
    }

    EntitySummary entitySummary(String root, String id) {
        EntityData entity = model.entities.get(id);
        return new EntitySummary(id, entity.name(), entity.type(), root + entityPath(id), mentionCounts.getOrDefault(id, 0));
    }

    FigureRow figure(String root, ArticleData article, FigureData f) {
        String of = f.ofEntityId() != null && model.entities.containsKey(f.ofEntityId())
                ? model.entities.get(f.ofEntityId()).name() : f.of();
        Double number = f.value() != null ? f.value()
                : f.min() != null && f.max() != null ? (f.min() + f.max()) / 2 : null;
        return new FigureRow(f.id(), f.text(), f.kind(), Formats.value(f.text(), f.kind(), f.value(), f.min(), f.max(), f.unit(), f.vague()),
                number, f.unit(), Formats.period(f.period()), f.per(), f.qualifier(), f.direction(), f.measure(),
                f.subjectId() == null ? null : entityLink(root, f.subjectId()), of, f.time(),
                articleLink(root, article), root + articlePath(article.slug()) + "#" + f.id(),
                article.sentence(f.sentenceBegin(), f.sentenceEnd()),
                f.candidateSubjectId() == null || !model.entities.containsKey(f.candidateSubjectId()) ? null
                        : entityLink(root, f.candidateSubjectId()), measureLabel(f.candidateMeasure(), f.unit()),
                Formats.unitName(f.unit()), measureLabel(f.measure(), f.unit()),
                f.otherSubjectIds().stream().filter(model.entities::containsKey).map(id -> entityLink(root, id))
                        .toList(), f.unitStep() != null);
    }

    /** The measure as shown: none when it only names the counted noun again ("aircraft" for 62 aircraft). */
    static String measureLabel(String measure, String unit) {
        if (measure == null) {
            return null;
        }
        String m = measure.strip().toLowerCase(Locale.ROOT);
        return m.equals(unit) || m.equals(UnitNames.plural(unit)) || m.equals(Formats.unitName(unit)) ? null : measure;
    }

    /** A relation's predicate as a reader says it: "owned by". */
    String relationLabel(String predicate) {
        return PREDICATE_LABELS.getOrDefault(predicate, predicate);
    }

    /** A relation's predicate with its role, as a reader says it: "CEO of", "owned by". */
    String relationLabel(RelationData r) {
        return r.predicate().equals("roleAt") && r.role() != null ? r.role() + " of" : relationLabel(r.predicate());
    }

    RelationRow relation(String root, ArticleData article, RelationData r) {
        return new RelationRow(entityLink(root, r.subjectId()), r.predicate(), relationLabel(r), r.role(),
                entityLink(root, r.objectId()), article.sentence(r.sentenceBegin(), r.sentenceEnd()),
                articleLink(root, article), r.rule(), r.confidence() < NG.WEAK_BELOW);
    }

    List<Link> tags(String root, ArticleData article) {
        return article.tags().stream().map(t -> new Link(root + tagPath(t), t)).toList();
    }

    /**
     * What points at an entity, grouped by property: articles that mention it, figures about it, entities related
     * to it. Mentions in the text are counted per article and linked to the first one.
     */
    List<BacklinkGroup> backlinks(String root, String entityId) {
        PrefixMapping prefixes = Vocabularies.prefixes(base);
        Map<String, List<Link>> byProperty = new TreeMap<>();
        Map<String, Map<String, List<String>>> mentionsByArticle = new TreeMap<>();
        for (BacklinkData b : model.backlinks.getOrDefault(entityId, List.of())) {
            String property = prefixes.shortForm(b.property());
            String source = b.source();
            int hash = source.indexOf('#');
            ArticleData article = b.article() == null ? null : model.article(b.article());
            if (hash > 0 && source.startsWith("char=", hash + 1) && article != null) {
                mentionsByArticle.computeIfAbsent(property, k -> new TreeMap<>())
                        .computeIfAbsent(article.slug(), k -> new ArrayList<>()).add(source.substring(hash + 1));
                continue;
            }
            byProperty.computeIfAbsent(property, k -> new ArrayList<>()).add(backlinkSource(root, source, article));
        }
        mentionsByArticle.forEach((property, articles) -> articles.forEach((slug, anchors) -> {
            ArticleData article = model.article(slug);
            // A mention inside a marked figure is not marked itself, so link the first one that is.
            String first = anchors.stream().filter(renderedAnchors(article)::contains)
                    .min(Comparator.comparingInt(ViewFactory::charBegin)).map(a -> "#" + a).orElse("");
            byProperty.computeIfAbsent(property, k -> new ArrayList<>()).add(new Link(
                    root + articlePath(slug) + first, anchors.size() + (anchors.size() == 1
                            ? " mention in " : " mentions in ") + article.title()));
        }));
        List<BacklinkGroup> groups = new ArrayList<>();
        String name = model.entities.get(entityId).name();
        byProperty.forEach((property, sources) -> groups.add(new BacklinkGroup(backlinkLabel(property, name), property,
                sources.stream().distinct().sorted(Comparator.comparing(Link::label)).toList())));
        return groups;
    }

    private Link backlinkSource(String root, String source, ArticleData article) {
        String entityPrefix = base + "entity/";
        String entityId = source.startsWith(entityPrefix) && source.endsWith("/")
                ? source.substring(entityPrefix.length(), source.length() - 1) : "";
        if (model.entities.containsKey(entityId)) {
            return entityLink(root, entityId);
        }
        if (article != null && source.equals(base + "article/" + article.slug() + "/")) {
            return articleLink(root, article);
        }
        int hash = source.indexOf('#');
        if (article != null && hash > 0) {
            String fragment = source.substring(hash + 1);
            String label = article.figures().stream().filter(f -> f.id().equals(fragment)).findFirst()
                    .map(f -> "“" + f.text() + "” in " + article.title()).orElse(fragment + " in " + article.title());
            return new Link(root + articlePath(article.slug()) + "#" + fragment, label);
        }
        return new Link(null, source);
    }

    /** The ids the article's page gives its marked text. */
    private Set<String> renderedAnchors(ArticleData article) {
        return renderedAnchors.computeIfAbsent(article.slug(), slug -> blocks("", article).stream()
                .flatMap(b -> b.segments().stream()).map(Segment::anchor).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
    }

    private static String backlinkLabel(String curie, String name) {
        String fixed = BACKLINK_LABELS.get(curie);
        String predicate = curie.startsWith("ng:") ? PREDICATE_LABELS.get(curie.substring(3)) : null;
        if (fixed != null || predicate == null) {
            return fixed != null ? fixed : curie;
        }
        return Character.toUpperCase(predicate.charAt(0)) + predicate.substring(1) + " " + name;
    }

    private static int charBegin(String anchor) {
        return Integer.parseInt(anchor.substring("char=".length(), anchor.indexOf(',')));
    }

    /** The article's text as headings and paragraphs, with mentions and figures as linked segments. */
    List<Block> blocks(String root, ArticleData article) {
        record Mark(int begin, int end, String kind, String href, String title, String anchor) {
        }
        List<Mark> marks = new ArrayList<>();
        for (FigureData f : article.figures()) {
            for (int[] m : f.mentions()) {
                String value = Formats.value(f.text(), f.kind(), f.value(), f.min(), f.max(), f.unit(), f.vague());
                marks.add(new Mark(m[0], m[1], "figure figure-" + f.kind(), "#" + f.id(), f.kind() + ": " + value,
                        m == f.mentions().get(0) ? f.id() + "-text" : null));
            }
        }
        for (MentionData m : article.mentions()) {
            EntityData entity = model.entities.get(m.entityId());
            if (entity != null) {
                marks.add(new Mark(m.begin(), m.end(), "entity entity-" + entity.type().toLowerCase(Locale.ROOT),
                        root + entityPath(entity.id()), entity.type() + ": " + entity.name(),
                        "char=" + m.begin() + "," + m.end()));
            }
        }
        marks.sort((a, b) -> a.begin() != b.begin() ? Integer.compare(a.begin(), b.begin()) : Integer.compare(b.end(), a.end()));
        List<Block> blocks = new ArrayList<>();
        String text = article.text();
        for (SiteModel.BlockData block : article.blocks()) {
            List<Segment> segments = new ArrayList<>();
            int at = block.begin();
            for (Mark mark : marks) {
                if (mark.begin() < at || mark.begin() >= block.end() || mark.end() > block.end()) {
                    continue;
                }
                if (mark.begin() > at) {
                    segments.add(new Segment(text.substring(at, mark.begin()), "text", null, null, null));
                }
                segments.add(new Segment(text.substring(mark.begin(), mark.end()), mark.kind(), mark.href(), mark.title(),
                        mark.anchor()));
                at = mark.end();
            }
            if (at < block.end()) {
                segments.add(new Segment(text.substring(at, block.end()), "text", null, null, null));
            }
            blocks.add(new Block(block.heading() ? "h2" : "p", segments));
        }
        return blocks;
    }

    /** schema.org JSON-LD for a page's script element, safe inside HTML. */
    static String scriptJson(ObjectNode node) {
        try {
            return JSON.writeValueAsString(node).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }
}
