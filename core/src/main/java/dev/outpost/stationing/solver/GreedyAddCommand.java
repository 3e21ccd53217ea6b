package dev.outpost.stationing.solver;

import dev.outpost.stationing.domain.SiteSlot;
import dev.outpost.stationing.domain.StationingSolution;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;

/**
 * Construction heuristic (greedy add): starting from the working solution, repeatedly takes the
 * single action that improves the (hard, medium, soft) score most, among opening a closed site
 * with its least courier count and (when couriers matter) adding one courier to an open site,
 * until no action improves. Ties go to the lower site index, opening before adding.
 */
public final class GreedyAddCommand implements CustomPhaseCommand<StationingSolution> {

    private final BestTracker tracker;

    /** @param tracker receives the score reached */
    public GreedyAddCommand(BestTracker tracker) {
        this.tracker = tracker;
    }

    @Override
    public void changeWorkingSolution(ScoreDirector<StationingSolution> scoreDirector) {
        StationingSolution solution = scoreDirector.getWorkingSolution();
        StationingEvaluator e = new StationingEvaluator(solution.getProblem());
        e.reset(solution.courierCounts());
        int n = solution.getSlots().size();
        int[] min = new int[n];
        int[] max = new int[n];
        for (SiteSlot slot : solution.getSlots()) {
            min[slot.getIndex()] = Math.max(1, slot.getMinCouriers());
            max[slot.getIndex()] = slot.getMaxCouriers();
        }
        boolean couriersMatter = solution.getProblem().couriersMatter();
        long[] best = new long[3];
        long[] trial = new long[3];
        while (true) {
            score(e, best);
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
                if (value > max[s]) {
                    continue;
                }
                e.setCouriers(s, value);
                score(e, trial);
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
        tracker.offer(e.hardScore(), e.mediumScore());
    }

    static void score(StationingEvaluator e, long[] into) {
        into[0] = e.hardScore();
        into[1] = e.mediumScore();
        into[2] = e.softScore();
    }

    static int compare(long[] a, long[] b) {
        for (int i = 0; i < 3; i++) {
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
