package dev.outpost.stationing.internal.solver;

import dev.outpost.stationing.StationingObjective;
import dev.outpost.stationing.StationingProblem;
import java.util.Locale;

/** P-median: minimise the demand-weighted travel; its soft tie-break is the opening cost. */
public final class PMedianRule extends ObjectiveRule {

    static final PMedianRule INSTANCE = new PMedianRule();

    private PMedianRule() {
    }

    @Override
    public StationingObjective objective() {
        return StationingObjective.P_MEDIAN;
    }

    @Override
    public String format(StationingProblem problem, long value) {
        long weight = totalDemandWeight(problem);
        return weight == 0 ? value + " " + problem.objectiveUnit()
                : String.format(Locale.ROOT, "%d %s (demand-weighted mean travel %.1f min)", value,
                        problem.objectiveUnit(), value / (double) weight / 60.0);
    }

    @Override
    public long softScore(long openingCostTotal, long weightedTravel) {
        return -openingCostTotal;
    }

    @Override
    public Tally tally(StationingProblem problem, int[] travel, int[] couriers) {
        return new Tally() {
            @Override
            public void apply(int c, int s, int t, int sign) {
                // the evaluator keeps the weighted travel for every objective
            }

            @Override
            public long value(Totals totals) {
                return totals.weightedTravel();
            }
        };
    }

    @Override
    public boolean sumOfClientCosts() {
        return true;
    }

    @Override
    public long clientCost(StationingProblem problem, int c, long t) {
        return (long) problem.demandWeight(c) * t;
    }

    @Override
    public long valueOfCost(long cost, long totalWeight) {
        return cost;
    }

    @Override
    public long costOfValue(long value, long totalWeight) {
        return value;
    }
}
