package org.newsgraph.extract;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A real-world thing named in an article.
 *
 * @param id      slug, stable across articles for the same thing ("microsoft")
 * @param aliases other surface forms seen for it ("Microsoft Corp.")
 * @param sameAs  Wikidata IRI, or null
 * @param typeReason why it has its type ("context: title-before (9 of 10 votes)", "NER (1 vote)"), or null where not recorded
 * @param aliasReasons why an alias the article joined to another name is the same thing ("Air Force": "last words
 *                     of United States Air Force"), by alias; empty where none was joined or not recorded
 */
public record Entity(String id, String name, EntityType type, List<String> aliases, String sameAs,
                     List<Span> mentions, String typeReason, Map<String, String> aliasReasons) {

    public Entity(String id, String name, EntityType type, List<String> aliases, String sameAs, List<Span> mentions) {
        this(id, name, type, aliases, sameAs, mentions, null);
    }

    public Entity(String id, String name, EntityType type, List<String> aliases, String sameAs, List<Span> mentions,
                  String typeReason) {
        this(id, name, type, aliases, sameAs, mentions, typeReason, Map.of());
    }

    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        aliases = List.copyOf(aliases);
        mentions = List.copyOf(mentions);
        aliasReasons = aliasReasons == null ? Map.of() : Map.copyOf(aliasReasons);
    }
}
