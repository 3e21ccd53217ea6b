package dev.outpost.dispatch;

import dev.outpost.dispatch.Decision.Alternative;
import dev.outpost.dispatch.Decision.RefusalReason;
import dev.outpost.routing.Courier;
import dev.outpost.routing.UnassignedReasons;
import dev.outpost.routing.route.LaterStops;
import dev.outpost.routing.route.RouteKernel;
import dev.outpost.routing.route.RouteSlack;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The ranking of a pickup's insertions over the {@link DispatchState}'s couriers: each courier's
 * cheapest feasible position from its route slack (the route kernel's O(1)-per-position scan), the
 * couriers ranked by cost, the first ones as a request's alternatives, and why a chosen courier
 * cannot take a pickup (an override's refusal). Single-threaded, as the state.
 *
 * <p>With {@link DispatcherOptions#laterStops()} (the simulator's and the replay's dispatcher) a position's cost
 * is the change of the whole route's objective, walked: the pickup's own response and the added
 * driving, and also the delay it causes to every later stop (priority-weighted), which the slack's
 * O(1) scan leaves out. Without it, the scan's cost prefers putting a new pickup before a
 * courier's queued stops: on the default city's first day the simulator's dispatcher put 653 of
 * 656 requests that met a queue ahead of it, and its mean response was 875 s against cheapest
 * insertion's 729 s (docs/simulation.md).
 */
final class InsertionRanking {

    private final DispatchState state;

    /** The most ranked alternatives a request's answer lists. */
    private final int alternativeCount;
    /** The cost found by the last {@link #cheapestPosition} (the writer's thread only). */
    private long scanCost;
    /** The kernel's answer buffer for {@link #cheapestPosition}. */
    private final long[] scanResult = new long[1];

    /** Whether a position's cost counts the delay to the later stops (a walk per position). */
    private final boolean laterStops;
    /** The later stops' walker of {@link #laterStopsKernel} (the writer's thread only; a new kernel gets a new one). */
    private LaterStops laterStopsOf;
    private RouteKernel laterStopsKernel;
    /** {@link #rankedWalked}'s couriers (ranks) in the order they are walked, and their lower bounds. */
    private int[] order = new int[0];
    private long[] orderBound = new long[0];
    /** The route's kernel pickup indices, reused. */
    private int[] sequence = new int[16];
    /** Feasible positions of the walked scan, in the order they are walked, and their scan costs (lower bounds on static legs). */
    private int[] positions = new int[16];
    private long[] bounds = new long[16];

    InsertionRanking(DispatchState state, int alternatives, boolean laterStops) {
        this.state = state;
        this.alternativeCount = alternatives;
        this.laterStops = laterStops;
    }

    /** Why courier c cannot take kernel pickup p alone (the checks of {@code UnassignedReasons}), else ROUTE_FULL. */
    RefusalReason whyNot(int c, int p) {
        RouteKernel kernel = state.kernel;
        int start = kernel.courierStart(c);
        int point = kernel.pickupPoint(p);
        boolean endAtHub = kernel.courierEndAtHub(c);
        if (!kernel.reachable(c, start, point) || (endAtHub && !kernel.reachable(c, point, state.hub))) {
            return RefusalReason.UNREACHABLE;
        }
        if (!kernel.hasSkills(c, p)) {
            return RefusalReason.SKILLS;
        }
        long planned = 0;
        for (String id : state.active.get(c).route) {
            planned += kernel.size(state.kernelIndex.get(id));
        }
        // Pickups only load: the route's planned stops stay on board until the hub.
        if (kernel.courierLoad(c) + planned + kernel.size(p) > kernel.courierCapacity(c)) {
            return RefusalReason.CAPACITY;
        }
        int arrival = kernel.arrival(c, start, kernel.courierAvailable(c), p);
        if (kernel.serviceStart(arrival, p) > kernel.windowEnd(p)) {
            return RefusalReason.TIME_WINDOW;
        }
        int departure = kernel.departure(arrival, p);
        int end = endAtHub ? departure + kernel.legSeconds(c, point, state.hub, departure) : departure;
        if (end > kernel.courierShiftEnd(c) || (endAtHub && end > state.cutoff)) {
            return RefusalReason.SHIFT_END;
        }
        return RefusalReason.ROUTE_FULL;
    }

    /** One courier's cheapest feasible insertion of a pickup. */
    record Insertion(int courier, int position, long cost) {
    }

    /**
     * The cheapest feasible insertions of kernel pickup p, one per courier, ranked: lowest cost,
     * then courier id (the kernel's rank order, {@link RouteKernel#cheapestInsertion}), then
     * position; only the first {@code max(1, alternatives)} are kept (all that the answer reads), in a
     * small array filled as the couriers are scanned, so an answer allocates no object per courier
     * and sorts nothing (DispatchLatencyBenchmark 50:1000: the per-courier list and its sort were
     * most of an answer's allocation).
     */
    List<Insertion> ranked(int p) {
        if (laterStops) {
            return rankedWalked(p);
        }
        Insertion[] top = new Insertion[Math.max(1, alternativeCount)];
        int size = 0;
        for (int rank = 0; rank < state.kernel.courierCount(); rank++) {
            int c = state.kernel.courierByRank(rank);
            int position = cheapestPosition(c, p, Long.MAX_VALUE);
            if (position < 0 || size == top.length && scanCost >= top[size - 1].cost) {
                continue;
            }
            // After every kept insertion of the same or a lower cost: the stable order of the ranks.
            int i = size == top.length ? size - 1 : size++;
            while (i > 0 && top[i - 1].cost > scanCost) {
                top[i] = top[i - 1];
                i--;
            }
            top[i] = new Insertion(c, position, scanCost);
        }
        return Arrays.asList(top).subList(0, size);
    }

    /**
     * {@link #ranked} with the later stops' walk: the same insertions, found with fewer walks. Each
     * courier first gets a lower bound on its walked cost: on static legs the slack scan's cheapest
     * cost (the walk only adds the later stops' delay), exact for an empty route; on time-of-day
     * legs none. The couriers are then walked in the order of their bounds (then rank), and once
     * the kept insertions are full, a courier whose bound cannot beat the last kept one (lower
     * cost, or the same cost and a lower rank) ends the scan: it and every courier after it would
     * be dropped.
     */
    private List<Insertion> rankedWalked(int p) {
        RouteKernel kernel = state.kernel;
        int count = kernel.courierCount();
        if (order.length < count) {
            order = new int[count];
            orderBound = new long[count];
        }
        int candidates = 0;
        for (int rank = 0; rank < count; rank++) {
            int c = kernel.courierByRank(rank);
            RouteSlack slack = state.slacks[c];
            if (!kernel.canTake(slack, p)) {
                continue;
            }
            long bound = Long.MIN_VALUE;
            if (slack.length() == 0 || !kernel.isTimeDependent(c)) {
                if (kernel.cheapestPosition(slack, p, scanResult) < 0) {
                    continue;
                }
                bound = scanResult[0];
            }
            // Sorted by (bound, rank) as they come: ranks come in order, so a stable insertion.
            int i = candidates++;
            while (i > 0 && orderBound[i - 1] > bound) {
                order[i] = order[i - 1];
                orderBound[i] = orderBound[i - 1];
                i--;
            }
            order[i] = rank;
            orderBound[i] = bound;
        }
        Insertion[] top = new Insertion[Math.max(1, alternativeCount)];
        int size = 0;
        for (int k = 0; k < candidates; k++) {
            int rank = order[k];
            int c = kernel.courierByRank(rank);
            long cutoff = Long.MAX_VALUE;
            if (size == top.length) {
                Insertion last = top[size - 1];
                boolean lowerRank = rank < kernel.courierRank(last.courier);
                if (orderBound[k] > last.cost) {
                    break;
                }
                // Walked costs at or above this are dropped: above the last kept, or equal with a higher rank.
                cutoff = lowerRank ? last.cost + 1 : last.cost;
                if (orderBound[k] >= cutoff) {
                    continue;
                }
            }
            int position = cheapestPosition(c, p, cutoff);
            if (position < 0 || scanCost >= cutoff) {
                continue;
            }
            int i = size == top.length ? size - 1 : size++;
            while (i > 0 && (top[i - 1].cost > scanCost
                    || top[i - 1].cost == scanCost && kernel.courierRank(top[i - 1].courier) > rank)) {
                top[i] = top[i - 1];
                i--;
            }
            top[i] = new Insertion(c, position, scanCost);
        }
        return Arrays.asList(top).subList(0, size);
    }

    /** Courier c's cheapest feasible insertion of kernel pickup p (lowest position on ties), or null. */
    Insertion cheapestOn(int c, int p) {
        int position = cheapestPosition(c, p, Long.MAX_VALUE);
        return position < 0 ? null : new Insertion(c, position, scanCost);
    }

    /**
     * The position of courier c's cheapest feasible insertion of kernel pickup p (lowest on ties),
     * its cost in {@link #scanCost}; -1 if none. With the later stops' walk, -1 also when no
     * position can cost less than {@code cutoff} (the caller drops such a courier).
     */
    private int cheapestPosition(int c, int p, long cutoff) {
        RouteSlack slack = state.slacks[c];
        if (!state.kernel.canTake(slack, p)) {
            return -1;
        }
        if (laterStops && slack.length() > 0) {
            return walkedCheapestPosition(c, p, slack, cutoff);
        }
        int position = state.kernel.cheapestPosition(slack, p, scanResult);
        scanCost = scanResult[0];
        return position;
    }

    /**
     * {@link #cheapestPosition} with each feasible position's cost the change of the walked route's
     * soft cost (later stops' delay included): the slack's scan decides feasibility, the route's
     * {@link LaterStops} the cost (equal to a full walk of the route with p inserted, without
     * walking the stops a constant delay describes exactly).
     *
     * <p>On static legs the walked cost is the scan's cost (the pickup's own response, the added
     * driving) plus the later stops' added response, which is never negative: the scan's cost is a
     * lower bound. So the positions are walked in the order of their scan cost, and the walk stops at
     * the first position whose bound exceeds the best walked cost (or reaches {@code cutoff}): the
     * same position and cost as walking every position. On time-of-day legs a later leg may get
     * shorter when it leaves later, so the bound does not hold and every feasible position is walked.
     */
    private int walkedCheapestPosition(int c, int p, RouteSlack slack, long cutoff) {
        RouteKernel kernel = state.kernel;
        List<String> route = state.active.get(c).route;
        int n = route.size();
        if (sequence.length < n + 1) {
            int capacity = Math.max(n + 1, 2 * sequence.length);
            sequence = new int[capacity];
            positions = new int[capacity];
            bounds = new long[capacity];
        }
        boolean bounded = !kernel.isTimeDependent(c);
        int feasible = 0;
        for (int position = 0; position <= n; position++) {
            long scan = kernel.insertionCost(slack, p, position);
            if (scan == RouteKernel.NO_LATER) {
                break;
            }
            if (scan == RouteKernel.INFEASIBLE || bounded && scan >= cutoff) {
                continue;
            }
            // Sorted by (bound, position) as they come: routes are short, an insertion sort is enough.
            int i = feasible++;
            while (bounded && i > 0 && bounds[i - 1] > scan) {
                bounds[i] = bounds[i - 1];
                positions[i] = positions[i - 1];
                i--;
            }
            bounds[i] = scan;
            positions[i] = position;
        }
        long best = RouteKernel.INFEASIBLE;
        int at = -1;
        if (feasible > 0) {
            for (int i = 0; i < n; i++) {
                sequence[i] = state.kernelIndex.get(route.get(i));
            }
            if (laterStopsOf == null || laterStopsKernel != kernel) {
                laterStopsOf = new LaterStops(kernel);
                laterStopsKernel = kernel;
            }
            LaterStops later = laterStopsOf;
            later.prepare(c, sequence, n);
            for (int i = 0; i < feasible; i++) {
                if (bounded && bounds[i] > best) {
                    break;
                }
                int position = positions[i];
                long cost = later.cost(p, position);
                if (cost != RouteKernel.INFEASIBLE && (cost < best || cost == best && position < at)) {
                    best = cost;
                    at = position;
                }
            }
        }
        scanCost = best;
        return at;
    }

    /** The first {@link DispatcherOptions#alternatives()} insertions as answers: courier, position, arrival, start, cost. */
    List<Alternative> alternatives(List<Insertion> ranked, int p) {
        int n = Math.min(ranked.size(), alternativeCount);
        List<Alternative> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Insertion in = ranked.get(i);
            // The arrival a walk of the stops before the position and then p would give, from the slack.
            int arrival = state.kernel.insertedArrival(state.slacks[in.courier], p, in.position);
            out.add(new Alternative(state.active.get(in.courier).base.id(), in.position, arrival, state.kernel.serviceStart(arrival, p),
                    in.cost));
        }
        return out;
    }
}
