package dev.outpost.stationing;

/**
 * How long and how the stationing solver searches. At least one of {@code timeLimitMillis} and
 * {@code stepCountLimit} must be set. Runs that end on {@code stepCountLimit} (or on
 * {@code objectiveTarget}) and not on time are reproducible: the same problem and seed give the
 * same plan.
 *
 * @param seed                     random seed
 * @param timeLimitMillis          wall-time limit for the whole solve, or null
 * @param unimprovedTimeLimitMillis stop after this long without a better (hard, medium) score, or null
 * @param stepCountLimit           steps of the local-search phase and perturbations of the
 *                                 variable neighbourhood search, or null
 * @param objectiveTarget          stop as soon as a feasible plan reaches this objective value (in
 *                                 the objective's unit; at most it when minimising, at least it for
 *                                 maximal covering), e.g. a known optimum; or null
 * @param variableNeighbourhood    whether to run the fast-interchange variable neighbourhood search
 *                                 phase where it applies (p-median and maximal covering without an
 *                                 opening budget)
 */
public record StationingOptions(long seed, Long timeLimitMillis, Long unimprovedTimeLimitMillis,
        Integer stepCountLimit, Long objectiveTarget, boolean variableNeighbourhood) {

    public StationingOptions {
        if (timeLimitMillis == null && stepCountLimit == null) {
            throw new IllegalArgumentException("The options (no time limit, no step count limit) never end; set one.");
        }
        if ((timeLimitMillis != null && timeLimitMillis <= 0) || (stepCountLimit != null && stepCountLimit < 0)
                || (unimprovedTimeLimitMillis != null && unimprovedTimeLimitMillis <= 0)) {
            throw new IllegalArgumentException("The limits (time " + timeLimitMillis + " ms, unimproved "
                    + unimprovedTimeLimitMillis + " ms, steps " + stepCountLimit + ") must be positive.");
        }
    }

    /** Reproducible options ending after {@code steps} steps. */
    public static StationingOptions steps(long seed, int steps) {
        return new StationingOptions(seed, null, null, steps, null, true);
    }

    /** Options ending after {@code millis} milliseconds of wall time. */
    public static StationingOptions time(long seed, long millis) {
        return new StationingOptions(seed, millis, null, null, null, true);
    }

    /** These options with an objective target. */
    public StationingOptions withObjectiveTarget(Long target) {
        return new StationingOptions(seed, timeLimitMillis, unimprovedTimeLimitMillis, stepCountLimit, target,
                variableNeighbourhood);
    }

    /** These options with the variable neighbourhood search phase on or off. */
    public StationingOptions withVariableNeighbourhood(boolean on) {
        return new StationingOptions(seed, timeLimitMillis, unimprovedTimeLimitMillis, stepCountLimit, objectiveTarget, on);
    }
}
