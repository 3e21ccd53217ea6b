package dev.outpost.sim.policy;

import dev.outpost.routing.route.LegSeconds;
import dev.outpost.routing.route.RouteClock;
import dev.outpost.sim.demand.Request;
import dev.outpost.sim.fleet.Courier;
import dev.outpost.sim.fleet.DispatchPolicy;
import dev.outpost.sim.fleet.FleetControl;
import java.util.List;

/**
 * Cheapest insertion into the couriers' planned queues. Each accepting courier's plan is its
 * anchor (where and when its current job ends) followed by its queued requests, timed with
 * expected legs; the request is tried at every position of every plan. A position is feasible when
 * the courier has the skills, reaches every leg, the units fit its capacity, and the plan still
 * reaches the hub by its shift end (and the cut-off). Cost, in seconds: added travel seconds
 * {@code + priority * (service start - request time)} of the new request {@code + the delay it
 * causes to each later stop times that stop's priority}. Ties: lowest cost, then courier id, then
 * position. When nothing is feasible the request waits; a courier that becomes idle takes the
 * oldest waiting request it can serve.
 *
 * <p>The core route kernel ({@code RouteKernel}) fixes each courier's start and availability when it
 * is built, so it cannot follow a courier that has moved without a rebuild of its flat tables per
 * request; this policy therefore times the short dynamic queues itself with the kernel's timing rule
 * ({@code RouteClock} over the fleet's expected legs), checks capacity, shift end and cut-off, and
 * adds the later stops' delay to the cost.
 */
public final class CheapestInsertionPolicy implements DispatchPolicy {

    private long[] finish = new long[16];

    @Override
    public void onRequest(Request request, FleetControl fleet) {
        long bestCost = Long.MAX_VALUE;
        int bestCourier = -1;
        int bestPosition = -1;
        for (Courier c : fleet.couriers()) {
            if (!c.accepting() || !fleet.able(c.index(), request) || !Feasibility.fitsCapacity(c, request)) {
                continue;
            }
            long[] found = best(request, c, fleet);
            if (found == null) {
                continue;
            }
            long cost = found[0];
            if (cost < bestCost || (cost == bestCost && c.id().compareTo(fleet.couriers().get(bestCourier).id()) < 0)) {
                bestCost = cost;
                bestCourier = c.index();
                bestPosition = (int) found[1];
            }
        }
        if (bestCourier < 0) {
            fleet.hold(request);
        } else {
            fleet.assign(request, bestCourier, bestPosition);
        }
    }

    /** {cost, position} of the cheapest feasible position in courier c's plan, or null. */
    private long[] best(Request r, Courier c, FleetControl fleet) {
        int k = c.index();
        List<Long> queue = c.queue();
        int n = queue.size();
        if (finish.length < n + 1) {
            finish = new long[2 * (n + 1)];
        }
        int hub = fleet.hub();
        int anchor = fleet.anchorPoint(k);
        LegSeconds legs = (a, b, time) -> fleet.legSeconds(k, a, b, time);
        RouteClock clock = new RouteClock(legs).start(anchor, fleet.anchorTime(k), c.load());
        finish[0] = clock.time();
        long suffixPriority = 0;
        for (int i = 0; i < n; i++) {
            Request q = fleet.request(queue.get(i));
            if (clock.visit(fleet.point(q), RouteClock.NO_WINDOW, q.serviceSeconds(), q.size()) < 0) {
                return null;
            }
            finish[i + 1] = clock.time();
            suffixPriority += q.priority();
        }
        int lastToHub = clock.legTo(hub);
        if (lastToHub < 0) {
            return null;
        }
        long hubArrival = RouteClock.arrival(clock.time(), lastToHub);
        int to = fleet.point(r);
        long bestCost = Long.MAX_VALUE;
        int bestPosition = -1;
        int before = anchor;
        for (int pos = 0; pos <= n; pos++) {
            long depart = finish[pos];
            int in = clock.start(before, depart, 0).visit(to, RouteClock.NO_WINDOW, r.serviceSeconds(), r.size());
            long start = clock.serviceStart();
            int next = pos < n ? fleet.point(fleet.request(queue.get(pos))) : hub;
            int out = clock.legTo(next);
            int direct = legs.seconds(before, next, depart);
            if (in >= 0 && out >= 0 && direct >= 0) {
                long added = (long) in + out - direct;
                long shift = added + r.serviceSeconds();
                if (hubArrival + shift <= c.workEnd()) {
                    long cost = added + (long) r.priority() * Math.max(0, start - r.time()) + shift * suffixPriority;
                    if (cost < bestCost) {
                        bestCost = cost;
                        bestPosition = pos;
                    }
                }
            }
            if (pos < n) {
                Request q = fleet.request(queue.get(pos));
                suffixPriority -= q.priority();
                before = fleet.point(q);
            }
        }
        return bestPosition < 0 ? null : new long[] {bestCost, bestPosition};
    }

    @Override
    public void onCourierIdle(int courier, FleetControl fleet) {
        Feasibility.takeOldestFeasible(courier, fleet);
    }
}
