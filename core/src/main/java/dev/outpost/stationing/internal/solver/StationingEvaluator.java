package dev.outpost.stationing.internal.solver;

import dev.outpost.model.SiteStatus;
import dev.outpost.stationing.StationingProblem;
import dev.outpost.travel.TravelTimes;
import java.util.Arrays;

/**
 * The incremental state behind the score: which sites are open with how many couriers, and for
 * each client its nearest and second-nearest open site (the bookkeeping of Whitaker's fast
 * interchange, 1983, and Resende and Werneck, 2003). Opening a site touches each client once
 * (O(clients)); closing a site touches only the clients whose nearest or second-nearest it was,
 * each re-scanning its site list sorted by (travel, site index) from the front. Objective sums are
 * updated per touched client, so a swap costs time in proportion to the clients it touches.
 *
 * <p>Nearest means least travel seconds, ties to the lower site index; unreachable pairs are
 * skipped. No allocation after construction.
 *
 * <p>What each objective adds (its covered demand, uncovered clients, worst-travel ranks or queue sums)
 * is kept by its {@link ObjectiveRule.Tally}; this class keeps what every objective shares (nearest
 * and second-nearest sites, unserved clients, weighted travel, opening cost).
 *
 * <p>Score levels: see {@link #score(long[])}. Every sum is bounded by the totals that
 * {@link StationingProblem} checks when it is built (at most {@code Long.MAX_VALUE / 4}), so no
 * sum here can overflow.
 */
public final class StationingEvaluator implements ObjectiveRule.Totals {

    private static final int NONE = -1;

    private final StationingProblem problem;
    private final ObjectiveRule rule;
    private final ObjectiveRule.Tally tally;
    private final int clientCount;
    private final int siteCount;
    private final int[] travel;
    private final int[] listStart;
    private final int[] sortedSites;
    private final boolean[] servable;

    private final int[] couriers;
    private final int[] nearest;
    private final int[] second;

    private int openCount;
    private long courierTotal;
    private long openingCostTotal;
    private int unserved;
    private long weightedTravel;

    /** Builds the state for {@code problem} with every site closed. */
    public StationingEvaluator(StationingProblem problem) {
        this.problem = problem;
        this.rule = ObjectiveRule.of(problem.objective());
        this.clientCount = problem.clientCount();
        this.siteCount = problem.siteCount();
        this.travel = problem.travelTable();
        this.servable = new boolean[clientCount];
        this.listStart = new int[clientCount + 1];
        int total = 0;
        for (int c = 0; c < clientCount; c++) {
            listStart[c] = total;
            for (int s = 0; s < siteCount; s++) {
                if (problem.siteStatus(s) != SiteStatus.CLOSED && travel[s * clientCount + c] != TravelTimes.UNREACHABLE) {
                    total++;
                }
            }
            servable[c] = problem.servable(c);
        }
        listStart[clientCount] = total;
        this.sortedSites = new int[total];
        Integer[] order = new Integer[siteCount];
        long[] key = new long[siteCount];
        for (int c = 0; c < clientCount; c++) {
            int k = 0;
            for (int s = 0; s < siteCount; s++) {
                int t = travel[s * clientCount + c];
                if (problem.siteStatus(s) != SiteStatus.CLOSED && t != TravelTimes.UNREACHABLE) {
                    order[k] = s;
                    key[s] = ((long) t << 32) | s;
                    k++;
                }
            }
            Arrays.sort(order, 0, k, (a, b) -> Long.compare(key[a], key[b]));
            for (int i = 0; i < k; i++) {
                sortedSites[listStart[c] + i] = order[i];
            }
        }
        this.couriers = new int[siteCount];
        this.nearest = new int[clientCount];
        this.second = new int[clientCount];
        Arrays.fill(nearest, NONE);
        Arrays.fill(second, NONE);
        for (int c = 0; c < clientCount; c++) {
            if (servable[c]) {
                unserved++;
            }
        }
        this.tally = rule.tally(problem, travel, couriers);
    }

    /** The problem. */
    public StationingProblem problem() {
        return problem;
    }

    /** Couriers now at site {@code s} (0 = closed). */
    public int couriers(int s) {
        return couriers[s];
    }

    /** Whether site {@code s} is open. */
    public boolean isOpen(int s) {
        return couriers[s] > 0;
    }

    /** Number of open sites. */
    @Override
    public int openCount() {
        return openCount;
    }

    /** Couriers stationed in all. */
    public long courierTotal() {
        return courierTotal;
    }

    /** Nearest open site of client {@code c}, or -1 when none reaches it. */
    public int nearest(int c) {
        return nearest[c];
    }

    /** Second-nearest open site of client {@code c}, or -1. */
    public int secondNearest(int c) {
        return second[c];
    }

    /** Sets every site's courier count at once (0 = closed). */
    public void reset(int[] courierCounts) {
        for (int s = 0; s < siteCount; s++) {
            if (couriers[s] > 0 && courierCounts[s] == 0) {
                setCouriers(s, 0);
            }
        }
        for (int s = 0; s < siteCount; s++) {
            setCouriers(s, courierCounts[s]);
        }
    }

    /** Puts {@code count} couriers at site {@code s}: opens it when it goes above 0, closes it at 0. */
    public void setCouriers(int s, int count) {
        int old = couriers[s];
        if (old == count) {
            return;
        }
        couriers[s] = count;
        courierTotal += count - old;
        tally.couriersChanged(s);
        if (old == 0) {
            openCount++;
            openingCostTotal += problem.openingCost(s);
            open(s);
        } else if (count == 0) {
            openCount--;
            openingCostTotal -= problem.openingCost(s);
            close(s);
        }
    }

