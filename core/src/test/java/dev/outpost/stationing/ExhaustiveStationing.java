package dev.outpost.stationing;

import dev.outpost.check.StationingChecker;
import dev.outpost.model.SiteStatus;
import dev.outpost.stationing.solver.PlanAssembler;

/**
 * Brute force for tests: every subset of usable sites (fixed ones always in) and, when couriers
 * matter, every courier allocation; each layout is scored by {@link StationingChecker}. Returns the
 * best objective value over feasible layouts, or null when none is feasible.
 */
final class ExhaustiveStationing {

    private ExhaustiveStationing() {
    }

    static Long bestValue(StationingProblem problem) {
        int ns = problem.siteCount();
        Long best = null;
        boolean maximise = problem.objective() == StationingObjective.MAX_COVERING;
        for (int mask = 0; mask < (1 << ns); mask++) {
            boolean ok = true;
            for (int s = 0; s < ns && ok; s++) {
                boolean in = (mask & (1 << s)) != 0;
                ok = !(in && problem.siteStatus(s) == SiteStatus.CLOSED)
                        && !(!in && problem.siteStatus(s) == SiteStatus.FIXED_OPEN);
            }
            if (!ok) {
                continue;
            }
            int[] counts = new int[ns];
            for (int s = 0; s < ns; s++) {
                counts[s] = (mask & (1 << s)) != 0 ? 1 : 0;
            }
            Long value = problem.couriersMatter() ? bestAllocation(problem, counts, 0) : evaluate(problem, counts);
            if (value != null && (best == null || (maximise ? value > best : value < best))) {
                best = value;
            }
        }
        return best;
    }

    private static Long bestAllocation(StationingProblem problem, int[] counts, int from) {
        Long best = evaluate(problem, counts);
        for (int s = from; s < counts.length; s++) {
            if (counts[s] > 0 && counts[s] < problem.siteMaxCouriers(s)) {
                counts[s]++;
                Long v = bestAllocation(problem, counts, s);
                counts[s]--;
                if (v != null && (best == null || v < best)) {
                    best = v;
                }
            }
        }
        return best;
    }

    private static Long evaluate(StationingProblem problem, int[] counts) {
        int total = 0;
        for (int c : counts) {
            total += c;
        }
        if (total > problem.maxCouriers()) {
            return null;
        }
        StationingPlan plan = PlanAssembler.assemble(problem, counts);
        StationingChecker.StationingCheck check = StationingChecker.check(problem, plan);
        return check.feasible() ? check.objectiveValue() : null;
    }
}
