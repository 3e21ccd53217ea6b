package dev.outpost.stationing;

/**
 * A plan with how it was found.
 *
 * @param plan          the plan
 * @param score         OptaPlanner's final score, e.g. {@code 0hard/-5819medium/0soft}
 * @param secondsToBest wall seconds from the start until the best (hard, medium) score was first
 *                      reached (reported, never used to decide anything)
 */
public record StationingRun(StationingPlan plan, String score, double secondsToBest) {
}
