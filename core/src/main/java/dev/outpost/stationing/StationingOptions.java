package dev.outpost.stationing;

import java.time.Duration;

/**
 * How long and how the stationing solver searches. Immutable; start from {@link #defaults()} and
 * use the {@code with...} methods. Every value is checked when the options are built: a bad
 * value throws {@link IllegalArgumentException} naming the field and the value.
 *
 * <p>Limits (the same convention as the routing options): {@code timeLimit} is a deadline for the
 * whole solve, construction included ({@code null} = none); {@code stepLimit} counts the steps of
 * the local search and the perturbations of the variable neighbourhood search (0 = none);
 * {@code unimprovedStepLimit} ends each search phase after that many steps without a better score
 * (0 = none). At least one must be set. Runs that end on steps (or on {@code objectiveTarget}) and
 * not on time are reproducible: the same problem and seed give the same plan.
 */
public final class StationingOptions {

    /** The longest time limit accepted: one day (a longer solve is a mistake, and its nanoseconds must not overflow). */
    public static final Duration MAX_TIME_LIMIT = Duration.ofDays(1);

    private final long seed;
    private final Duration timeLimit;
    private final long stepLimit;
    private final long unimprovedStepLimit;
    private final Long objectiveTarget;
    private final boolean variableNeighbourhood;

    private StationingOptions(long seed, Duration timeLimit, long stepLimit, long unimprovedStepLimit,
            Long objectiveTarget, boolean variableNeighbourhood) {
        if (timeLimit != null && (timeLimit.isNegative() || timeLimit.isZero() || timeLimit.compareTo(MAX_TIME_LIMIT) > 0)) {
            throw new IllegalArgumentException("The timeLimit (" + timeLimit + ") must be positive and at most "
                    + MAX_TIME_LIMIT + "; use null for none.");
        }
        if (stepLimit < 0) {
            throw new IllegalArgumentException("The stepLimit (" + stepLimit + ") must not be negative; use 0 for none.");
        }
        if (unimprovedStepLimit < 0) {
            throw new IllegalArgumentException("The unimprovedStepLimit (" + unimprovedStepLimit
                    + ") must not be negative; use 0 for none.");
        }
        if (objectiveTarget != null && objectiveTarget < 0) {
            throw new IllegalArgumentException("The objectiveTarget (" + objectiveTarget
                    + ") must not be negative (objective values are 0 or more); use null for none.");
        }
        this.seed = seed;
        this.timeLimit = timeLimit;
        this.stepLimit = stepLimit;
        this.unimprovedStepLimit = unimprovedStepLimit;
        this.objectiveTarget = objectiveTarget;
        this.variableNeighbourhood = variableNeighbourhood;
    }

    /**
     * Seed 0, no time limit, 3 000 steps, no unimproved-step limit, no target, variable neighbourhood on.
     *
     * @return the default options: seed 0, no time limit, 3 000 steps, no unimproved-step limit, no target, variable neighbourhood on
     */
    public static StationingOptions defaults() {
        return new StationingOptions(0, null, 3_000, 0, null, true);
    }

    /**
     * These options with another random seed.
     *
     * @param newSeed the random seed
     * @return these options with another random seed
     */
    public StationingOptions withSeed(long newSeed) {
        return new StationingOptions(newSeed, timeLimit, stepLimit, unimprovedStepLimit, objectiveTarget,
                variableNeighbourhood);
    }

    /**
     * These options with a deadline for the whole solve, construction included ({@code null} = none, at most one day).
     *
     * @param limit the deadline, or null for none
     * @return these options with a deadline for the whole solve, construction included ({@code null} = none, at most one day)
     */
    public StationingOptions withTimeLimit(Duration limit) {
        return new StationingOptions(seed, limit, stepLimit, unimprovedStepLimit, objectiveTarget, variableNeighbourhood);
    }

