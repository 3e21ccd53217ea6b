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
 * recursion, so the expected-response value may differ from the solver's by rounding (at most
 * {@link #TOLERANCE_PER_OUTPOST} per outpost). Violations come as {@link Violation} records (kind,
 * site or client id, amount, unit) with the readable sentences made from them.
 */
public final class StationingChecker {

    /**
     * The one tolerance between the solver's and the checker's objective values: per open outpost,
     * for expected response only (its wait term is rounded per outpost from two formulas); every
     * other objective must agree exactly. Tests and the command line use {@link StationingCheck#agreesWith}.
     */
    public static final long TOLERANCE_PER_OUTPOST = 1;

    private StationingChecker() {
    }

    /**
     * The result of a check.
     *
     * @param found          the violations, structured, in the order found
     * @param objectiveValue the recomputed objective value (unit as on {@link StationingObjective})
     */
    public record StationingCheck(List<Violation> found, long objectiveValue) {
        /**
         * Copies {@code found} (unmodifiable).
         *
         * @param found          the violations, structured, in the order found
         * @param objectiveValue the recomputed objective value (unit as on {@link StationingObjective})
         */
        public StationingCheck {
            found = List.copyOf(found);
        }

        /**
         * Whether no violation was found.
         *
         * @return whether no violation was found
         */
        public boolean feasible() {
            return found.isEmpty();
        }

        /**
         * The violations as readable sentences (made from {@link #found()}).
         *
         * @return the violations as readable sentences (made from {@link #found()})
         */
        public List<String> violations() {
            return found.stream().map(Violation::sentence).toList();
        }

        /**
         * How many violations of {@code kind} were found, summed by amount.
         *
         * @param kind the kind of violation
         * @return how many violations of {@code kind} were found, summed by amount
         */
        public long amount(Violation.Kind kind) {
            return found.stream().filter(v -> v.kind() == kind).mapToLong(Violation::amount).sum();
        }

        /**
         * Whether the solver's {@code plan} agrees with this check: the same feasibility and an
         * objective value within {@link #objectiveTolerance(StationingPlan)}.
         *
         * @param plan the stationing plan
         * @return whether the solver's {@code plan} agrees with this check: the same feasibility and an objective value within {@link #objectiveTolerance(StationingPlan)}
         */
        public boolean agreesWith(StationingPlan plan) {
            return plan.feasible() == feasible()
                    && Math.abs(plan.objectiveValue() - objectiveValue) <= objectiveTolerance(plan);
        }
    }

    /**
     * The allowed difference between the solver's and the checker's value for {@code plan}.
     *
     * @param plan the stationing plan
     * @return the allowed difference between the solver's and the checker's value for {@code plan}
     */
    public static long objectiveTolerance(StationingPlan plan) {
        return plan.objective() == StationingObjective.EXPECTED_RESPONSE
                ? TOLERANCE_PER_OUTPOST * plan.outposts().size() : 0;
    }

