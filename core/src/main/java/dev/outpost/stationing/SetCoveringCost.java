package dev.outpost.stationing;

/** What {@link StationingObjective#SET_COVERING} minimises once every reachable client is covered. */
public enum SetCoveringCost {
    /** The number of open outposts (fixed ones included). */
    OUTPOST_COUNT,
    /** The total opening cost of the open outposts (fixed ones included). */
    OPENING_COST
}
