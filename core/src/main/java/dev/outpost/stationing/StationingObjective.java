package dev.outpost.stationing;

/**
 * What the stationing solver optimises. In every objective each client is served from its nearest
 * open outpost (least travel seconds from site to client; ties go to the lower site index), and the
 * hard limits of {@link StationingProblem} (outposts, couriers, opening budget, per-site courier
 * capacity, fixed and closed sites) always come first.
 */
public enum StationingObjective {
    /**
     * Minimise the demand-weighted travel time {@code sum(demandWeight * travelSeconds)}
     * (Hakimi 1964; the OR-Library p-median problem of Beasley 1985). Value unit: weight x seconds.
     */
    P_MEDIAN,
    /**
     * Maximise the demand weight of the clients reached within their response target
     * (Church and ReVelle 1974). Value unit: demand weight.
     */
    MAX_COVERING,
    /**
     * Reach every client within its response target with the fewest outposts, or with the least
     * opening cost (see {@link SetCoveringCost}) (Toregas et al. 1971). A client that no usable
     * site can reach within its target is reported by the plan and otherwise ignored. Value unit:
     * outposts or opening cost.
     */
    SET_COVERING,
    /** Minimise the worst travel time of any served client (Hakimi 1964). Value unit: seconds. */
    P_CENTER,
    /**
     * Minimise the rate-weighted expected response: travel plus the expected wait for a free
     * courier at the client's outpost, from an M/M/c (Erlang C) queue per outpost; see
     * {@link dev.outpost.stationing.solver.QueueModel} for the model and its assumptions. Value
     * unit: milli-requests per hour x seconds.
     */
    EXPECTED_RESPONSE
}
