package org.newsgraph.site;

import java.util.List;

/**
 * The records templates receive. Plain strings, numbers and lists only: templates never see Jena or CoreNLP types.
 * Every {@code href} is relative to the page it appears on, except in feeds, where links are absolute IRIs.
 * Each page record has {@code root}, the relative path from the page to the site's root ("", "../", "../../").
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

    /** The most-mentioned entities of one type, with a link to the type's index page. */
    public record TypeGroup(String type, String label, String href, List<EntitySummary> entities) {
    }

    /**
     * A figure as a table row: the value as a reader writes it and every field of the fact. {@code number} is the
     * value in base units for sorting (the middle of a range), or null; {@code time} is the ISO date or period stated.
     * {@code subject} and {@code measure} are sure attributions; {@code candidateSubject} and {@code candidateMeasure}
     * are what the extractor only thinks probable (null when a sure one exists, or, for the measure, when it only
     * names the counted noun again), shown with a marker.
     * {@code unitName} is the unit as a reader names it ("kilometres", "jets"); {@code measureLabel} is the measure
     * as shown, null when it only repeats the counted noun ("jets" for 40 jets). {@code otherSubjects} are the further
     * entities the figure is equally about ("Walmart and Intuit spend millions"), as sure as its subject or candidate.
     * {@code unitAssumed}: the text gives no currency for the amount; it is the one the article's other amounts are
     * in (shown with a marker, like a candidate).
     */
    public record FigureRow(String id, String text, String kind, String value, Double number, String unit,
                            String period, String per, String qualifier, String direction, String measure,
                            Link subject, String of, String time, Link article, String href, String sentence,
                            Link candidateSubject, String candidateMeasure, String unitName, String measureLabel,
                            List<Link> otherSubjects, boolean unitAssumed) {
    }

    /** @param weak found by a weak rule (the page marks it); {@code rule} is that rule's id */
    public record RelationRow(Link subject, String predicate, String label, String role, Link object, String sentence,
                              Link article, String rule, boolean weak) {
    }

    /** A piece of article text: plain, or a mention or figure linked to its page; {@code anchor} is its id. */
    public record Segment(String text, String kind, String href, String title, String anchor) {
    }

    /** A heading ("h2") or paragraph ("p") of an article. */
    public record Block(String tag, List<Segment> segments) {
    }

    public record MentionRow(Link article, String sentence) {
    }

    /** Everything in the graph that points at an entity through one property ({@code curie}, e.g. ng:subject). */
    public record BacklinkGroup(String label, String curie, List<Link> sources) {
    }

    /** A small time chart of dated figures in one unit, laid out in SVG user units. */
    public record Chart(String title, String description, int width, int height, int left, int right, int top,
                        int bottom, List<ChartPoint> points, List<String> lines, List<Tick> xTicks, List<Tick> yTicks) {
    }

    /** A dot of a chart at ({@code x}, {@code y}); {@code label} says what it is, {@code href} where it comes from. */
    public record ChartPoint(double x, double y, String label, String href) {
    }

    public record Tick(double position, String label) {
    }

    /**
     * An entity's relation graph in SVG user units: its nodes (the entity itself is the {@code center}, unlinked),
     * the relations drawn between them as arrows, and the same relations as a list for readers who cannot see it.
     */
    public record RelationGraphView(String title, String description, int width, int height, List<GraphNode> nodes,
                                    List<GraphEdge> edges, List<Statement> statements) {
    }

    /**
     * A node at ({@code x}, {@code y}): {@code label} is {@code name} shortened to fit, written with its baseline at
     * {@code labelY}; {@code type} its colour.
     */
    public record GraphNode(double x, double y, String label, String name, String href, boolean center, String type,
                            double labelY) {
    }

    /**
     * An arrow from subject to object, its {@code label} ("owned by") at ({@code labelX}, {@code labelY}), or empty
     * when no place in the picture was free for it (the list below the picture says it).
     */
    public record GraphEdge(double x1, double y1, double x2, double y2, String label, double labelX, double labelY) {
    }

    /** A relation in words: subject, what it is to the object, object. */
    public record Statement(Link subject, String label, Link object) {
    }

    /** Numbered pages of a long list; {@code previous} or {@code next} is null at the ends. */
    public record Pager(int page, int pages, String previous, String next, List<PageLink> links) {
    }

    /** A numbered link of a pager; {@code afterGap} when the pages between the previous link and this one are left out. */
    public record PageLink(int number, String href, boolean current, boolean afterGap) {
    }

    public record EntityRow(String name, String href, List<String> aliases, int mentions, int articles) {
    }

    public record ArticleGroup(String label, String href, List<ArticleSummary> articles) {
    }

    public record TagSummary(String name, String href, int articles) {
    }

    /** A statistic: how many {@code label} there are, with a page to see them (or null). */
    public record Stat(String label, long count, String href) {
    }

    /** An example query: what it answers, and the query itself ({@code href} is its .rq beside the page). */
    public record SparqlExample(String name, String title, String description, String query, String href) {
    }

    public record FeedEntry(String id, String title, String href, String published, String updated, String summary,
                            String author, List<String> categories) {
    }

    public record HomePage(String root, String title, List<ArticleSummary> articles, List<TypeGroup> groups,
                           List<FigureRow> figures, int articleCount, int entityCount, int figureCount,
                           int relationCount) {
    }

    /** {@code elsewhere}: the figures other articles give for a subject and measure this one gives figures for. */
    public record ArticlePage(String root, String title, String date, String author, String source, String url,
                              List<Link> tags, List<Block> blocks, List<FigureRow> figures,
                              List<RelationRow> relations, List<EntitySummary> entities, String iri,
                              String jsonld, List<FigureRow> elsewhere) {
    }

    /** The page left at an entity's old IRI after the journalists merged it into another. */
    public record RedirectPage(String root, String name, String href, String iri) {
    }

    /** The page of a missing page ({@code 404.html}); {@code root} is the site's root path, as it may be served anywhere. */
    public record NotFoundPage(String root, String title) {
    }

    /**
     * {@code figures} are the figures surely about the entity; {@code possibly} those the extractor only thinks
     * probable about it (its candidate subject), by article and sentence, for the reader to judge; {@code aliasReasons}
     * why each other name was taken for it in one article, {@code mergeReasons} why each name another article knew it
     * by was taken for it across articles, and {@code typeReason} why it has its type (null where not recorded).
     */
    public record EntityPage(String root, String name, String type, String typeLabel, String typeHref,
                             List<String> aliases, String sameAs, String iri, List<FigureRow> figures,
                             List<Chart> charts, List<ArticleFigures> possibly, List<RelationRow> outgoing,
                             List<RelationRow> incoming, List<MentionRow> mentions, List<ArticleSummary> articles,
                             List<BacklinkGroup> backlinks, String jsonld, RelationGraphView graph,
                             List<AliasReason> aliasReasons, List<MergeReason> mergeReasons, String typeReason) {
    }

    /** Another name an article gave the entity, why it is the same thing ("initials of General Motors") and where. */
    public record AliasReason(String name, String reason, Link article) {
    }

    /**
     * A name another article knew the entity by and why the merge across articles took it for the same thing ("same
     * Wikidata id as Ford Motor Company"): no one article's, so no link.
     */
    public record MergeReason(String name, String reason) {
    }

    /** Figures of one article, by the sentence that states them. */
    public record ArticleFigures(Link article, List<SentenceFigures> sentences) {
    }

    /** Figures one sentence states, shown under the sentence. */
    public record SentenceFigures(String sentence, List<FigureRow> figures) {
    }

    /**
     * The index of one entity type ("Organizations"), or one page of its entities under one letter ({@code letter}
     * "B", null on the index): {@code total} entities of the type (on the index) or under the letter, the letters
     * (each with its count on the index only, 0 on a letter's page, whose list of letters changes only when a letter
     * gets its first entity or loses its last), the letter's entities (on the index, every entity of the type while
     * there are at most 250, none beyond) and its pager.
     */
    public record EntityIndexPage(String root, String type, String title, String letter, int total,
                                  List<LetterLink> letters, List<EntityRow> entities, Pager pager, Link up) {
    }

    /** A letter of an entity-type index: its page ({@code href} null when no entity goes under it) and its count. */
    public record LetterLink(String label, String href, int count, boolean current) {
    }

    /**
     * One page of the figures explorer: its filter form ({@link FigureFilters}) and its rows ({@link FigureRowPage},
     * {@code shown} of them) come as made HTML, the form made once per build and an article's rows kept between builds.
     * The index ({@code number} 0) shows the newest figures and {@code total}; numbered page {@code number} shows
     * figures {@code first} to {@code last} counted from the oldest (1) and no total ({@code total} 0), which would
     * change it with every new figure.
     */
    public record FiguresPage(String root, String filters, String rows, int shown, int first, int last, int total,
                              int number, NewerOlder pager) {
    }

    /**
     * The links of a listing numbered from its oldest item, each null where there is none: the newest items (the
     * listing's index), the next newer page, the next older and the oldest. A page's links never say how many pages
     * there are, so a new page changes only the one before it.
     */
    public record NewerOlder(String newest, String newer, String older, String oldest) {

        static final NewerOlder NONE = new NewerOlder(null, null, null, null);
    }

    /**
     * The figures explorer's filter form, the same on every page: the explorer's script adds each control's choices
     * (the distinct values over all figures) from the data it loads, so the lists are empty; they are kept so that a
     * theme's own figure-filters.html written for the lists still renders.
     */
    public record FigureFilters(List<String> kinds, List<Option> units, List<String> entities, List<String> periods) {

        /** The form as every page shows it: no choices but "any". */
        static final FigureFilters EMPTY = new FigureFilters(List.of(), List.of(), List.of(), List.of());
    }

    /** A choice of a filter: the value it stands for and what the reader sees. */
    public record Option(String value, String label) {
    }

    /** One row of the figures explorer; {@code order} is its place among all figures. */
    public record FigureRowPage(FigureRow figure, int order) {
    }

    /** The date archive: all articles, a year or a month, grouped by month; {@code years} links every year. */
    public record ArchivePage(String root, String title, Link up, List<Link> years, List<ArticleGroup> groups) {
    }

    public record TagsPage(String root, List<TagSummary> tags) {
    }

    public record TagPage(String root, String tag, List<ArticleSummary> articles, List<EntitySummary> entities) {
    }

    public record SearchPage(String root) {
    }

    /**
     * {@code endpoint} is where {@code newsgraph serve} answers SPARQL, relative to the page; {@code engine} and
     * {@code graph} are what the page loads to answer in the browser ({@code graph} is null when the graph has more
     * than {@code maxQuads} quads, too many for a browser).
     */
    public record SparqlPage(String root, String endpoint, List<SparqlExample> examples, String base, String engine,
                             String graph, long quads, long maxQuads, String statements) {
    }

    public record AboutPage(String root, List<Stat> totals, List<Stat> entityTypes, List<Stat> figureKinds,
                            List<Stat> predicates, String firstDate, String lastDate, List<Link> files,
                            String jsonld, String statements) {
    }

    /** An Atom feed; every link is an absolute IRI and every date RFC 3339. */
    public record FeedPage(String id, String title, String self, String alternate, String updated,
                           List<FeedEntry> entries) {
    }
}
