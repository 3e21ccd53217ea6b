package dev.outpost.sim.engine;

/**
 * The purposes of randomness; each has its own stream so that changing one purpose's use (a
 * policy that drives other legs) leaves the draws of the others (the day's requests) unchanged.
 */
public enum Stream {
    /** Request arrival times (one sub-stream per client). */
    ARRIVALS,
    /** Request sizes and service times (one sub-stream per client). */
    SERVICE_TIMES,
    /** Travel-time noise (one sub-stream per courier). */
    TRAVEL_NOISE,
    /** Courier breakdowns (one sub-stream per courier). */
    BREAKDOWNS,
    /** The re-optimising dispatch policy's solver seeds (sub-stream 0; one draw per round). */
    REOPTIMISATION
}
