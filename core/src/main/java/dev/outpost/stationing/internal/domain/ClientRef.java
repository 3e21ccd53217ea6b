package dev.outpost.stationing.internal.domain;

import dev.outpost.stationing.StationingProblem;

/**
 * A client as a problem fact, for constraint-stream scoring (kept for the measured comparison
 * with the incremental calculator, see {@code ScoreCalculatorComparison} in the benchmarks).
 *
 * @param index   the client's index in the problem
 * @param problem the problem (for travel and weight look-ups)
 */
public record ClientRef(int index, StationingProblem problem) {

    /** Travel seconds from the slot's site to this client, or -1 when unreachable. */
    public int travelFrom(SiteSlot slot) {
        return problem.travelSeconds(slot.getIndex(), index);
    }
}
