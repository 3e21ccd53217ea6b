package dev.outpost.stationing.internal.solver;

import dev.outpost.stationing.StationingProblem;

/**
 * The user's limits as walls: most open outposts, most couriers in all, most total opening cost
 * (per-site courier capacity and closed sites are walls of each site's value range). Construction
 * and every move ask {@link #allows} before changing the layout, so the search never crosses a
 * limit. A limit already exceeded by the fixed-open sites alone (which no plan can close) cannot be
 * met: a change is then allowed as long as it does not make that excess larger, and the plan
 * reports the excess as a violation in the limit's own unit.
 */
public final class Walls {

    private Walls() {
    }

    /**
     * Whether going from ({@code open}, {@code couriers}, {@code cost}) to the values plus the
     * deltas keeps every limit, or at least does not grow an excess the fixed sites force.
     */
    public static boolean allows(StationingProblem problem, int open, long couriers, long cost, int openDelta,
            long courierDelta, long costDelta) {
        return within(open, open + (long) openDelta, problem.maxOutposts())
                && within(couriers, couriers + courierDelta, problem.maxCouriers())
                && within(cost, cost + costDelta, problem.maxOpeningCost());
    }

    private static boolean within(long before, long after, long limit) {
        return after <= limit || after <= before;
    }
}
