package org.newsgraph.resolve;

import java.util.List;
import org.newsgraph.extract.EntityType;

/** One real-world thing across all articles: the union of what each article said about it. */
public record ResolvedEntity(String id, String name, EntityType type, List<String> aliases, String sameAs,
                             int mentionCount) {

    public ResolvedEntity {
        aliases = List.copyOf(aliases);
    }
}
