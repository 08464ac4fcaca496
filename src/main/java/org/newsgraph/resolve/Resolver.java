package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Extraction;

/**
 * Merges the entities of all articles into one entity per id: the type most mentions agree on, every alias,
 * the first Wikidata id. Ids are slugs of canonical names, so "Microsoft" in two articles is one entity.
 */
public final class Resolver {

    public List<ResolvedEntity> resolve(List<Extraction> extractions) {
        Map<String, List<Entity>> byId = new TreeMap<>();
        for (Extraction extraction : extractions) {
            for (Entity entity : extraction.entities()) {
                byId.computeIfAbsent(entity.id(), k -> new ArrayList<>()).add(entity);
            }
        }
        List<ResolvedEntity> resolved = new ArrayList<>();
        for (Map.Entry<String, List<Entity>> group : byId.entrySet()) {
            Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
            TreeSet<String> aliases = new TreeSet<>();
            String sameAs = null;
            int mentions = 0;
            for (Entity entity : group.getValue()) {
                votes.merge(entity.type(), entity.mentions().size(), Integer::sum);
                aliases.addAll(entity.aliases());
                mentions += entity.mentions().size();
                if (sameAs == null) {
                    sameAs = entity.sameAs();
                }
            }
            EntityType type = votes.entrySet().stream()
                    .max(Map.Entry.<EntityType, Integer>comparingByValue().thenComparing(e -> -e.getKey().ordinal()))
                    .orElseThrow().getKey();
            String name = group.getValue().get(0).name();
            aliases.remove(name);
            for (Entity entity : group.getValue()) {
                if (!entity.name().equals(name)) {
                    aliases.add(entity.name());
                }
            }
            resolved.add(new ResolvedEntity(group.getKey(), name, type, List.copyOf(aliases), sameAs, mentions));
        }
        return resolved;
    }
}
