package org.newsgraph.site;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.newsgraph.site.SiteModel.ArticleData;
import org.newsgraph.site.SiteModel.EntityData;
import org.newsgraph.site.Views.FeedEntry;

/**
 * Atom feeds: {@code feed.xml} for the newest articles of the site, {@code entity/{id}/feed.xml} for those that
 * mention an entity. Dates are the articles' own, so the same articles give the same feed.
 */
final class FeedRenderer implements PageRenderer {

    static final String SITE_FEED = "feed.xml";
    static final int ENTRIES = 50;
    /** The feed's date when no article has one: the epoch rather than the build's clock. */
    private static final String NO_DATE = "1970-01-01T00:00:00Z";

    @Override
    public void render(RenderContext context) throws IOException {
        String base = context.iris().base();
        write(context, SITE_FEED, context.templates().site().title(), base, context.model().articles);
        Map<String, List<ArticleData>> byEntity = context.model().articlesByEntity();
        context.forEach(context.model().entities.values(), entity -> {
            String dir = "entity/" + entity.id() + "/";
            write(context, dir + "feed.xml", context.templates().site().title() + ": " + entity.name(), base + dir,
                    byEntity.getOrDefault(entity.id(), List.of()));
        });
    }

    /**
     * A feed of the newest {@link #ENTRIES} of {@code articles}, unless the dependency index has it with the same
     * entries and title and none of their articles changed (an entry shows only what its article's graph says).
     */
    private static void write(RenderContext context, String path, String title, String alternate,
                              List<ArticleData> articles) throws IOException {
        String base = context.iris().base();
        List<ArticleData> newest = articles.stream().limit(ENTRIES).toList();
        List<String> key = new ArrayList<>(List.of(path, title));
        Set<String> tokens = new TreeSet<>();
        newest.forEach(a -> {
            key.add(a.slug());
            tokens.add("a:" + a.slug());
        });
        context.listing(path, "feed.xml", Keys.of(key.toArray(String[]::new)), tokens, () -> {
            List<FeedEntry> entries = newest.stream().map(a -> new FeedEntry(
                    context.iris().article(a.slug()).getURI(), a.title(), base + "article/" + a.slug() + "/",
                    timestamp(a.date()), timestamp(a.date()), a.lead(), a.author(), a.tags())).toList();
            String updated = entries.stream().map(FeedEntry::updated).max(String::compareTo).orElse(NO_DATE);
            return new Views.FeedPage(base + path, title, base + path, alternate, updated, entries);
        });
    }

    /** An article's date as an RFC 3339 timestamp: midnight UTC of that day. */
    static String timestamp(String date) {
        return date == null ? NO_DATE : date + "T00:00:00Z";
    }
}
