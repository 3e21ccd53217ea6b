package dev.outpost.dispatch;

import dev.outpost.routing.Courier;
import dev.outpost.routing.Pickup;
import dev.outpost.routing.UnassignedReason;
import dev.outpost.routing.route.RouteClock;
import dev.outpost.routing.route.RouteWalk;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads of the {@link DispatchState} for a caller: a request's status with its current ETA, and a
 * courier's state with the ETA to every planned stop. They change nothing.
 */
final class StateReads {

    private final DispatchState state;

    StateReads(DispatchState state) {
        this.state = state;
    }

    /** The status of a request now (an assignment with its current ETA), or null when unknown. */
    Decision status(String pickupId) {
        LiveRequest r = state.requests.get(pickupId);
        if (r == null) {
            return null;
        }
        return switch (r.status) {
            case ASSIGNED -> assignedNow(r);
            case UNSERVED -> new Decision.Unserved(pickupId, r.reason == null ? UnassignedReason.FLEET_FULL : r.reason, state.version);
            case SERVED -> new Decision.Served(pickupId, r.courier, r.closedSecond, state.version);
            case CANCELLED -> new Decision.Cancelled(pickupId, r.closedSecond, state.version);
            case EXPIRED -> new Decision.Expired(pickupId, r.pickup.windowEndSecond(), r.closedSecond, state.version);
        };
    }

    /** An assigned request's state now: its courier, position (0 for the fixed stop) and current ETA. */
    Decision.Assigned assignedNow(LiveRequest r) {
        LiveCourier s = state.couriers.get(r.courier);
        if (r.pickup.id().equals(s.fixed)) {
            RouteClock clock = new RouteClock(state.legs(s.base)).start(s.freePoint, s.freeSecond, s.load);
            clock.visit(r.pickup.point(), r.pickup.windowStartSecond(), r.pickup.serviceSeconds(), r.pickup.size());
            int start = (int) clock.serviceStart();
            return new Decision.Assigned(r.pickup.id(), s.base.id(), 0, (int) clock.arrival(), start, 0, DispatchState.late(r, start),
                    List.of(), state.version);
        }
        int position = s.route.indexOf(r.pickup.id());
        return state.assigned(r, s, position, 0, List.of());
    }

    /** A courier's state now, with the current ETA to every stop. */
    CourierStatus courierStatus(String courierId) {
        LiveCourier s = state.courier(courierId);
        List<CourierStatus.StopEta> stops = new ArrayList<>();
        if (!s.active) {
            int back = s.duty == CourierStatus.Duty.OFF_DUTY ? s.freeSecond
                    : s.freeSecond + Math.max(0, state.legs(s.base).seconds(s.freePoint, state.hub, s.freeSecond));
            return new CourierStatus(s.base.id(), s.duty, state.now, s.freePoint, s.freeSecond, s.load, stops, back, state.version);
        }
        if (s.fixed != null) {
            Pickup q = state.requests.get(s.fixed).pickup;
            RouteClock clock = new RouteClock(state.legs(s.base)).start(s.freePoint, s.freeSecond, s.load);
            clock.visit(q.point(), q.windowStartSecond(), q.serviceSeconds(), q.size());
            stops.add(new CourierStatus.StopEta(q.id(), true, (int) clock.arrival(), (int) clock.serviceStart(),
                    (int) clock.time()));
        }
        int c = state.active.indexOf(s);
        RouteWalk walk = state.kernel.walker().start(c);
        for (String id : s.route) {
            walk.visit(state.kernelIndex.get(id));
            stops.add(new CourierStatus.StopEta(id, false, walk.arrival(), walk.serviceStart(), walk.departure()));
        }
        walk.finish();
        Courier k = state.kernelCouriers.get(c);
        return new CourierStatus(s.base.id(), s.duty, state.now, s.fixed == null ? s.freePoint : k.startPoint(),
                k.availableSecond(), s.load, stops, walk.hubArrival(), state.version);
    }
}
