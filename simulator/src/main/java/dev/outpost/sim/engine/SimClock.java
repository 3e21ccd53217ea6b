package dev.outpost.sim.engine;

/** A read-only view of simulated time, handed to policies; never the wall clock. */
@FunctionalInterface
public interface SimClock {
    /** {@return the current simulated time, seconds since 00:00 of the first day} */
    long now();
}
