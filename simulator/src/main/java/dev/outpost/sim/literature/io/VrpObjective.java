package dev.outpost.sim.literature.io;

/** What a literature table ranks solutions by. */
public enum VrpObjective {
    /** Total distance only (Solomon {@code bks_distance.csv}, Augerat {@code optima.csv}). */
    DISTANCE,
    /** Fewest vehicles first, then total distance (Solomon {@code bks.csv}). */
    HIERARCHICAL
}
