package dev.outpost.stationing.internal.solver;

/**
 * Records when the best score of a run (the three hard levels, then the objective) was first
 * reached, across the custom phases and OptaPlanner's own best-solution events. Thread-confined
 * to the solving thread.
 */
public final class BestTracker {

    private static final int COMPARED = 4;

    private final long startNanos;
    private final long[] best = new long[COMPARED];
    private boolean any;
    private long nanosToBest;

    /** A tracker whose clock starts now ({@code System.nanoTime()}; wall time is only reported, never decides). */
    public BestTracker() {
        this.startNanos = System.nanoTime();
    }

    /**
     * Offers a score reached now (levels as {@link StationingEvaluator#score(long[])}; only the first
     * four are compared); keeps it when strictly better than the best so far.
     */
    public void offer(long[] score) {
        boolean better = !any;
        for (int i = 0; i < COMPARED && !better; i++) {
            if (score[i] != best[i]) {
                better = score[i] > best[i];
                if (!better) {
                    return;
                }
            }
        }
        if (better) {
            System.arraycopy(score, 0, best, 0, COMPARED);
            any = true;
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
