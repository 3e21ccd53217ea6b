package dev.outpost.stationing.internal.solver;

/**
 * What one solve needs beyond the problem, carried by the planning solution so that the phase
 * commands (built by OptaPlanner from their classes, one set per solver) stay stateless and one
 * {@code SolverFactory} serves every solve. Confined to the solving thread.
 *
 * @param tracker           clock of the solve and the best score reached
 * @param seed              random seed
 * @param deadlineNanos     tracker-relative deadline of the whole solve, or {@link Long#MAX_VALUE}
 * @param stepLimit         most perturbations of the variable neighbourhood search, or {@link Long#MAX_VALUE}
 * @param unimprovedSteps   perturbations without improvement after which it ends, or {@link Long#MAX_VALUE}
 * @param objectiveTarget   stop when a plan without violations reaches it, or null
 * @param variableNeighbourhood whether the variable neighbourhood search may run
 */
public record SolveContext(BestTracker tracker, long seed, long deadlineNanos, long stepLimit, long unimprovedSteps,
        Long objectiveTarget, boolean variableNeighbourhood) {

    /** A context without limits (tests, benchmarks), with a fresh tracker. */
    public static SolveContext unlimited(long seed) {
        return new SolveContext(new BestTracker(), seed, Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE, null, true);
    }

    /** Whether the deadline has passed. */
    public boolean pastDeadline() {
        return deadlineNanos != Long.MAX_VALUE && tracker.elapsedNanos() >= deadlineNanos;
    }
}
