package dev.outpost.stationing.internal.solver;

import dev.outpost.stationing.SetCoveringCost;
import dev.outpost.stationing.StationingObjective;
import dev.outpost.stationing.StationingProblem;

/**
 * Set covering: reach every coverable client within its target (a hard level: uncovered clients) with
 * the fewest outposts or the least opening cost ({@link SetCoveringCost}).
 */
public final class SetCoveringRule extends ObjectiveRule {

    static final SetCoveringRule INSTANCE = new SetCoveringRule();

    private SetCoveringRule() {
    }

    @Override
    public StationingObjective objective() {
        return StationingObjective.SET_COVERING;
    }

    @Override
    public String unit(StationingProblem problem) {
        return problem.setCoveringCost() == SetCoveringCost.OPENING_COST ? "currency units" : objective().unit();
    }

    @Override
    public Tally tally(StationingProblem problem, int[] travel, int[] couriers) {
        int clients = problem.clientCount();
        boolean[] coverable = new boolean[clients];
        int uncoveredAtStart = 0;
        for (int c = 0; c < clients; c++) {
            coverable[c] = problem.coverable(c);
            if (coverable[c]) {
                uncoveredAtStart++;
            }
        }
        int start = uncoveredAtStart;
        boolean byCount = problem.setCoveringCost() == SetCoveringCost.OUTPOST_COUNT;
        return new Tally() {
            private int uncovered = start;

            @Override
            public void apply(int c, int s, int t, int sign) {
                if (t <= problem.responseTargetSeconds(c) && coverable[c]) {
                    uncovered -= sign;
                }
            }

            @Override
            public int uncoveredClients() {
                return uncovered;
            }

            @Override
            public long value(Totals totals) {
                return byCount ? totals.openCount() : totals.openingCostTotal();
            }
        };
    }
}