    /**
     * These options with a step limit (0 = none).
     *
     * @param steps the step count, 0 for none
     * @return these options with a step limit (0 = none)
     */
    public StationingOptions withStepLimit(long steps) {
        return new StationingOptions(seed, timeLimit, steps, unimprovedStepLimit, objectiveTarget, variableNeighbourhood);
    }

    /**
     * These options with an unimproved-step limit per search phase (0 = none).
     *
     * @param steps the step count, 0 for none
     * @return these options with an unimproved-step limit per search phase (0 = none)
     */
    public StationingOptions withUnimprovedStepLimit(long steps) {
        return new StationingOptions(seed, timeLimit, stepLimit, steps, objectiveTarget, variableNeighbourhood);
    }

    /**
     * These options with an objective target: stop as soon as a plan with no violation reaches this
     * value (in the objective's unit; at most it when minimising, at least it for maximal covering),
     * e.g. a known optimum; {@code null} for none.
     *
     * @param target the objective target, or null for none
     * @return these options with an objective target: stop as soon as a plan with no violation reaches this value (in the objective's unit; at most it when minimising, at least it for maximal covering)
     */
    public StationingOptions withObjectiveTarget(Long target) {
        return new StationingOptions(seed, timeLimit, stepLimit, unimprovedStepLimit, target, variableNeighbourhood);
    }

    /**
     * These options with the fast-interchange variable neighbourhood search phase on or off (it
     * applies to p-median and maximal covering without an opening budget).
     *
     * @param on true to turn it on
     * @return these options with the fast-interchange variable neighbourhood search phase on or off (it applies to p-median and maximal covering without an opening budget)
     */
    public StationingOptions withVariableNeighbourhood(boolean on) {
        return new StationingOptions(seed, timeLimit, stepLimit, unimprovedStepLimit, objectiveTarget, on);
    }

    /**
     * The random seed.
     *
     * @return the random seed
     */
    public long seed() {
        return seed;
    }

    /**
     * The deadline of the whole solve, construction included, or {@code null} for none.
     *
     * @return the deadline of the whole solve, construction included, or {@code null} for none
     */
    public Duration timeLimit() {
        return timeLimit;
    }

    /**
     * Local-search steps and perturbations, 0 for no limit.
     *
     * @return local-search steps and perturbations, 0 for no limit
     */
    public long stepLimit() {
        return stepLimit;
    }

    /**
     * Steps without a better score after which a search phase ends, 0 for no limit.
     *
     * @return steps without a better score after which a search phase ends, 0 for no limit
     */
    public long unimprovedStepLimit() {
        return unimprovedStepLimit;
    }

    /**
     * The objective target, or {@code null}.
     *
     * @return the objective target, or {@code null}
     */
    public Long objectiveTarget() {
        return objectiveTarget;
    }

    /**
     * Whether the variable neighbourhood search phase runs where it applies.
     *
     * @return whether the variable neighbourhood search phase runs where it applies
     */
    public boolean variableNeighbourhood() {
        return variableNeighbourhood;
    }

    /**
     * Whether at least one limit ends the search.
     *
     * @return whether at least one limit ends the search
     */
    public boolean bounded() {
        return timeLimit != null || stepLimit > 0 || unimprovedStepLimit > 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StationingOptions other && seed == other.seed
                && java.util.Objects.equals(timeLimit, other.timeLimit) && stepLimit == other.stepLimit
                && unimprovedStepLimit == other.unimprovedStepLimit
                && java.util.Objects.equals(objectiveTarget, other.objectiveTarget)
                && variableNeighbourhood == other.variableNeighbourhood;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(seed, timeLimit, stepLimit, unimprovedStepLimit, objectiveTarget,
                variableNeighbourhood);
    }

    @Override
    public String toString() {
        return "StationingOptions[seed=" + seed + ", timeLimit=" + timeLimit + ", stepLimit=" + stepLimit
                + ", unimprovedStepLimit=" + unimprovedStepLimit + ", objectiveTarget=" + objectiveTarget
                + ", variableNeighbourhood=" + variableNeighbourhood + "]";
    }
}
