package dev.outpost.stationing.solver;

/**
 * Records when the best (hard, medium) score of a run was first reached, across the custom
 * phases and OptaPlanner's own best-solution events. Thread-confined to the solving thread.
 */
public final class BestTracker {

    private final long startNanos;
    private long bestHard = Long.MIN_VALUE;
    private long bestMedium = Long.MIN_VALUE;
    private long nanosToBest;

    /** A tracker whose clock starts now ({@code System.nanoTime()}; wall time is only reported, never decides). */
    public BestTracker() {
        this.startNanos = System.nanoTime();
    }

    /** Offers a score reached now; keeps it when strictly better than the best so far. */
    public void offer(long hard, long medium) {
        if (hard > bestHard || (hard == bestHard && medium > bestMedium)) {
            bestHard = hard;
            bestMedium = medium;
            nanosToBest = System.nanoTime() - startNanos;
        }
    }

    /** Seconds from the start until the best score was first reached. */
    public double secondsToBest() {
        return nanosToBest / 1e9;
    }

    /** Nanoseconds since the start. */
    public long elapsedNanos() {
        return System.nanoTime() - startNanos;
    }
}
