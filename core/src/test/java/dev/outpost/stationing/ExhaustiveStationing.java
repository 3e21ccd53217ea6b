package dev.outpost.stationing;

import dev.outpost.check.StationingChecker;
import dev.outpost.model.SiteStatus;
import dev.outpost.travel.TravelTimes;
import java.util.ArrayList;
import java.util.List;

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

    /** A plan built by plain scans, independent of the solver: nearest open site, ties to the lower index. */
    private static StationingPlan plainPlan(StationingProblem problem, int[] counts) {
        List<StationingPlan.Outpost> outposts = new ArrayList<>();
        for (int s = 0; s < counts.length; s++) {
            if (counts[s] > 0) {
                outposts.add(new StationingPlan.Outpost(s, problem.siteId(s), counts[s], List.of(), 0.0, 0));
            }
        }
        List<StationingPlan.ClientAssignment> clients = new ArrayList<>();
        for (int c = 0; c < problem.clientCount(); c++) {
            int best = -1;
            for (int s = 0; s < counts.length; s++) {
                int t = problem.travelSeconds(s, c);
                if (counts[s] > 0 && t != TravelTimes.UNREACHABLE && (best < 0 || t < problem.travelSeconds(best, c))) {
                    best = s;
                }
            }
            clients.add(new StationingPlan.ClientAssignment(c, problem.clientId(c), best, null, -1, -1, false));
        }
        return new StationingPlan(problem.objective(), 0, List.of(), outposts, clients, List.of(), List.of());
    }

    private static Long evaluate(StationingProblem problem, int[] counts) {
        int total = 0;
        for (int c : counts) {
            total += c;
        }
        if (total > problem.maxCouriers()) {
            return null;
        }
        StationingPlan plan = plainPlan(problem, counts);
        StationingChecker.StationingCheck check = StationingChecker.check(problem, plan);
        return check.feasible() ? check.objectiveValue() : null;
    }
}
