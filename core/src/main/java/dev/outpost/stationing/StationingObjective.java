package dev.outpost.stationing;

/**
 * What the stationing solver optimises. In every objective each client is served from its nearest
 * open outpost (least travel seconds from site to client; ties go to the lower site index). The
 * limits of {@link StationingProblem} (outposts, couriers and the fleet, opening budget, per-site
 * courier capacity, fixed and closed sites) are walls the solver never crosses; what a plan still
 * falls short of is reported per limit in its own unit ({@link StationingViolation}).
 */
public enum StationingObjective {
    /**
     * Minimise the demand-weighted travel time {@code sum(demandWeight * travelSeconds)}
     * (Hakimi 1964; the OR-Library p-median problem of Beasley 1985). Value unit: weight x seconds.
     */
    P_MEDIAN("weight x s"),
    /**
     * Maximise the demand weight of the clients reached within their response target
     * (Church and ReVelle 1974). Value unit: demand weight.
     */
    MAX_COVERING("demand weight covered"),
    /**
     * Reach every client within its response target with the fewest outposts, or with the least
     * opening cost (see {@link SetCoveringCost}) (Toregas et al. 1971). A client that no usable
     * site can reach within its target is reported by the plan and otherwise ignored. Value unit:
     * outposts or opening cost (currency units).
     */
    SET_COVERING("outposts"),
    /** Minimise the worst travel time of any served client (Hakimi 1964). Value unit: seconds. */
    P_CENTER("s"),
    /**
     * Minimise the rate-weighted expected response: travel plus the expected wait for a free
     * courier at the client's outpost, from an M/M/c (Erlang C) queue per outpost; see
     * {@code QueueModel} (internal) for the model and its assumptions. Value
     * unit: milli-requests per hour x seconds. An outpost's wait term counts at most
     * {@link StationingProblem#maxWaitTerm()}.
     */
    EXPECTED_RESPONSE("milli-requests/h x s");

    private final String unit;

    StationingObjective(String unit) {
        this.unit = unit;
    }

    /**
     * The unit of the objective's value, e.g. {@code "weight x s"}; set covering by opening cost
     * counts currency units instead (see {@link StationingProblem#objectiveUnit()}, and
     * {@link StationingProblem#formatObjective(long)} for a value with its unit).
     *
     * @return the unit of the objective's value
     */
    public String unit() {
        return unit;
    }
}
