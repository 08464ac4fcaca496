package org.newsgraph.site;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.newsgraph.article.Slugs;
import org.newsgraph.site.SiteModel.ArticleData;
import org.newsgraph.site.SiteModel.MentionData;
import org.newsgraph.site.Views.EntitySummary;
import org.newsgraph.site.Views.TagSummary;

/** The tag archive: every tag with its number of articles, and a page per tag. Tags that differ only in case are one. */
final class TagRenderer implements PageRenderer {

    static final String INDEX = "tags/index.html";
    private static final int ENTITIES_PER_TAG = 20;

    @Override
    public void render(RenderContext context) throws IOException {
        Map<String, List<ArticleData>> bySlug = new TreeMap<>();
        Map<String, String> names = new TreeMap<>();
        for (ArticleData article : context.model().articles) {
            for (String tag : article.tags()) {
                String slug = Slugs.of(tag);
                names.merge(slug, tag, (a, b) -> a.compareTo(b) <= 0 ? a : b);
                List<ArticleData> tagged = bySlug.computeIfAbsent(slug, k -> new ArrayList<>());
                if (tagged.isEmpty() || tagged.get(tagged.size() - 1) != article) {
                    tagged.add(article);
                }
            }
        }
        String indexRoot = ViewFactory.rootOf(INDEX);
        List<String> indexKey = new ArrayList<>();
        bySlug.forEach((slug, articles) -> {
            indexKey.add(names.get(slug));
            indexKey.add(Integer.toString(articles.size()));
        });
        // The tag index shows names and counts only: its key is all it shows.
        context.listing(INDEX, "tags", Keys.of(indexKey.toArray(String[]::new)), List.of(), () -> {
            List<TagSummary> tags = new ArrayList<>();
            bySlug.forEach((slug, articles) -> tags.add(new TagSummary(names.get(slug),
                    indexRoot + ViewFactory.tagPath(names.get(slug)), articles.size())));
            return new Views.TagsPage(indexRoot, tags);
        });
        context.forEach(bySlug.entrySet(), entry -> {
            String tag = names.get(entry.getKey());
            String path = ViewFactory.tagPath(tag);
            String root = ViewFactory.rootOf(path);
            // A tag's page: its articles' summaries, and the entities they name most (names and mention counts):
            // each article with every entity it names.
            List<String> key = new ArrayList<>(List.of(tag));
            Set<String> tokens = new TreeSet<>();
            entry.getValue().forEach(a -> {
                key.add(a.slug());
                tokens.add("A:" + a.slug());
            });
            context.listing(path, "tag", Keys.of(key.toArray(String[]::new)), tokens, () -> new Views.TagPage(root, tag,
                    entry.getValue().stream().map(a -> context.views().summary(root, a)).toList(),
                    topEntities(context, root, entry.getValue())));
        });
    }

    /** The entities mentioned most often in the tagged articles. */
    private static List<EntitySummary> topEntities(RenderContext context, String root, List<ArticleData> articles) {
        Map<String, Integer> counts = new TreeMap<>();
        articles.forEach(a -> a.mentions().stream().map(MentionData::entityId)
                .filter(context.model().entities::containsKey).forEach(id -> counts.merge(id, 1, Integer::sum)));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(ENTITIES_PER_TAG).map(e -> context.views().entitySummary(root, e.getKey()))
                .sorted(Comparator.comparing(EntitySummary::name)).toList();
    }
}
