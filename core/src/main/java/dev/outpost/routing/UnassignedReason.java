package dev.outpost.routing;

/**
 * Why a pickup is in no route. The first five are checked on the pickup alone, against every
 * courier (the reason reported is the check at which the courier that got furthest failed, in
 * the order of this enum); the last two apply to pickups that some courier could serve alone.
 */
public enum UnassignedReason {
    /** No path joins the pickup to a courier's start or to the hub. */
    UNREACHABLE,
    /** No courier has all the required skills. */
    SKILLS,
    /** The pickup's size exceeds every (skilled) courier's free capacity. */
    CAPACITY,
    /** No courier can reach the pickup before its window ends, even driving straight there. */
    TIME_WINDOW,
    /** Serving it and driving to the hub would end after every courier's shift end. */
    SHIFT_END,
    /** Serving it and driving to the hub would reach the hub after the cut-off. */
    CUTOFF,
    /** Some courier could serve it alone, but no feasible insertion exists in the final plan: the fleet is full. */
    FLEET_FULL,
    /** A feasible insertion exists, but the solver (stopped early) did not make it. */
    NOT_WORTH
}