    private boolean closer(int a, int b, int c) {
        if (b == NONE) {
            return true;
        }
        int ta = travel[a * clientCount + c];
        int tb = travel[b * clientCount + c];
        return ta < tb || (ta == tb && a < b);
    }

    private void open(int s) {
        int base = s * clientCount;
        for (int c = 0; c < clientCount; c++) {
            if (travel[base + c] == TravelTimes.UNREACHABLE) {
                continue;
            }
            if (closer(s, nearest[c], c)) {
                leave(c);
                second[c] = nearest[c];
                nearest[c] = s;
                join(c);
            } else if (closer(s, second[c], c)) {
                second[c] = s;
            }
        }
    }

    private void close(int s) {
        for (int c = 0; c < clientCount; c++) {
            if (nearest[c] == s) {
                leave(c);
                nearest[c] = second[c];
                second[c] = nextOpen(c, nearest[c]);
                join(c);
            } else if (second[c] == s) {
                second[c] = nextOpen(c, nearest[c]);
            }
        }
    }

    private int nextOpen(int c, int skip) {
        if (skip == NONE) {
            return NONE;
        }
        for (int i = listStart[c], end = listStart[c + 1]; i < end; i++) {
            int s = sortedSites[i];
            if (s != skip && couriers[s] > 0) {
                return s;
            }
        }
        return NONE;
    }

    private void leave(int c) {
        int s = nearest[c];
        if (s == NONE) {
            if (servable[c]) {
                unserved--;
            }
            return;
        }
        apply(c, s, -1);
    }

    private void join(int c) {
        int s = nearest[c];
        if (s == NONE) {
            if (servable[c]) {
                unserved++;
            }
            return;
        }
        apply(c, s, 1);
    }

    private void apply(int c, int s, int sign) {
        int t = travel[s * clientCount + c];
        long w = problem.demandWeight(c);
        weightedTravel += sign * w * t;
        tally.apply(c, s, t, sign);
    }

    /** Servable clients that no open outpost reaches (hard level 0, unit: clients). */
    public int unservedClients() {
        return unserved;
    }

    /** Set covering: coverable clients not reached within their target (hard level 1, unit: clients); else 0. */
    public int uncoveredClients() {
        return tally.uncoveredClients();
    }

    /**
     * Expected response: couriers missing at overloaded outposts ({@link QueueModel#courierShortfall};
     * hard level 2, unit: couriers), so that each courier moved to an overloaded outpost is progress; else 0.
     */
    public long courierShortfall() {
        return tally.courierShortfall();
    }

    /** Total opening cost of the open sites, currency units. */
    @Override
    public long openingCostTotal() {
        return openingCostTotal;
    }

    /**
     * Writes the score levels, higher is better, into {@code into} (length {@link #LEVELS}):
     * minus unserved clients, minus uncovered clients, minus courier shortfall (the three hard
     * levels, each in its own unit and compared in this order, never added together), the medium
     * level {@link #mediumScore()} and the soft tie-break {@link #softScore()}. The user's limits
     * (outposts, couriers, opening cost, per-site couriers) are not in the score: they are walls
     * that construction and moves never cross (see {@link Walls}).
     */
    public void score(long[] into) {
        into[0] = -unservedClients();
        into[1] = -uncoveredClients();
        into[2] = -courierShortfall();
        into[3] = mediumScore();
        into[4] = softScore();
    }

    /** Number of score levels written by {@link #score(long[])}. */
    public static final int LEVELS = 5;

    /** Whether no hard level is violated. */
    public boolean hardFeasible() {
        return unservedClients() == 0 && uncoveredClients() == 0 && courierShortfall() == 0;
    }

    /**
     * The objective's value, unsigned, in the unit documented on {@link StationingObjective}
     * (for maximal covering: the covered demand, to be maximised; otherwise to be minimised).
     */
    public long objectiveValue() {
        return tally.value(this);
    }

    /** The medium score: the objective, negated unless it is maximised. */
    public long mediumScore() {
        long value = objectiveValue();
        return rule.maximised() ? value : -value;
    }

    /** The soft tie-break score. */
    public long softScore() {
        return rule.softScore(openingCostTotal, weightedTravel);
    }

    /** Demand-weighted travel of the served clients. */
    @Override
    public long weightedTravel() {
        return weightedTravel;
    }

    /**
     * Expected wait at site {@code s}, seconds (infinite when unstable, 0 when closed or idle), for
     * every objective: the rate sums are kept for expected response and recomputed otherwise.
     */
    public double expectedWaitSeconds(int s) {
        if (couriers[s] == 0) {
            return 0.0;
        }
        long[] kept = tally.keptRateSums(s);
        long[] sums = kept != null ? kept : rateSums(s);
        return QueueModel.expectedWaitSeconds(sums[0], sums[1], couriers[s]);
    }

    /**
     * Rate sums of site {@code s} as {@code {sum(rate), sum(rate * (2 travel + service))}} for the
     * clients whose nearest open site it is; only kept for expected response, otherwise computed.
     */
    public long[] rateSums(int s) {
        long r = 0;
        long b = 0;
        for (int c = 0; c < clientCount; c++) {
            if (nearest[c] == s) {
                long rate = problem.milliRequestsPerHour(c);
                r += rate;
                b += rate * (2L * travel[s * clientCount + c] + problem.serviceSeconds(c));
            }
        }
        return new long[] {r, b};
    }
}
