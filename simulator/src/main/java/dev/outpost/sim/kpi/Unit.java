package dev.outpost.sim.kpi;

/** The unit of a metric. */
public enum Unit {
    /** A count. */
    COUNT,
    /** Seconds. */
    SECONDS,
    /** A share, 0 to 100. */
    PERCENT,
    /** Kilometres. */
    KM
}
