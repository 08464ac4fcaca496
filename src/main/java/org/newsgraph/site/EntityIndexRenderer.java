package org.newsgraph.site;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.site.SiteModel.ArticleData;
import org.newsgraph.site.SiteModel.EntityData;
import org.newsgraph.site.Views.EntityRow;

/** One index per entity type (organizations, people, places, products), alphabetical, in pages of {@link #pageSize}. */
final class EntityIndexRenderer implements PageRenderer {

    static final int PAGE_SIZE = 50;
    private final int pageSize;

    EntityIndexRenderer() {
        this(PAGE_SIZE);
    }

    EntityIndexRenderer(int pageSize) {
        this.pageSize = pageSize;
    }

    @Override
    public void render(RenderContext context) throws IOException {
        SiteModel model = context.model();
        Map<String, Integer> mentions = model.mentionCounts();
        Map<String, List<ArticleData>> articles = model.articlesByEntity();
        for (String type : HomeRenderer.TYPES) {
            List<EntityData> entities = model.entities.values().stream().filter(e -> e.type().equals(type))
                    .sorted(Comparator.comparing((EntityData e) -> e.name().toLowerCase(Locale.ROOT))
                            .thenComparing(EntityData::id))
                    .toList();
            int pages = Math.max(1, (entities.size() + pageSize - 1) / pageSize);
            for (int page = 1; page <= pages; page++) {
                String path = ViewFactory.typeIndexPath(type, page);
                String root = ViewFactory.rootOf(path);
                List<EntityData> members = entities.subList((page - 1) * pageSize,
                        Math.min(entities.size(), page * pageSize));
                // A row shows its entity's names and counts: each changes only with the entity's token.
                List<String> key = new ArrayList<>(List.of(path, Integer.toString(entities.size())));
                members.forEach(e -> key.add(e.id()));
                int at = page;
                int of = pages;
                context.listing(path, "entities", Keys.of(key.toArray(String[]::new)),
                        members.stream().map(e -> "e:" + e.id()).toList(), () -> {
                            List<EntityRow> rows = members.stream().map(e -> new EntityRow(e.name(),
                                    root + ViewFactory.entityPath(e.id()), e.shownAliases(),
                                    mentions.getOrDefault(e.id(), 0), articles.getOrDefault(e.id(), List.of()).size()))
                                    .toList();
                            return new Views.EntityIndexPage(root, type, ViewFactory.typeLabel(type), entities.size(),
                                    rows, PagerLinks.of(at, of, n -> root + ViewFactory.typeIndexPath(type, n)));
                        });
            }
        }
    }
}
