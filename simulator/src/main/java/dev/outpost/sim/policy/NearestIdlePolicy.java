package dev.outpost.sim.policy;

import dev.outpost.routing.route.RouteClock;
import dev.outpost.sim.demand.Request;
import dev.outpost.sim.fleet.Courier;
import dev.outpost.sim.fleet.DispatchPolicy;
import dev.outpost.sim.fleet.FleetControl;

/**
 * Today's practice, the baseline: a request goes to the free courier (idle or relocating) with the
 * shortest expected drive to it, ties by courier id; when none is free it waits, and a courier that
 * becomes idle takes the oldest waiting request it can serve (first come, first served). A courier
 * takes one request at a time.
 */
public final class NearestIdlePolicy implements DispatchPolicy {

    @Override
    public void onRequest(Request request, FleetControl fleet) {
        long now = fleet.clock().now();
        int to = fleet.point(request);
        int best = -1;
        long bestSeconds = Long.MAX_VALUE;
        for (Courier c : fleet.couriers()) {
            if (!c.free() || !fleet.able(c.index(), request) || !Feasibility.fitsCapacity(c, request)) {
                continue;
            }
            RouteClock clock = new RouteClock((a, b, t) -> fleet.legSeconds(c.index(), a, b, t))
                    .start(fleet.anchorPoint(c.index()), now, c.load());
            int leg = clock.visit(to, RouteClock.NO_WINDOW, request.serviceSeconds(), request.size());
            if (!Feasibility.backInTime(fleet, c, to, clock.time())) {
                continue;
            }
            if (leg < bestSeconds || (leg == bestSeconds && c.id().compareTo(fleet.couriers().get(best).id()) < 0)) {
                best = c.index();
                bestSeconds = leg;
            }
        }
        if (best < 0) {
            fleet.hold(request);
        } else {
            fleet.assign(request, best, 0);
        }
    }

    @Override
    public void onCourierIdle(int courier, FleetControl fleet) {
        Feasibility.takeOldestFeasible(courier, fleet);
    }
}
