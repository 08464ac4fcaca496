package org.newsgraph.resolve;

import java.util.List;
import org.newsgraph.extract.EntityType;

/**
 * One real-world thing across all articles: the union of what each article said about it.
 *
 * @param formerIds ids of entities the journalists merged into this one; their pages redirect here
 */
public record ResolvedEntity(String id, String name, EntityType type, List<String> aliases, String sameAs,
                             int mentionCount, List<String> formerIds) {

    public ResolvedEntity {
        aliases = List.copyOf(aliases);
        formerIds = List.copyOf(formerIds);
    }
}
