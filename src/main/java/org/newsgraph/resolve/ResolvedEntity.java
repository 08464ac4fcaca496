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
 */
public record ResolvedEntity(String id, String name, EntityType type, List<String> aliases, String sameAs,
                             int mentionCount, List<String> formerIds, String typeReason,
                             Map<String, String> aliasReasons) {

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
    }
}