    /**
     * Checks {@code plan} against {@code problem}. Sums use exact arithmetic: the problem's builder
     * bounds every total by {@link StationingProblem#MAX_TOTAL}.
     *
     * @param problem the problem the plan is for
     * @param plan the stationing plan
     * @return what the check found for {@code plan}
     */
    public static StationingCheck check(StationingProblem problem, StationingPlan plan) {
        int ns = problem.siteCount();
        int nc = problem.clientCount();
        List<Violation> found = new ArrayList<>();
        int[] couriers = new int[ns];
        for (StationingPlan.Outpost o : plan.outposts()) {
            int s = o.siteIndex();
            if (s < 0 || s >= ns) {
                found.add(new Violation(Violation.Kind.UNKNOWN_SITE, null, o.siteId(), 1, Violation.Unit.COUNT,
                        "The outpost site index (" + s + ") is outside 0.." + (ns - 1) + "."));
                continue;
            }
            if (couriers[s] != 0) {
                found.add(new Violation(Violation.Kind.SITE_LISTED_TWICE, null, problem.siteId(s), 1,
                        Violation.Unit.COUNT, "The site " + problem.siteId(s) + " is listed twice as an outpost."));
            }
            couriers[s] = o.couriers();
        }
        int open = 0;
        long courierTotal = 0;
        long openingCost = 0;
        for (int s = 0; s < ns; s++) {
            SiteStatus status = problem.siteStatus(s);
            String id = problem.siteId(s);
            if (status == SiteStatus.FIXED_OPEN && couriers[s] == 0) {
                found.add(new Violation(Violation.Kind.FIXED_SITE_CLOSED, null, id, 1, Violation.Unit.OUTPOSTS,
                        "The fixed-open site " + id + " is closed; it must stay open."));
            }
            if (status == SiteStatus.CLOSED && couriers[s] != 0) {
                found.add(new Violation(Violation.Kind.CLOSED_SITE_USED, null, id, Math.abs((long) couriers[s]),
                        Violation.Unit.COURIERS, "The closed site " + id + " has " + couriers[s]
                        + " couriers; it may not be used."));
            }
            if (couriers[s] < 0 || (status != SiteStatus.CLOSED && couriers[s] > problem.siteMaxCouriers(s))) {
                long excess = couriers[s] < 0 ? -(long) couriers[s] : couriers[s] - (long) problem.siteMaxCouriers(s);
                found.add(new Violation(Violation.Kind.SITE_OVER_CAPACITY, null, id, excess, Violation.Unit.COURIERS,
                        "The site " + id + " has " + couriers[s] + " couriers; it hosts 1.."
                        + problem.siteMaxCouriers(s) + "."));
            }
            if (couriers[s] > 0) {
                open++;
                courierTotal += couriers[s];
                openingCost = Math.addExact(openingCost, problem.openingCost(s));
            }
        }
        if (open > problem.maxOutposts()) {
            found.add(new Violation(Violation.Kind.OUTPOSTS_OVER_LIMIT, null, null, open - (long) problem.maxOutposts(),
                    Violation.Unit.OUTPOSTS, "The plan opens " + open + " outposts; the budget allows "
                    + problem.maxOutposts() + "."));
        }
        if (courierTotal > problem.maxCouriers()) {
            found.add(new Violation(Violation.Kind.COURIERS_OVER_LIMIT, null, null, courierTotal - problem.maxCouriers(),
                    Violation.Unit.COURIERS, "The plan stations " + courierTotal + " couriers; the budget allows "
                    + problem.maxCouriers() + "."));
        }
        if (openingCost > problem.maxOpeningCost()) {
            found.add(new Violation(Violation.Kind.OPENING_COST_OVER_BUDGET, null, null,
                    openingCost - problem.maxOpeningCost(), Violation.Unit.CURRENCY, "The opening cost ("
                    + openingCost + ") exceeds the budget (" + problem.maxOpeningCost() + ")."));
        }
        long weightedTravel = 0;
        long covered = 0;
        long worst = 0;
        long rateTravel = 0;
        long[] rate = new long[ns];
        long[] busy = new long[ns];
        boolean setCovering = problem.objective() == StationingObjective.SET_COVERING;
        for (int c = 0; c < nc; c++) {
            String id = problem.clientId(c);
            int best = -1;
            for (int s = 0; s < ns; s++) {
                int t = problem.travelSeconds(s, c);
                if (couriers[s] > 0 && t != TravelTimes.UNREACHABLE
                        && (best < 0 || t < problem.travelSeconds(best, c))) {
                    best = s;
                }
            }
            StationingPlan.ClientAssignment a = c < plan.clients().size() ? plan.clients().get(c) : null;
            if (a == null || a.clientIndex() != c) {
                found.add(new Violation(Violation.Kind.WRONG_ASSIGNMENT, null, id, 1, Violation.Unit.CLIENTS,
                        "The plan has no assignment for client " + id + " at position " + c + "."));
            } else if (a.siteIndex() != best) {
                found.add(new Violation(Violation.Kind.WRONG_ASSIGNMENT, null, id, 1, Violation.Unit.CLIENTS,
                        "The client " + id + " is served from site index " + a.siteIndex()
                        + "; its nearest open site is " + best + "."));
            }
            if (best < 0) {
                if (problem.servable(c)) {
                    found.add(new Violation(Violation.Kind.CLIENT_UNSERVED, null, id, 1, Violation.Unit.CLIENTS,
                            "The client " + id + " is reached by no open outpost."));
                }
                if (setCovering && problem.coverable(c)) {
                    found.add(new Violation(Violation.Kind.CLIENT_UNCOVERED, null, id, 1, Violation.Unit.CLIENTS,
                            "The client " + id + " is reached by no open outpost; some site reaches it within its"
                            + " target (" + problem.responseTargetSeconds(c) + " s)."));
                }
                continue;
            }
            int t = problem.travelSeconds(best, c);
            weightedTravel = Math.addExact(weightedTravel, (long) problem.demandWeight(c) * t);
            boolean within = t <= problem.responseTargetSeconds(c);
            if (within) {
                covered += problem.demandWeight(c);
            }
            if (!within && setCovering && problem.coverable(c)) {
                found.add(new Violation(Violation.Kind.CLIENT_UNCOVERED, null, id, 1, Violation.Unit.CLIENTS,
                        "The client " + id + " is " + t + " s from its outpost; its target is "
                        + problem.responseTargetSeconds(c) + " s and some site reaches it within that."));
            }
            worst = Math.max(worst, t);
            long r = problem.milliRequestsPerHour(c);
            rateTravel = Math.addExact(rateTravel, r * t);
            rate[best] += r;
            busy[best] = Math.addExact(busy[best], r * (2L * t + problem.serviceSeconds(c)));
        }
        long waitTotal = 0;
        if (problem.objective() == StationingObjective.EXPECTED_RESPONSE) {
            for (int s = 0; s < ns; s++) {
                if (couriers[s] <= 0 || rate[s] == 0) {
                    continue;
                }
                double w = erlangCWait(rate[s], busy[s], couriers[s]);
                if (Double.isInfinite(w)) {
                    double load = busy[s] / 3_600_000.0;
                    long missing = (long) Math.floor(load) + 1 - couriers[s];
                    found.add(new Violation(Violation.Kind.OUTPOST_OVERLOADED, null, problem.siteId(s),
                            Math.max(1, missing), Violation.Unit.COURIERS, "The outpost " + problem.siteId(s)
                            + " is overloaded (offered load " + load + " Erlangs, " + couriers[s]
                            + " couriers); add couriers or outposts."));
                } else {
                    waitTotal = Math.addExact(waitTotal, Math.min(Math.round(rate[s] * w), problem.maxWaitTerm()));
                }
            }
        }
        // The checker's own recount of each objective from the sums above (it shares no code with the
        // solver's ObjectiveRule classes); a new objective fails to compile here until it is counted.
        long value = switch (problem.objective()) {
            case P_MEDIAN -> weightedTravel;
            case MAX_COVERING -> covered;
            case SET_COVERING -> problem.setCoveringCost() == SetCoveringCost.OUTPOST_COUNT ? open : openingCost;
            case P_CENTER -> worst;
            case EXPECTED_RESPONSE -> Math.addExact(rateTravel, waitTotal);
        };
        return new StationingCheck(found, value);
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
