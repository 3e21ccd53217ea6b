package dev.outpost.stationing.internal.solver;

import dev.outpost.stationing.StationingObjective;
import dev.outpost.stationing.StationingProblem;
import java.util.Locale;

/** Maximal covering: maximise the demand weight of the clients reached within their response target. */
public final class MaxCoveringRule extends ObjectiveRule {

    static final MaxCoveringRule INSTANCE = new MaxCoveringRule();

    private MaxCoveringRule() {
    }

    @Override
    public StationingObjective objective() {
        return StationingObjective.MAX_COVERING;
    }

    @Override
    public boolean maximised() {
        return true;
    }

    @Override
    public String format(StationingProblem problem, long value) {
        long weight = totalDemandWeight(problem);
        return weight == 0 ? value + " " + problem.objectiveUnit()
                : String.format(Locale.ROOT, "%d %s (%.1f%% of demand within target)", value,
                        problem.objectiveUnit(), 100.0 * value / weight);
    }

    @Override
    public Tally tally(StationingProblem problem, int[] travel, int[] couriers) {
        return new Tally() {
            private long coveredDemand;

            @Override
            public void apply(int c, int s, int t, int sign) {
                if (t <= problem.responseTargetSeconds(c)) {
                    coveredDemand += sign * (long) problem.demandWeight(c);
                }
            }

            @Override
            public long value(Totals totals) {
                return coveredDemand;
            }
        };
    }

    @Override
    public boolean sumOfClientCosts() {
        return true;
    }

    /** Cost = the client's demand weight when it is outside its target, else 0. */
    @Override
    public long clientCost(StationingProblem problem, int c, long t) {
        return t <= problem.responseTargetSeconds(c) ? 0 : problem.demandWeight(c);
    }

    @Override
    public long valueOfCost(long cost, long totalWeight) {
        return totalWeight - cost;
    }

    @Override
    public long costOfValue(long value, long totalWeight) {
        return totalWeight - value;
    }
}
