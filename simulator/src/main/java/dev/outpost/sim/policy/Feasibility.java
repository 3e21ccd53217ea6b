package dev.outpost.sim.policy;

import dev.outpost.routing.route.LegSeconds;
import dev.outpost.routing.route.RouteClock;
import dev.outpost.sim.demand.Request;
import dev.outpost.sim.fleet.Courier;
import dev.outpost.sim.fleet.FleetControl;
import java.util.ArrayList;
import java.util.List;

/** The admission rules the dispatch policies share: capacity, and back at the hub in time; a planned route's admitted stops. */
final class Feasibility {

    private Feasibility() {
    }

    /** Whether the request's units fit courier c's capacity with what it carries and has queued. */
    static boolean fitsCapacity(Courier c, Request r) {
        return c.load() + c.queuedSize() + r.size() <= c.capacity();
    }

    /** Whether a route ending with {@code lastPoint} free at {@code freeAt} still reaches the hub in time. */
    static boolean backInTime(FleetControl fleet, Courier c, int lastPoint, long freeAt) {
        RouteClock clock = new RouteClock((a, b, t) -> fleet.legSeconds(c.index(), a, b, t)).start(lastPoint, freeAt, 0);
        return clock.drive(fleet.hub()) >= 0 && clock.arrival() <= c.workEnd();
    }

    /**
     * A free courier takes the oldest waiting request it is able to serve, has room for, and can
     * still bring back to the hub in time (first come, first served); nothing when none fits.
     *
     * @param courier the courier index, free now
     * @param fleet   the fleet
     */
    static void takeOldestFeasible(int courier, FleetControl fleet) {
        Courier c = fleet.couriers().get(courier);
        long now = fleet.clock().now();
        RouteClock clock = new RouteClock((a, b, t) -> fleet.legSeconds(courier, a, b, t));
        for (long id : fleet.waiting()) {
            Request r = fleet.request(id);
            if (!c.free() || !fleet.able(courier, r) || !fitsCapacity(c, r)) {
                continue;
            }
            int to = fleet.point(r);
            clock.start(fleet.anchorPoint(courier), now, 0).visit(to, RouteClock.NO_WINDOW, r.serviceSeconds(), r.size());
            if (backInTime(fleet, c, to, clock.time())) {
                fleet.assign(r, courier, 0);
                return;
            }
        }
    }

    /**
     * The stops of {@code route} that courier c may take in this order by the simulator's own rules
     * (expected legs of its type): able, capacity with its load, reachable, back at the hub in time.
     */
    static List<Long> admitted(FleetControl fleet, Courier c, List<Long> route) {
        int k = c.index();
        LegSeconds legs = (a, b, t) -> fleet.legSeconds(k, a, b, t);
        RouteClock at = new RouteClock(legs).start(fleet.anchorPoint(k), fleet.anchorTime(k), c.load());
        RouteClock next = new RouteClock(legs);
        List<Long> kept = new ArrayList<>();
        for (long id : route) {
            Request r = fleet.request(id);
            int p = fleet.point(r);
            int leg = next.start(at.point(), at.time(), at.load()).visit(p, RouteClock.NO_WINDOW, r.serviceSeconds(), r.size());
            if (!fleet.able(k, r) || next.load() > c.capacity() || leg < 0) {
                continue;
            }
            if (!Feasibility.backInTime(fleet, c, p, next.time())) {
                continue;
            }
            kept.add(id);
            RouteClock done = at;
            at = next;
            next = done;
        }
        return kept;
    }

    /** Whether an accepting courier has a queued stop: a round has something to re-plan (the re-optimising policy). */
    static boolean someQueue(FleetControl fleet) {
        for (Courier c : fleet.couriers()) {
            if (c.accepting() && !c.queue().isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
