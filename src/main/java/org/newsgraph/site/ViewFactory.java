package org.newsgraph.site;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsgraph.site.SiteModel.ArticleData;
import org.newsgraph.site.SiteModel.EntityData;
import org.newsgraph.site.SiteModel.FigureData;
import org.newsgraph.site.SiteModel.MentionData;
import org.newsgraph.site.SiteModel.RelationData;
import org.newsgraph.site.Views.ArticleSummary;
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
    private static final Map<String, String> TYPE_LABELS = Map.of("Organization", "Organizations", "Person", "People",
            "Place", "Places", "Product", "Products");

    private final SiteModel model;
    private final String base;
    private final Map<String, Integer> mentionCounts;

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
        return new FigureRow(f.id(), f.text(), f.kind(), Formats.value(f.kind(), f.value(), f.min(), f.max(), f.unit(), f.vague()),
                f.unit(), Formats.period(f.period()), f.per(), f.qualifier(), f.direction(), f.measure(),
                f.subjectId() == null ? null : entityLink(root, f.subjectId()), of, f.time(),
                articleLink(root, article), root + articlePath(article.slug()) + "#" + f.id(),
                article.sentence(f.sentenceBegin(), f.sentenceEnd()));
    }

    RelationRow relation(String root, ArticleData article, RelationData r) {
        return new RelationRow(entityLink(root, r.subjectId()), r.predicate(),
                r.predicate().equals("roleAt") && r.role() != null ? r.role() + " of"
                        : PREDICATE_LABELS.getOrDefault(r.predicate(), r.predicate()),
                r.role(), entityLink(root, r.objectId()), article.sentence(r.sentenceBegin(), r.sentenceEnd()),
                articleLink(root, article));
    }

    /** The article's text as headings and paragraphs, with mentions and figures as linked segments. */
    List<Block> blocks(String root, ArticleData article) {
        record Mark(int begin, int end, String kind, String href, String title, String anchor) {
        }
        List<Mark> marks = new ArrayList<>();
        for (FigureData f : article.figures()) {
            for (int[] m : f.mentions()) {
                String value = Formats.value(f.kind(), f.value(), f.min(), f.max(), f.unit(), f.vague());
                marks.add(new Mark(m[0], m[1], "figure figure-" + f.kind(), "#" + f.id(), f.kind() + ": " + value,
                        m == f.mentions().get(0) ? f.id() + "-text" : null));
            }
        }
        for (MentionData m : article.mentions()) {
            EntityData entity = model.entities.get(m.entityId());
            if (entity != null) {
                marks.add(new Mark(m.begin(), m.end(), "entity entity-" + entity.type().toLowerCase(java.util.Locale.ROOT),
                        root + entityPath(entity.id()), entity.type() + ": " + entity.name(), null));
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
