package dev.outpost.sim.demand;

import java.util.SplittableRandom;

/** How the time at the door is drawn around a client's {@code serviceSeconds} (the mean). */
public enum ServiceTimes {
    /** Always the client's service seconds. */
    FIXED,
    /** Exponential with the client's service seconds as mean (for queueing checks). */
    EXPONENTIAL;

    /**
     * A draw with mean {@code mean} seconds, at least 0.
     *
     * @param mean the mean, seconds
     * @param random the generator to draw from
     * @return a draw with mean {@code mean} seconds, at least 0
     */
    public int draw(int mean, SplittableRandom random) {
        if (this == FIXED || mean == 0) {
            return mean;
        }
        return (int) Math.round(-mean * Math.log(1.0 - random.nextDouble()));
    }
}
