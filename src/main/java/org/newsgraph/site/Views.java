package org.newsgraph.site;

import java.util.List;

/**
 * The records templates receive. Plain strings and lists only: templates never see Jena or CoreNLP types.
 * Every {@code href} is relative to the page it appears on.
 */
public final class Views {

    private Views() {
    }

    public record Link(String href, String label) {
    }

    public record ArticleSummary(String slug, String title, String date, String href, int entityCount, int figureCount) {
    }

    public record EntitySummary(String id, String name, String type, String href, int mentions) {
    }

    public record TypeGroup(String type, String label, List<EntitySummary> entities) {
    }

    /** A figure as a table row: the value as a reader writes it and every field of the fact. */
    public record FigureRow(String id, String text, String kind, String value, String unit, String period, String per,
                            String qualifier, String direction, String measure, Link subject, String of,
                            String time, Link article, String href, String sentence) {
    }

    public record RelationRow(Link subject, String predicate, String label, String role, Link object, String sentence,
                              Link article) {
    }

    /** A piece of article text: plain, or a mention or figure linked to its page. */
    public record Segment(String text, String kind, String href, String title, String anchor) {
    }

    /** A heading ("h2") or paragraph ("p") of an article. */
    public record Block(String tag, List<Segment> segments) {
    }

    public record MentionRow(Link article, String sentence) {
    }

    public record HomePage(String root, String title, List<ArticleSummary> articles, List<TypeGroup> groups,
                           List<FigureRow> figures, int articleCount, int entityCount, int figureCount,
                           int relationCount) {
    }

    public record ArticlePage(String root, String title, String date, String author, String source, String url,
                              List<String> tags, List<Block> blocks, List<FigureRow> figures,
                              List<RelationRow> relations, List<EntitySummary> entities, String iri,
                              String jsonld) {
    }

    public record EntityPage(String root, String name, String type, String typeLabel, List<String> aliases,
                             String sameAs, String iri, List<FigureRow> figures, List<RelationRow> outgoing,
                             List<RelationRow> incoming, List<MentionRow> mentions, List<ArticleSummary> articles,
                             String jsonld) {
    }
}
