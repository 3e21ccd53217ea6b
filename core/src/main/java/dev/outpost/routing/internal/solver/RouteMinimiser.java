package dev.outpost.routing.internal.solver;

import dev.outpost.routing.route.RouteKernel;
import dev.outpost.routing.route.RouteSlack;
import dev.outpost.routing.route.RouteWalk;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Route minimisation by route removal and ejection search (after Nagata and Bräysy, "A powerful
 * route minimization heuristic for the vehicle routing problem with time windows", Operations
 * Research Letters 37, 2009, without their perturbation): a route is emptied, its customers go to
 * an ejection pool, and each customer taken from the pool (last in, first out) is put at its
 * cheapest feasible position in another used route; when it fits nowhere, it is inserted anyway
 * at the position that needs the fewest ejections (one or two customers of one route) with the
 * smallest sum of penalty counters, the ejected customers go to the pool, and the customer's own
 * counter grows (so that customers that keep bouncing are ejected last). The search succeeds when
 * the pool empties within {@code stepsPerRoute} steps (and before the deadline); then the route is saved, and the next
 * smallest route is tried.
 *
 * <p>Works on pickup-index sequences with the route kernel (O(1) insertion tests from
 * {@link RouteKernel#slack}); every route it returns is re-walked and feasible. Never opens an
 * empty route. Deterministic: ties are broken by a generator seeded from the given seed.
 *
 * <p>Acceptance: a removal is kept only if every customer was placed and the routes' total soft
 * cost (the kernel's weighted objective, fixed vehicle costs included) grew by at most
 * {@code maxWorsening} (a fraction of the cost before); with a vehicle fixed cost larger than any
 * distance (the hierarchical objective) a saved route always lowers the cost.
 */
final class RouteMinimiser {

    /** Routes tried as the one to empty, smallest first, before giving up. */
    static final int ROUTES_TRIED = 3;

    private final RouteKernel k;
    private final int stepsPerRoute;
    private final double maxWorsening;
    private final SplittableRandom random;
    private final long deadlineNanos;
    private final RouteWalk walk;
    private final RouteSlack slack = new RouteSlack();
    private final int[] penalty;
    private int[] buffer = new int[16];
    private long steps;

    /**
     * @param k             the route kernel
     * @param stepsPerRoute most pool steps spent to empty one route
     * @param maxWorsening  largest accepted relative growth of the total soft cost (0 = no loss;
     *                      infinite = any, when the caller's acceptor decides)
     * @param seed          seed of the tie-breaking generator
     * @param deadlineNanos {@link System#nanoTime()} at which the search gives up (Long.MAX_VALUE: none)
     */
    RouteMinimiser(RouteKernel k, int stepsPerRoute, double maxWorsening, long seed, long deadlineNanos) {
        this.deadlineNanos = deadlineNanos;
        this.k = k;
        this.stepsPerRoute = stepsPerRoute;
        this.maxWorsening = maxWorsening;
        this.random = new SplittableRandom(seed);
        this.walk = k.walker();
        this.penalty = new int[k.pickupCount()];
    }

    /**
     * A lower bound on the number of used routes of any plan that serves every pickup: the total
     * demand over the largest courier capacity, rounded up (at least 1 when there is a pickup).
     * Route minimisation is pointless at or below it.
     *
     * @param k the route kernel
     * @return the bound, 0 without pickups
     */
    static int routeLowerBound(RouteKernel k) {
        if (k.pickupCount() == 0) {
            return 0;
        }
        long demand = 0;
        for (int p = 0; p < k.pickupCount(); p++) {
            demand += Math.max(0, k.size(p));
        }
        long capacity = 0;
        for (int c = 0; c < k.courierCount(); c++) {
            capacity = Math.max(capacity, k.courierCapacity(c));
        }
        if (capacity <= 0) {
            return 1;
        }
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, (demand + capacity - 1) / capacity));
    }

    /**
     * The number of non-empty routes.
     *
     * @param routes one sequence per courier
     * @return how many are not empty
     */
    static int usedRoutes(List<List<Integer>> routes) {
        int used = 0;
        for (List<Integer> route : routes) {
            if (!route.isEmpty()) {
                used++;
            }
        }
        return used;
    }

    /** Pool steps done so far (for tests and logs). */
    long steps() {
        return steps;
    }

    /**
     * Saves as many routes as it can, at most {@code maxRoutesSaved}, and stops at the first
     * failed attempt or at {@link #routeLowerBound} used routes.
     *
     * @param routes element c is courier c's sequence; changed in place only when routes are saved
     * @param maxRoutesSaved most routes to save
     * @return the number of routes saved
     */
    int minimise(List<List<Integer>> routes, int maxRoutesSaved) {
        int saved = 0;
        int bound = routeLowerBound(k);
        while (saved < maxRoutesSaved && usedRoutes(routes) > bound && saveOne(routes)) {
            saved++;
        }
        return saved;
    }

    /** Tries to empty one of the {@link #ROUTES_TRIED} smallest used routes; true when one was saved. */
    boolean saveOne(List<List<Integer>> routes) {
        List<Integer> used = new ArrayList<>();
        for (int c = 0; c < routes.size(); c++) {
            if (!routes.get(c).isEmpty()) {
                used.add(c);
            }
        }
        if (used.size() <= 1) {
            return false;
        }
        used.sort(Comparator.comparingInt((Integer c) -> routes.get(c).size()).thenComparingInt(c -> demand(routes.get(c)))
                .thenComparingInt(c -> c));
        long before = totalCost(routes);
        if (before == Long.MIN_VALUE) {
            // A route already breaks a hard rule (a kept route of a warm start): nothing to compare with.
            return false;
        }
        for (int i = 0; i < Math.min(ROUTES_TRIED, used.size()); i++) {
            int removed = used.get(i);
            List<List<Integer>> trial = new ArrayList<>(routes.size());
            routes.forEach(r -> trial.add(new ArrayList<>(r)));
            if (!empty(trial, removed)) {
                continue;
            }
            long after = totalCost(trial);
            if (after == Long.MIN_VALUE
                    || !Double.isInfinite(maxWorsening) && after > before + (long) (Math.abs(before) * maxWorsening)) {
                continue;
            }
            for (int c = 0; c < routes.size(); c++) {
                routes.set(c, trial.get(c));
            }
            return true;
        }
        return false;
    }

    private int demand(List<Integer> route) {
        int total = 0;
        for (int p : route) {
            total += k.size(p);
        }
        return total;
    }

    /** The ejection search emptying route {@code removed} of {@code routes}; true when every customer was placed. */
    private boolean empty(List<List<Integer>> routes, int removed) {
        Deque<Integer> pool = new ArrayDeque<>();
        List<Integer> gone = routes.get(removed);
        for (int i = gone.size() - 1; i >= 0; i--) {
            pool.push(gone.get(i));
        }
        gone.clear();
        boolean[] open = new boolean[routes.size()];
        for (int c = 0; c < routes.size(); c++) {
            open[c] = !routes.get(c).isEmpty();
        }
        java.util.Arrays.fill(penalty, 1);
        for (int step = 0; step < stepsPerRoute && !pool.isEmpty(); step++) {
            steps++;
            if ((step & 15) == 15 && deadlineNanos != Long.MAX_VALUE && System.nanoTime() - deadlineNanos > 0) {
                return false;
            }
            int v = pool.pop();
            if (insertCheapest(routes, open, v)) {
                continue;
            }
            penalty[v]++;
            if (!insertEjecting(routes, open, v, pool)) {
                return false;
            }
        }
        if (!pool.isEmpty()) {
            return false;
        }
        for (int c = 0; c < routes.size(); c++) {
            if (open[c] && !feasible(c, routes.get(c))) {
                return false;
            }
        }
        return true;
    }

    private boolean insertCheapest(List<List<Integer>> routes, boolean[] open, int v) {
        long bestCost = Long.MAX_VALUE;
        int bestRoute = -1;
        int bestPosition = -1;
        for (int r = 0; r < routes.size(); r++) {
            int c = k.courierByRank(r);
            if (!open[c] || !k.hasSkills(c, v)) {
                continue;
            }
            List<Integer> route = routes.get(c);
            int len = fill(route, -1, -1);
            k.slack(c, buffer, len, slack);
            if (!k.canTake(slack, v)) {
                continue;
            }
            for (int pos = 0; pos <= len; pos++) {
                long cost = k.insertionCost(slack, v, pos);
                if (cost == RouteKernel.NO_LATER) {
                    break;
                }
                if (cost != RouteKernel.INFEASIBLE && cost < bestCost) {
                    bestCost = cost;
                    bestRoute = c;
                    bestPosition = pos;
                }
            }
        }
        if (bestRoute < 0) {
            return false;
        }
        routes.get(bestRoute).add(bestPosition, v);
        return true;
    }

    /**
     * Inserts v where ejecting one customer (or, when no single ejection works, two of one route)
     * makes room: the smallest sum of ejected penalty counters, then the cheapest insertion, then
     * a random tie-break. The ejected customers go to the pool. False when no such ejection exists.
     */
    private boolean insertEjecting(List<List<Integer>> routes, boolean[] open, int v, Deque<Integer> pool) {
        for (int ejections = 1; ejections <= 2; ejections++) {
            long bestKey = Long.MAX_VALUE;
            int bestRoute = -1;
            int bestA = -1;
            int bestB = -1;
            int bestPosition = -1;
            int ties = 0;
            for (int r = 0; r < routes.size(); r++) {
                int c = k.courierByRank(r);
                if (!open[c] || !k.hasSkills(c, v)) {
                    continue;
                }
                List<Integer> route = routes.get(c);
                int n = route.size();
                for (int a = 0; a < n; a++) {
                    for (int b = ejections == 1 ? -1 : a + 1; b < (ejections == 1 ? 0 : n); b++) {
                        int penaltySum = penalty[route.get(a)] + (b >= 0 ? penalty[route.get(b)] : 0);
                        if (((long) penaltySum << 40) > bestKey) {
                            continue;
                        }
                        int len = fill(route, a, b);
                        k.slack(c, buffer, len, slack);
                        if (!k.canTake(slack, v)) {
                            continue;
                        }
                        for (int pos = 0; pos <= len; pos++) {
                            long cost = k.insertionCost(slack, v, pos);
                            if (cost == RouteKernel.NO_LATER) {
                                break;
                            }
                            if (cost == RouteKernel.INFEASIBLE) {
                                continue;
                            }
                            long key = ((long) penaltySum << 40) + Math.min(cost, (1L << 40) - 1);
                            if (key < bestKey) {
                                bestKey = key;
                                ties = 1;
                            } else if (key == bestKey && random.nextInt(++ties) == 0) {
                                // Reservoir choice among equal keys.
                            } else {
                                continue;
                            }
                            bestRoute = c;
                            bestA = a;
                            bestB = b;
                            bestPosition = pos;
                        }
                    }
                }
            }
            if (bestRoute >= 0) {
                List<Integer> route = routes.get(bestRoute);
                int ejectedA = route.get(bestA);
                int ejectedB = bestB >= 0 ? route.get(bestB) : -1;
                List<Integer> rest = new ArrayList<>(route.size());
                for (int i = 0; i < route.size(); i++) {
                    if (i != bestA && i != bestB) {
                        rest.add(route.get(i));
                    }
                }
                rest.add(bestPosition, v);
                routes.set(bestRoute, rest);
                pool.push(ejectedA);
                if (ejectedB >= 0) {
                    pool.push(ejectedB);
                }
                return true;
            }
        }
        return false;
    }

    /** Copies the route without the stops at indices a and b (-1 for none) into the buffer; returns its length. */
    private int fill(List<Integer> route, int a, int b) {
        int n = route.size();
        if (buffer.length < n + 1) {
            buffer = new int[2 * n + 2];
        }
        int len = 0;
        for (int i = 0; i < n; i++) {
            if (i != a && i != b) {
                buffer[len++] = route.get(i);
            }
        }
        return len;
    }

    private boolean feasible(int c, List<Integer> route) {
        int len = fill(route, -1, -1);
        return k.feasible(c, buffer, len, walk);
    }

    /** The routes' total soft cost, or Long.MIN_VALUE when one breaks a hard rule. */
    private long totalCost(List<List<Integer>> routes) {
        long total = 0;
        for (int c = 0; c < routes.size(); c++) {
            List<Integer> route = routes.get(c);
            walk.start(c);
            for (int p : route) {
                walk.visit(p);
            }
            walk.finish();
            if (walk.hardPenalty() != 0) {
                return Long.MIN_VALUE;
            }
            total += walk.softCost();
        }
        return total;
    }
}
