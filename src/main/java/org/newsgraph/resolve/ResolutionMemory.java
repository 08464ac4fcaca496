package org.newsgraph.resolve;

import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Extraction;

/**
 * The articles' extractions the last resolution in this process rewrote with merged ids, for the next
 * ({@code serve} builds again after every save). The merge across articles is worked out again whole every time (an
 * added or edited article can join or split the entities of any other, and a curation entry those it names); what is
 * taken over is each article's rewrite, which is a pure function of three things: the article's extraction (the very
 * object: extractions are immutable, and {@code ExtractionMemory} hands the same one back while the article is
 * unchanged), the id each of its entities got, and the id, name, type and Wikidata id of each thing it names. When
 * all three are those of the last resolution, the rewritten extraction is that resolution's; so its graph-input key
 * is compared by identity, not content. Only the last resolution's rewrites are kept: the resolved extractions its
 * graphs were made from, which the graph-input memory holds anyway.
 */
public final class ResolutionMemory {

    /** What a rewrite reads of a merged thing besides its id. */
    private record Thing(String name, EntityType type, String sameAs) {

        static Thing of(ResolvedEntity entity) {
            return new Thing(entity.name(), entity.type(), entity.sameAs());
        }
    }

    /** One article's rewrite and what it was made from besides the extraction. */
    private record Rewritten(Map<String, String> idMap, Map<String, Thing> things, Extraction rewritten) {
    }

    private volatile Map<Extraction, Rewritten> last = Map.of();
    private Map<Extraction, Rewritten> next = new IdentityHashMap<>();
    private volatile int reused;
    private int taken;

    /**
     * The last resolution's rewrite of this very extraction when its ids and the things they name are the same,
     * else null.
     */
    synchronized Extraction recall(Extraction extraction, Map<String, String> idMap,
                                   Map<String, ResolvedEntity> resolved) {
        Rewritten before = last.get(extraction);
        if (before == null || !before.idMap().equals(idMap)) {
            return null;
        }
        for (Map.Entry<String, Thing> thing : before.things().entrySet()) {
            ResolvedEntity now = resolved.get(thing.getKey());
            if (now == null || !thing.getValue().equals(Thing.of(now))) {
                return null;
            }
        }
        taken++;
        return before.rewritten();
    }

    /** Keeps this resolution's rewrite of an extraction, for the next. */
    synchronized void keep(Extraction extraction, Map<String, String> idMap, Map<String, ResolvedEntity> resolved,
                           Extraction rewritten) {
        Map<String, Thing> things = new HashMap<>();
        for (String id : idMap.values()) {
            things.computeIfAbsent(id, k -> Thing.of(resolved.get(k)));
        }
        next.put(extraction, new Rewritten(Map.copyOf(idMap), things, rewritten));
    }

    /** This resolution is done: its rewrites replace the last one's. */
    synchronized void done() {
        last = Collections.unmodifiableMap(next);
        next = new IdentityHashMap<>();
        reused = taken;
        taken = 0;
    }

    /** How many articles' rewrites the last resolution took over from the one before. */
    public int reused() {
        return reused;
    }
}
