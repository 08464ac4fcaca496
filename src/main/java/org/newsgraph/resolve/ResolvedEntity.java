package org.newsgraph.resolve;

import java.util.List;
import org.newsgraph.extract.EntityType;

/**
 * One real-world thing across all articles: the union of what each article said about it.
 *
 * @param formerIds  ids of entities the journalists merged into this one; their pages redirect here
 * @param typeReason why it has its type across the articles ("Organization in 3 of 3 articles; ..."), or null
 */
public record ResolvedEntity(String id, String name, EntityType type, List<String> aliases, String sameAs,
                             int mentionCount, List<String> formerIds, String typeReason) {

    public ResolvedEntity(String id, String name, EntityType type, List<String> aliases, String sameAs,
                          int mentionCount, List<String> formerIds) {
        this(id, name, type, aliases, sameAs, mentionCount, formerIds, null);
    }

    public ResolvedEntity {
        aliases = List.copyOf(aliases);
        formerIds = List.copyOf(formerIds);
    }
}
