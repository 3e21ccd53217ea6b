package dev.outpost.stationing.internal.solver;

import dev.outpost.stationing.StationingPlan;
import dev.outpost.stationing.StationingProblem;
import dev.outpost.stationing.StationingViolation;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns courier counts into a {@link StationingPlan}. For objectives in which couriers beyond the
 * first do not change the value, the solver stations one courier per outpost; the assembler then
 * hands out the spare fleet ({@code maxCouriers} minus the open outposts, nothing when the fleet is
 * unlimited) one courier at a time to the outpost whose rate-weighted expected wait
 * ({@link QueueModel}) drops most, unstable outposts first, ties to the lower site index, within
 * each site's capacity. Greedy marginal allocation is optimal here because the M/M/c wait is convex
 * in the number of servers (Dyer and Proll 1977).
 */
public final class PlanAssembler {

    private PlanAssembler() {
    }

    /** The plan for these courier counts (index order; 0 = closed). */
    public static StationingPlan assemble(StationingProblem problem, int[] counts) {
        int[] c = counts.clone();
        StationingEvaluator e = new StationingEvaluator(problem);
        e.reset(c);
        if (!problem.couriersMatter() && problem.maxCouriers() != StationingProblem.NO_LIMIT) {
            distributeSpare(problem, e, c);
        }
        int ns = problem.siteCount();
        int nc = problem.clientCount();
        List<List<Integer>> served = new ArrayList<>(ns);
        for (int s = 0; s < ns; s++) {
            served.add(new ArrayList<>());
        }
        List<StationingPlan.ClientAssignment> clients = new ArrayList<>(nc);
        List<String> unreachable = new ArrayList<>();
        List<String> uncoverable = new ArrayList<>();
        double[] wait = new double[ns];
        for (int s = 0; s < ns; s++) {
            wait[s] = e.expectedWaitSeconds(s);
        }
        for (int i = 0; i < nc; i++) {
            if (!problem.servable(i)) {
                unreachable.add(problem.clientId(i));
            }
            if (!problem.coverable(i)) {
                uncoverable.add(problem.clientId(i));
            }
            int s = e.nearest(i);
            if (s < 0) {
                clients.add(new StationingPlan.ClientAssignment(i, problem.clientId(i), -1, null, -1, -1, false));
                continue;
            }
            served.get(s).add(i);
            int t = problem.travelSeconds(s, i);
            int response = Double.isInfinite(wait[s]) ? -1 : (int) Math.round(t + wait[s]);
            clients.add(new StationingPlan.ClientAssignment(i, problem.clientId(i), s, problem.siteId(s), t, response,
                    t <= problem.responseTargetSeconds(i)));
        }
        List<StationingPlan.Outpost> outposts = new ArrayList<>();
        for (int s = 0; s < ns; s++) {
            if (c[s] > 0) {
                long[] sums = e.rateSums(s);
                outposts.add(new StationingPlan.Outpost(s, problem.siteId(s), c[s], served.get(s),
                        QueueModel.offeredLoad(sums[1]), Double.isInfinite(wait[s]) ? -1 : (int) Math.round(wait[s])));
            }
        }
        return new StationingPlan(problem.objective(), e.objectiveValue(), violations(problem, e), outposts, clients,
                unreachable, uncoverable);
    }

    /** The plan's violations, one per limit in its own unit, in the order of {@link StationingViolation.Kind}. */
    static List<StationingViolation> violations(StationingProblem problem, StationingEvaluator e) {
        List<StationingViolation> list = new ArrayList<>();
        add(list, StationingViolation.Kind.OUTPOSTS_OVER_LIMIT, e.openCount() - (long) problem.maxOutposts());
        add(list, StationingViolation.Kind.COURIERS_OVER_LIMIT, e.courierTotal() - problem.maxCouriers());
        add(list, StationingViolation.Kind.OPENING_COST_OVER_BUDGET, e.openingCostTotal() - problem.maxOpeningCost());
        add(list, StationingViolation.Kind.CLIENTS_UNSERVED, e.unservedClients());
        add(list, StationingViolation.Kind.CLIENTS_UNCOVERED, e.uncoveredClients());
        add(list, StationingViolation.Kind.COURIER_SHORTFALL, shortfall(problem, e));
        return list;
    }

    private static void add(List<StationingViolation> list, StationingViolation.Kind kind, long amount) {
        if (amount > 0) {
            list.add(new StationingViolation(kind, amount));
        }
    }

    /** Couriers missing at unstable outposts, for every objective (the plan's couriers are real couriers). */
    private static long shortfall(StationingProblem problem, StationingEvaluator e) {
        return e.courierShortfall();
    }

    private static void distributeSpare(StationingProblem problem, StationingEvaluator e, int[] c) {
        int ns = problem.siteCount();
        long spare = problem.maxCouriers() - e.courierTotal();
        long[] rate = new long[ns];
        long[] busy = new long[ns];
        for (int s = 0; s < ns; s++) {
            if (c[s] > 0) {
                long[] sums = e.rateSums(s);
                rate[s] = sums[0];
                busy[s] = sums[1];
            }
        }
        while (spare > 0) {
            int best = -1;
            boolean bestUnstable = false;
            double bestDrop = 0.0;
            for (int s = 0; s < ns; s++) {
                if (c[s] == 0 || c[s] >= problem.siteMaxCouriers(s) || rate[s] == 0) {
                    continue;
                }
                boolean unstable = !QueueModel.stable(busy[s], c[s]);
                double drop = unstable ? Double.POSITIVE_INFINITY
                        : rate[s] * (QueueModel.expectedWaitSeconds(rate[s], busy[s], c[s])
                                - QueueModel.expectedWaitSeconds(rate[s], busy[s], c[s] + 1));
                if (unstable && !bestUnstable) {
                    best = s;
                    bestUnstable = true;
                    bestDrop = drop;
                } else if (!unstable && !bestUnstable && drop > bestDrop) {
                    best = s;
                    bestDrop = drop;
                }
            }
            if (best < 0) {
                return;
            }
            c[best]++;
            e.setCouriers(best, c[best]);
            spare--;
        }
    }
}
