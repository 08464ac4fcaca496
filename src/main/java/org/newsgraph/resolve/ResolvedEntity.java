package org.newsgraph.resolve;

import java.util.List;
import java.util.Map;
import org.newsgraph.extract.EntityType;

/**
 * One real-world thing across all articles: the union of what each article said about it.
 *
 * @param formerIds  ids of entities the journalists merged into this one; their pages redirect here
 * @param typeReason why it has its type across the articles ("Organization in 3 of 3 articles; ..."), or null
 * @param aliasReasons why an alias an article joined to another name is the same thing ("GM": "initials of General
 *                     Motors"), by alias, from the first article that gave one; empty where none was joined
 * @param mergeReasons why a name under which another article knew the thing is the same thing, by that name, where
 *                     the articles were merged ("Ford Motor Co": "same Wikidata id as Ford Motor Company"); empty
 *                     where no other article's name was joined
 */
public record ResolvedEntity(String id, String name, EntityType type, List<String> aliases, String sameAs,
                             int mentionCount, List<String> formerIds, String typeReason,
                             Map<String, String> aliasReasons, Map<String, String> mergeReasons) {

    public ResolvedEntity(String id, String name, EntityType type, List<String> aliases, String sameAs,
                          int mentionCount, List<String> formerIds, String typeReason,
                          Map<String, String> aliasReasons) {
        this(id, name, type, aliases, sameAs, mentionCount, formerIds, typeReason, aliasReasons, Map.of());
    }

    public ResolvedEntity(String id, String name, EntityType type, List<String> aliases, String sameAs,
                          int mentionCount, List<String> formerIds) {
        this(id, name, type, aliases, sameAs, mentionCount, formerIds, null);
    }

    public ResolvedEntity(String id, String name, EntityType type, List<String> aliases, String sameAs,
                          int mentionCount, List<String> formerIds, String typeReason) {
        this(id, name, type, aliases, sameAs, mentionCount, formerIds, typeReason, Map.of());
    }

    public ResolvedEntity {
        aliases = List.copyOf(aliases);
        formerIds = List.copyOf(formerIds);
        aliasReasons = aliasReasons == null ? Map.of() : Map.copyOf(aliasReasons);
        mergeReasons = mergeReasons == null ? Map.of() : Map.copyOf(mergeReasons);
    }
}
