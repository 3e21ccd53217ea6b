package dev.outpost.sim.policy;

import dev.outpost.sim.demand.Request;
import dev.outpost.sim.fleet.Courier;
import dev.outpost.sim.fleet.FleetControl;

/** The admission rules the dispatch policies share: capacity, and back at the hub in time. */
final class Feasibility {

    private Feasibility() {
    }

    /** Whether the request's units fit courier c's capacity with what it carries and has queued. */
    static boolean fitsCapacity(Courier c, Request r) {
        return c.load() + c.queuedSize() + r.size() <= c.capacity();
    }

    /** Whether a route ending with {@code lastPoint} free at {@code freeAt} still reaches the hub in time. */
    static boolean backInTime(FleetControl fleet, Courier c, int lastPoint, long freeAt) {
        int toHub = fleet.legSeconds(c.index(), lastPoint, fleet.hub(), freeAt);
        return toHub >= 0 && freeAt + toHub <= c.shiftEnd();
    }
}
