package org.newsgraph.site;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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

    private static void write(RenderContext context, String path, String title, String alternate,
                              List<ArticleData> articles) throws IOException {
        String base = context.iris().base();
        List<FeedEntry> entries = articles.stream().limit(ENTRIES).map(a -> new FeedEntry(
                context.iris().article(a.slug()).getURI(), a.title(), base + "article/" + a.slug() + "/",
                timestamp(a.date()), timestamp(a.date()), a.lead(), a.author(), a.tags())).toList();
        String updated = entries.stream().map(FeedEntry::updated).max(String::compareTo).orElse(NO_DATE);
        Views.FeedPage feed = new Views.FeedPage(base + path, title, base + path, alternate, updated, entries);
        context.page(path, "feed.xml", feed);
    }

    /** An article's date as an RFC 3339 timestamp: midnight UTC of that day. */
    static String timestamp(String date) {
        return date == null ? NO_DATE : date + "T00:00:00Z";
    }
}
