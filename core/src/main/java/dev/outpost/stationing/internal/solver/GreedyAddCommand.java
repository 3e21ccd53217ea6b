package dev.outpost.stationing.internal.solver;

import dev.outpost.stationing.StationingProblem;
import dev.outpost.stationing.internal.domain.SiteSlot;
import dev.outpost.stationing.internal.domain.StationingSolution;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;

/**
 * Construction heuristic (greedy add): starting from the working solution, repeatedly takes the
 * single action that improves the (hard, medium, soft) score most, among opening a closed site
 * with its least courier count and (when couriers matter) adding one courier to an open site,
 * until no action improves. Ties go to the lower site index, opening before adding. An action that
 * would cross a user limit ({@link Walls}) is never taken. Stops early at the solve's deadline
 * (the layout built so far is kept).
 */
public final class GreedyAddCommand implements CustomPhaseCommand<StationingSolution> {

    /** Built by OptaPlanner from the class; the solve's state comes with the working solution. */
    public GreedyAddCommand() {
    }

    @Override
    public void changeWorkingSolution(ScoreDirector<StationingSolution> scoreDirector) {
        StationingSolution solution = scoreDirector.getWorkingSolution();
        SolveContext context = solution.getContext();
        StationingProblem problem = solution.getProblem();
        StationingEvaluator e = new StationingEvaluator(problem);
        e.reset(solution.courierCounts());
        int n = solution.getSlots().size();
        int[] min = new int[n];
        int[] max = new int[n];
        for (SiteSlot slot : solution.getSlots()) {
            min[slot.getIndex()] = Math.max(1, slot.getMinCouriers());
            max[slot.getIndex()] = slot.getMaxCouriers();
        }
        boolean couriersMatter = solution.getProblem().couriersMatter();
        long[] best = new long[StationingEvaluator.LEVELS];
        long[] trial = new long[StationingEvaluator.LEVELS];
        while (!context.pastDeadline()) {
            e.score(best);
            int bestSite = -1;
            int bestValue = 0;
            for (int s = 0; s < n; s++) {
                int current = e.couriers(s);
                int value;
                if (current == 0) {
                    value = min[s];
                } else if (couriersMatter) {
                    value = current + 1;
                } else {
                    continue;
                }
                if (value > max[s] || !Walls.allows(problem, e.openCount(), e.courierTotal(), e.openingCostTotal(),
                        current == 0 ? 1 : 0, value - current, current == 0 ? problem.openingCost(s) : 0)) {
                    continue;
                }
                e.setCouriers(s, value);
                e.score(trial);
                e.setCouriers(s, current);
                if (compare(trial, best) > 0) {
                    System.arraycopy(trial, 0, best, 0, 3);
                    bestSite = s;
                    bestValue = value;
                }
            }
            if (bestSite < 0) {
                break;
            }
            e.setCouriers(bestSite, bestValue);
        }
        int[] counts = new int[n];
        for (int s = 0; s < n; s++) {
            counts[s] = e.couriers(s);
        }
        applyCounts(scoreDirector, counts);
        e.score(best);
        context.tracker().offer(best);
    }

    static int compare(long[] a, long[] b) {
        for (int i = 0; i < a.length; i++) {
            int c = Long.compare(a[i], b[i]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** Writes courier counts into the working solution through the score director. */
    static void applyCounts(ScoreDirector<StationingSolution> scoreDirector, int[] counts) {
        for (SiteSlot slot : scoreDirector.getWorkingSolution().getSlots()) {
            int value = counts[slot.getIndex()];
            if (slot.getCouriers() == null || slot.getCouriers() != value) {
                scoreDirector.beforeVariableChanged(slot, "couriers");
                slot.setCouriers(value);
                scoreDirector.afterVariableChanged(slot, "couriers");
            }
        }
        scoreDirector.triggerVariableListeners();
    }
}
