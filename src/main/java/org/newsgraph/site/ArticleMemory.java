package org.newsgraph.site;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the last render read back from each article graph ({@link SiteModel}: the article's text, blocks, mentions,
 * figures and relations, the aliases it joined and its statements naming an entity), by the graph's key, for the next
 * render in the same process: under {@code serve} a save changes one article or a few, and reading every other
 * article graph back again was a tenth of a save at 10,000 articles (and scanning every statement for backlinks
 * another part of it, session 31). What is read depends on the graph's statements alone (and the site's base, which
 * the key holds with the graph's IRI), so an article whose key is the same is read the same. Only the last render's
 * articles are kept; the memory holds what that render's model held anyway. It also keeps the union's statistics
 * ({@link UnionCounts}), which the next render updates by the graphs that changed.
 */
public final class ArticleMemory {

    /**
     * One article graph as read back: the article, the aliases it joined to entities (by entity id), and its statements
     * whose object is an entity, as backlinks (by entity id), in the graph's order.
     */
    record Read(SiteModel.ArticleData article, List<Map.Entry<String, SiteModel.AliasData>> aliases,
                List<Map.Entry<String, SiteModel.BacklinkData>> backlinks) {
    }

    private volatile Map<String, Read> last = Map.of();
    /** The union's statistics as the last render counted them, updated by the graphs that changed since. */
    private final UnionCounts counts = new UnionCounts();
    private final Map<String, Read> next = new ConcurrentHashMap<>();

    /** An article graph read by the last render under this key, or null. */
    Read recall(String graphKey) {
        return last.get(graphKey);
    }

    /** Keeps what this render read from a graph, for the next render. */
    void keep(String graphKey, Read read) {
        next.put(graphKey, read);
    }

    /** How many graphs the last render counted for the statistics (the ones that came and went since the one before). */
    public int graphsCounted() {
        return counts.counted();
    }

    /** The union's statistics kept across this process's renders. */
    UnionCounts counts() {
        return counts;
    }

    /** This render's reading is done: what it kept replaces the last render's. */
    synchronized void done() {
        last = Map.copyOf(next);
        next.clear();
    }
}
