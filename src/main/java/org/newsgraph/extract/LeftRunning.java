package org.newsgraph.extract;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Extraction threads given up at their time budget that are still running: a loop in pure Java does not answer the
 * interrupt, and nothing else can stop a thread safely. They are bounded here, so that a process that extracts again
 * and again ({@code serve}) does not gather them: an item whose earlier thread still runs is not started again (it is
 * reported over its budget at once), and once {@link #most} of them run, no new item is started until one ends.
 * Restarting the process is the only way to stop them.
 */
final class LeftRunning {

    /** As many as {@code serve}'s workers at most: beyond that the leftovers would take every core anyway. */
    static final int MOST = 4;

    private final int most;
    /** Each item's work given up, by whether it still runs (its thread clears the flag when the work ends). */
    private final Map<String, AtomicBoolean> works = new ConcurrentHashMap<>();

    LeftRunning() {
        this(MOST);
    }

    LeftRunning(int most) {
        if (most < 1) {
            throw new IllegalArgumentException("most must be at least 1, was " + most);
        }
        this.most = most;
    }

    /**
     * Remembers an item given up at its budget while its work still runs.
     *
     * @param running true until the work ends (its thread clears it, whenever that is)
     */
    void givenUp(String item, AtomicBoolean running) {
        if (running.get()) {
            works.put(item, running);
        }
    }

    /** Whether the work given up on this item earlier is still running. */
    boolean stillRunning(String item) {
        AtomicBoolean running = works.get(item);
        if (running != null && !running.get()) {
            works.remove(item, running);
            return false;
        }
        return running != null;
    }

    /** Why no new item may start now, if none may: {@link #most} given-up threads are running. */
    Optional<RuntimeException> full() {
        works.entrySet().removeIf(e -> !e.getValue().get());
        int running = works.size();
        if (running < most) {
            return Optional.empty();
        }
        return Optional.of(new IllegalStateException("not extracted: " + running + " earlier extractions given up at "
                + "their time budget are still running (the extractor loops on their text: "
                + String.join(", ", works.keySet().stream().map(LeftRunning::said).sorted().toList())
                + "); restart to stop them"));
    }

    /** An item as a person knows it: its file or document, without the text a single extraction adds. */
    private static String said(String item) {
        int end = item.indexOf('\u0000');
        return end < 0 ? item : item.substring(0, end);
    }

    /** How many given-up threads are running now. */
    int count() {
        works.entrySet().removeIf(e -> !e.getValue().get());
        return works.size();
    }
}
