package dev.outpost.stationing.internal.solver;

import dev.outpost.stationing.StationingObjective;
import dev.outpost.stationing.StationingProblem;

/**
 * What one stationing objective means to the solver: its value's unit and reading, whether it is
 * maximised, its soft tie-break, the incremental {@link Tally} the {@link StationingEvaluator} keeps for
 * it, and, for the sum objectives, the per-client cost {@link FastInterchange} minimises. One final
 * class per objective ({@link PMedianRule}, {@link MaxCoveringRule}, {@link SetCoveringRule},
 * {@link PCenterRule}, {@link ExpectedResponseRule}); {@link #of} maps the enum to it. The independent
 * checker ({@code dev.outpost.check.StationingChecker}) does not use these classes: it recounts every
 * objective with its own arithmetic.
 */
public abstract class ObjectiveRule {

    ObjectiveRule() {
    }

    /**
     * The rule of {@code objective}.
     *
     * @param objective the objective
     * @return its rule (one shared, stateless instance per objective)
     */
    public static ObjectiveRule of(StationingObjective objective) {
        return switch (objective) {
            case P_MEDIAN -> PMedianRule.INSTANCE;
            case MAX_COVERING -> MaxCoveringRule.INSTANCE;
            case SET_COVERING -> SetCoveringRule.INSTANCE;
            case P_CENTER -> PCenterRule.INSTANCE;
            case EXPECTED_RESPONSE -> ExpectedResponseRule.INSTANCE;
        };
    }

    /**
     * The objective this rule is for.
     *
     * @return the objective
     */
    public abstract StationingObjective objective();

    /**
     * Whether the objective's value is maximised (maximal covering); otherwise it is minimised.
     *
     * @return whether the value is maximised
     */
    public boolean maximised() {
        return false;
    }

    /**
     * The unit of the objective's value in {@code problem}.
     *
     * @param problem the problem
     * @return the unit, e.g. {@code "weight x s"}
     */
    public String unit(StationingProblem problem) {
        return objective().unit();
    }

    /**
     * The value with its unit and, where it helps, a reading (e.g. minutes of mean travel).
     *
     * @param problem the problem
     * @param value   an objective value, in the objective's unit
     * @return the value with its unit and reading
     */
    public String format(StationingProblem problem, long value) {
        return value + " " + problem.objectiveUnit();
    }

    /**
     * Whether couriers beyond the first at an outpost change the objective.
     *
     * @return whether couriers beyond the first matter
     */
    public boolean couriersMatter() {
        return false;
    }

    /**
     * The soft tie-break score, higher is better.
     *
     * @param openingCostTotal total opening cost of the open sites
     * @param weightedTravel   demand-weighted travel of the served clients
     * @return the soft score
     */
    public long softScore(long openingCostTotal, long weightedTravel) {
        return -weightedTravel;
    }

    /**
     * A fresh incremental tally for an evaluator of {@code problem} with every site closed.
     *
     * @param problem  the problem
     * @param travel   the problem's travel table, site-major ({@code travel[s * clients + c]})
     * @param couriers the evaluator's couriers per site (read, never written, by the tally)
     * @return the tally
     */
    public abstract Tally tally(StationingProblem problem, int[] travel, int[] couriers);

    /**
     * Whether the objective is a sum of per-client costs over each client's nearest open site, so
     * {@link FastInterchange} and the variable neighbourhood search apply.
     *
     * @return whether {@link #clientCost} is defined
     */
    public boolean sumOfClientCosts() {
        return false;
    }

    /**
     * The cost of serving client {@code c} from a site {@code t} seconds away (sum objectives only).
     *
     * @param problem the problem
     * @param c       the client index
     * @param t       travel seconds, not unreachable
     * @return the cost
     */
    public long clientCost(StationingProblem problem, int c, long t) {
        throw new UnsupportedOperationException("The objective " + objective() + " is not a sum of client costs.");
    }

    /**
     * The objective's value from a total client cost (sum objectives only).
     *
     * @param cost        total cost over the servable clients
     * @param totalWeight demand weight of the servable clients
     * @return the objective value
     */
    public long valueOfCost(long cost, long totalWeight) {
        throw new UnsupportedOperationException("The objective " + objective() + " is not a sum of client costs.");
    }

    /**
     * The total client cost that reaches an objective value (sum objectives only; inverse of {@link #valueOfCost}).
     *
     * @param value       the objective value
     * @param totalWeight demand weight of the servable clients
     * @return the cost
     */
    public long costOfValue(long value, long totalWeight) {
        throw new UnsupportedOperationException("The objective " + objective() + " is not a sum of client costs.");
    }

    /** Sums the evaluator keeps for every objective, which some objectives' values are. */
    public interface Totals {
        /**
         * Number of open sites.
         *
         * @return open sites
         */
        int openCount();

        /**
         * Total opening cost of the open sites.
         *
         * @return the opening cost
         */
        long openingCostTotal();

        /**
         * Demand-weighted travel of the served clients.
         *
         * @return weight x seconds
         */
        long weightedTravel();
    }

    /**
     * The objective's own incremental state in one {@link StationingEvaluator}: told each time a client
     * joins or leaves its nearest open site, and each time a site's courier count changes.
     */
    public interface Tally {
        /**
         * Client {@code c} joins ({@code sign} 1) or leaves (-1) site {@code s}, {@code t} seconds away.
         *
         * @param c    the client index
         * @param s    the site index
         * @param t    travel seconds from {@code s} to {@code c}
         * @param sign 1 to join, -1 to leave
         */
        void apply(int c, int s, int t, int sign);

        /**
         * Site {@code s}'s courier count changed.
         *
         * @param s the site index
         */
        default void couriersChanged(int s) {
        }

        /**
         * Coverable clients not reached within their target, when the objective counts them (set covering).
         *
         * @return uncovered clients, or 0
         */
        default int uncoveredClients() {
            return 0;
        }

        /**
         * Couriers missing at overloaded outposts, when the objective counts them (expected response).
         *
         * @return the shortfall, or 0
         */
        default long courierShortfall() {
            return 0;
        }

        /**
         * The objective's value, unsigned, in its unit.
         *
         * @param totals the evaluator's own sums
         * @return the value
         */
        long value(Totals totals);

        /**
         * Rate sums of site {@code s} as {@code {sum(rate), sum(rate * (2 travel + service))}}, when the tally
         * keeps them (expected response).
         *
         * @param s the site index
         * @return the sums, or null when not kept
         */
        default long[] keptRateSums(int s) {
            return null;
        }
    }

    /** {@return the demand weight of all the problem's clients, the base of the per-demand readings} */
    static long totalDemandWeight(StationingProblem problem) {
        long weight = 0;
        for (int c = 0; c < problem.clientCount(); c++) {
            weight += problem.demandWeight(c);
        }
        return weight;
    }
}
