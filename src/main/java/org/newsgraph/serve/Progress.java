package org.newsgraph.serve;

import java.time.Duration;

/**
 * What {@code serve}'s worker has done so far, for whoever must wait for it (a test, a script embedding the server):
 * the number of builds finished and whether the warm-up is over. Waiting is on these conditions, woken when they
 * change, never a sleep in a loop; the caller's {@code atMost} only keeps a broken server from holding it forever.
 */
final class Progress {

    private long builds;
    private boolean warmedUp;

    synchronized void built() {
        builds++;
        notifyAll();
    }

    synchronized void warmedUp() {
        warmedUp = true;
        notifyAll();
    }

    synchronized long builds() {
        return builds;
    }

    synchronized long awaitBuildAfter(long seen, Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (builds <= seen) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return builds;
    }

    synchronized boolean awaitWarmUp(Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (!warmedUp) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return warmedUp;
    }
}
