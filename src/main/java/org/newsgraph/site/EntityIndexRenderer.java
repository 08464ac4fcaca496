package org.newsgraph.site;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.site.SiteModel.ArticleData;
import org.newsgraph.site.SiteModel.EntityData;
import org.newsgraph.site.Views.EntityRow;
import org.newsgraph.site.Views.LetterLink;
import org.newsgraph.site.Views.Link;

/**
 * One index per entity type (organizations, people, places, products): the type's index links its letters
 * ({@link EntityLetters}) with their counts, and each letter's page lists its entities alphabetically, in pages of
 * {@link #pageSize} numbered within the letter. While the type has at most {@link #listedOnIndex} entities, its index
 * lists them all as well, so that a small site's reader finds every name one click from the menu. A new, renamed or
 * merged entity changes the type's index and its letter's pages only; a letter's first entity (or its last one gone)
 * changes the list of letters every letter's page shows, so that type's letter pages too.
 */
final class EntityIndexRenderer implements PageRenderer {

    static final int PAGE_SIZE = 50;
    /** The most entities a type's index lists itself: a small site's whole type on one page, a large one's letters. */
    static final int LISTED_ON_INDEX = 250;
    private final int pageSize;
    private final int listedOnIndex;

    EntityIndexRenderer() {
        this(PAGE_SIZE, LISTED_ON_INDEX);
    }

    EntityIndexRenderer(int pageSize, int listedOnIndex) {
        this.pageSize = pageSize;
        this.listedOnIndex = listedOnIndex;
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
            Map<String, List<EntityData>> byLetter = new LinkedHashMap<>();
            EntityLetters.ALL.forEach(letter -> byLetter.put(letter, new ArrayList<>()));
            entities.forEach(e -> byLetter.get(EntityLetters.of(e.name())).add(e));
            writeIndex(context, type, entities, byLetter, mentions, articles);
            String used = String.join(" ", byLetter.entrySet().stream().filter(l -> !l.getValue().isEmpty())
                    .map(Map.Entry::getKey).toList());
            for (var letter : byLetter.entrySet()) {
                List<EntityData> under = letter.getValue();
                int pages = (under.size() + pageSize - 1) / pageSize;
                for (int page = 1; page <= pages; page++) {
                    String path = ViewFactory.typeLetterPath(type, letter.getKey(), page);
                    String root = ViewFactory.rootOf(path);
                    List<EntityData> members = under.subList((page - 1) * pageSize,
                            Math.min(under.size(), page * pageSize));
                    // A row shows its entity's names and counts: each changes only with the entity's token.
                    List<String> key = new ArrayList<>(List.of(path, Integer.toString(under.size()), used));
                    members.forEach(e -> key.add(e.id()));
                    int at = page;
                    String name = letter.getKey();
                    context.listing(path, "entities", Keys.of(key.toArray(String[]::new)),
                            members.stream().map(e -> "e:" + e.id()).toList(), () -> {
                                List<EntityRow> rows = rows(root, members, mentions, articles);
                                String label = ViewFactory.typeLabel(type);
                                return new Views.EntityIndexPage(root, type, label + ": " + EntityLetters.label(name),
                                        EntityLetters.label(name), under.size(),
                                        letters(root, type, byLetter, name, false), rows,
                                        PagerLinks.of(at, pages, n -> root + ViewFactory.typeLetterPath(type, name, n)),
                                        new Link(root + ViewFactory.typeIndexPath(type), label));
                            });
                }
            }
        }
    }

    /**
     * The type's index: its letters with their counts, and every entity of the type while there are at most
     * {@link #listedOnIndex} of them (then a row's names and counts change it, as they change a letter's page).
     */
    private void writeIndex(RenderContext context, String type, List<EntityData> entities,
                            Map<String, List<EntityData>> byLetter, Map<String, Integer> mentions,
                            Map<String, List<ArticleData>> articles) throws IOException {
        String path = ViewFactory.typeIndexPath(type);
        String root = ViewFactory.rootOf(path);
        List<EntityData> listed = entities.size() <= listedOnIndex ? entities : List.of();
        List<String> key = new ArrayList<>(List.of(path, Integer.toString(entities.size())));
        byLetter.forEach((letter, under) -> key.add(letter + " " + under.size()));
        listed.forEach(e -> key.add(e.id()));
        context.listing(path, "entities", Keys.of(key.toArray(String[]::new)),
                listed.stream().map(e -> "e:" + e.id()).toList(), () ->
                new Views.EntityIndexPage(root, type, ViewFactory.typeLabel(type), null, entities.size(),
                        letters(root, type, byLetter, null, true), rows(root, listed, mentions, articles),
                        PagerLinks.of(1, 1, n -> ""), null));
    }

    /** One row per entity: its name, aliases, mentions and articles. */
    private static List<EntityRow> rows(String root, List<EntityData> entities, Map<String, Integer> mentions,
                                        Map<String, List<ArticleData>> articles) {
        return entities.stream().map(e -> new EntityRow(e.name(), root + ViewFactory.entityPath(e.id()),
                e.shownAliases(), mentions.getOrDefault(e.id(), 0),
                articles.getOrDefault(e.id(), List.of()).size())).toList();
    }

    /** The letters' links from a page at {@code root}; counts on the index only. */
    private static List<LetterLink> letters(String root, String type, Map<String, List<EntityData>> byLetter,
                                            String current, boolean counts) {
        List<LetterLink> links = new ArrayList<>();
        byLetter.forEach((letter, under) -> links.add(new LetterLink(EntityLetters.label(letter),
                under.isEmpty() ? null : root + ViewFactory.typeLetterPath(type, letter, 1),
                counts ? under.size() : 0, letter.equals(current))));
        return links;
    }
}
