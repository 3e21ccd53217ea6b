package dev.outpost.check;

import dev.outpost.model.SiteStatus;
import dev.outpost.stationing.SetCoveringCost;
import dev.outpost.stationing.StationingObjective;
import dev.outpost.stationing.StationingPlan;
import dev.outpost.stationing.StationingProblem;
import dev.outpost.travel.TravelTimes;
import java.util.ArrayList;
import java.util.List;

/**
 * Recomputes a {@link StationingPlan} from scratch, independently of the solver's incremental
 * bookkeeping: it reads only the open sites and their courier counts, assigns each client to its
 * nearest open site by a plain scan (least travel, ties to the lower site index), checks every
 * hard limit, and recomputes the objective. The M/M/c wait is computed here by the textbook
 * Erlang C formula ({@code P0} from the sum of {@code a^k / k!}), not by the solver's Erlang B
 * recursion, so the expected-response value may differ from the solver's by rounding (at most one
 * unit per outpost).
 */
public final class StationingChecker {

    private StationingChecker() {
    }

    /**
     * The result of a check.
     *
     * @param feasible       whether no violation was found
     * @param violations     human-readable violations, in the order found
     * @param objectiveValue the recomputed objective value (unit as on {@link StationingObjective})
     */
    public record StationingCheck(boolean feasible, List<String> violations, long objectiveValue) {
        public StationingCheck {
            violations = List.copyOf(violations);
        }
    }

    /** Checks {@code plan} against {@code problem}. */
    public static StationingCheck check(StationingProblem problem, StationingPlan plan) {
        int ns = problem.siteCount();
        int nc = problem.clientCount();
        List<String> violations = new ArrayList<>();
        int[] couriers = new int[ns];
        for (StationingPlan.Outpost o : plan.outposts()) {
            int s = o.siteIndex();
            if (s < 0 || s >= ns) {
                violations.add("The outpost site index (" + s + ") is outside 0.." + (ns - 1) + ".");
                continue;
            }
            if (couriers[s] != 0) {
                violations.add("The site " + problem.siteId(s) + " is listed twice as an outpost.");
            }
            couriers[s] = o.couriers();
        }
        int open = 0;
        long courierTotal = 0;
        long openingCost = 0;
        for (int s = 0; s < ns; s++) {
            SiteStatus status = problem.siteStatus(s);
            if (status == SiteStatus.FIXED_OPEN && couriers[s] == 0) {
                violations.add("The fixed-open site " + problem.siteId(s) + " is closed; it must stay open.");
            }
            if (status == SiteStatus.CLOSED && couriers[s] != 0) {
                violations.add("The closed site " + problem.siteId(s) + " has " + couriers[s] + " couriers; it may not be used.");
            }
            if (couriers[s] < 0 || (status != SiteStatus.CLOSED && couriers[s] > problem.siteMaxCouriers(s))) {
                violations.add("The site " + problem.siteId(s) + " has " + couriers[s] + " couriers; it hosts 1.."
                        + problem.siteMaxCouriers(s) + ".");
            }
            if (couriers[s] > 0) {
                open++;
                courierTotal += couriers[s];
                openingCost += problem.openingCost(s);
            }
        }
        if (open > problem.maxOutposts()) {
            violations.add("The plan opens " + open + " outposts; the budget allows " + problem.maxOutposts() + ".");
        }
        if (courierTotal > problem.maxCouriers()) {
            violations.add("The plan stations " + courierTotal + " couriers; the budget allows " + problem.maxCouriers() + ".");
        }
        if (openingCost > problem.maxOpeningCost()) {
            violations.add("The opening cost (" + openingCost + ") exceeds the budget (" + problem.maxOpeningCost() + ").");
        }
        int[] assigned = new int[nc];
        long weightedTravel = 0;
        long covered = 0;
        long worst = 0;
        long rateTravel = 0;
        long[] rate = new long[ns];
        long[] busy = new long[ns];
        for (int c = 0; c < nc; c++) {
            int best = -1;
            for (int s = 0; s < ns; s++) {
                int t = problem.travelSeconds(s, c);
                if (couriers[s] > 0 && t != TravelTimes.UNREACHABLE
                        && (best < 0 || t < problem.travelSeconds(best, c))) {
                    best = s;
                }
            }
            assigned[c] = best;
            StationingPlan.ClientAssignment a = c < plan.clients().size() ? plan.clients().get(c) : null;
            if (a == null || a.clientIndex() != c) {
                violations.add("The plan has no assignment for client " + problem.clientId(c) + " at position " + c + ".");
            } else if (a.siteIndex() != best) {
                violations.add("The client " + problem.clientId(c) + " is served from site index " + a.siteIndex()
                        + "; its nearest open site is " + best + ".");
            }
            if (best < 0) {
                if (problem.servable(c)) {
                    violations.add("The client " + problem.clientId(c) + " is reached by no open outpost.");
                }
                continue;
            }
            int t = problem.travelSeconds(best, c);
            weightedTravel += (long) problem.demandWeight(c) * t;
            boolean within = t <= problem.responseTargetSeconds(c);
            if (within) {
                covered += problem.demandWeight(c);
            }
            if (!within && problem.objective() == StationingObjective.SET_COVERING && problem.coverable(c)) {
                violations.add("The client " + problem.clientId(c) + " is " + t + " s from its outpost; its target is "
                        + problem.responseTargetSeconds(c) + " s and some site reaches it within that.");
            }
            worst = Math.max(worst, t);
            long r = problem.milliRequestsPerHour(c);
            rateTravel += r * t;
            rate[best] += r;
            busy[best] += r * (2L * t + problem.serviceSeconds(c));
        }
        long waitTotal = 0;
        if (problem.objective() == StationingObjective.EXPECTED_RESPONSE) {
            for (int s = 0; s < ns; s++) {
                if (couriers[s] <= 0 || rate[s] == 0) {
                    continue;
                }
                double w = erlangCWait(rate[s], busy[s], couriers[s]);
                if (Double.isInfinite(w)) {
                    violations.add("The outpost " + problem.siteId(s) + " is overloaded (offered load "
                            + busy[s] / 3_600_000.0 + " Erlangs, " + couriers[s] + " couriers); add couriers or outposts.");
                } else {
                    waitTotal += Math.round(rate[s] * w);
                }
            }
        }
        long value;
        switch (problem.objective()) {
            case P_MEDIAN:
                value = weightedTravel;
                break;
            case MAX_COVERING:
                value = covered;
                break;
            case SET_COVERING:
                value = problem.setCoveringCost() == SetCoveringCost.OUTPOST_COUNT ? open : openingCost;
                break;
            case P_CENTER:
                value = worst;
                break;
            case EXPECTED_RESPONSE:
                value = rateTravel + waitTotal;
                break;
            default:
                throw new IllegalStateException("The objective (" + problem.objective() + ") is not supported.");
        }
        return new StationingCheck(violations.isEmpty(), violations, value);
    }

    /** Erlang C expected wait, seconds, by the textbook formula; infinite when unstable. */
    static double erlangCWait(long rateMilliPerHour, long rateBusySum, int servers) {
        double lambda = rateMilliPerHour / 3_600_000.0;
        double meanService = (double) rateBusySum / rateMilliPerHour;
        double a = lambda * meanService;
        if (a >= servers) {
            return Double.POSITIVE_INFINITY;
        }
        double term = 1.0;
        double sum = 1.0;
        for (int k = 1; k < servers; k++) {
            term *= a / k;
            sum += term;
        }
        double last = term * a / servers * servers / (servers - a);
        double probabilityWait = last / (sum + last);
        return probabilityWait * meanService / (servers - a);
    }
}
