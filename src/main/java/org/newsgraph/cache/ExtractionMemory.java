package org.newsgraph.cache;

import java.util.Map;
import org.newsgraph.extract.Extraction;

/**
 * The extractions the last build in this process used, by their cache key ({@link ExtractionCache#key}: the extractor
 * version, the article's slug, date and text), for the next build to take instead of reading each article's entry
 * back from the cache: under {@code serve} a save changes one article or a few, and reading and parsing every entry
 * again (at 10,000 articles ~290 MB of JSON and objects made and dropped by every save) was a part of every save. An
 * extraction is a pure function of its key and immutable once made, so the one kept is the one the entry holds. It
 * is taken only while the entry has the size it had when read or written: an entry gone or cut short is read (and
 * reported, and extracted again) as without the memory. Only the last build's are kept: the extractions its resolution
 * read.
 */
public final class ExtractionMemory {

    /** An extraction with the size its cache entry had when it was read or written (-1: none). */
    record Kept(Extraction extraction, long entrySize) {
    }

    private volatile Map<String, Kept> last = Map.of();
    private volatile int reused;

    /** The extraction the last build used under this key, or null. */
    Kept recall(String key) {
        return last.get(key);
    }

    /** Keeps this build's extractions (cache key -> extraction) in place of the last build's. */
    void keep(Map<String, Kept> used, int taken) {
        this.last = Map.copyOf(used);
        this.reused = taken;
    }

    /** How many extractions the last build took from this memory instead of the cache. */
    public int reused() {
        return reused;
    }
}
