package org.newsgraph.cache;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Articles whose extraction ran past its time budget, by their cache key (the code fingerprint, slug, date and text:
 * {@link ExtractionCache#key}), kept by a process that builds again and again ({@code serve}), so that it does not wait
 * the whole budget for them at every save. One is tried again when its key changes, that is when its file's text
 * changes (or the code does), and by the next process ({@code newsgraph build}, or {@code serve} started again).
 * Nothing is forgotten while the process runs (the warm-up's builds of a sample must not drop the archive's entries):
 * a key per text that ran past its budget, a few bytes each.
 */
public final class TimedOutArticles {

    private final Map<String, Duration> budgets = new ConcurrentHashMap<>();

    /** The budget an article with this key ran past, if it did in an earlier build of this process. */
    public Optional<Duration> ranPast(String key) {
        return Optional.ofNullable(budgets.get(key));
    }

    void remember(String key, Duration budget) {
        budgets.put(key, budget);
    }
}
