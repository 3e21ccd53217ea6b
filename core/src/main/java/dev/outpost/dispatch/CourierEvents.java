package dev.outpost.dispatch;

import dev.outpost.dispatch.Decision.RefusalReason;
import dev.outpost.dispatch.DispatchEvent.CourierBreak;
import dev.outpost.dispatch.DispatchEvent.CourierOnDuty;
import dev.outpost.dispatch.DispatchEvent.CourierUnloaded;
import dev.outpost.dispatch.DispatchEvent.ArrivedAtStop;
import dev.outpost.dispatch.DispatchEvent.CourierAdded;
import dev.outpost.dispatch.DispatchEvent.CourierMoved;
import dev.outpost.dispatch.DispatchEvent.PickupDone;
import dev.outpost.routing.Courier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@link DispatchState}'s rules for a courier's own reports: a GPS fix, an arrival, a pickup
 * done, an unload at the hub, a break, going off duty or unavailable, coming on duty, a courier
 * added. Each refuses a report of a courier that is not on duty or older than its last one (see
 * {@link #staleOrOffDuty}), moves the clock to its time, then updates the courier's fixed past and
 * re-places what it can no longer make. Single-threaded, as the state.
 */
final class CourierEvents {

    private final DispatchState state;

    CourierEvents(DispatchState state) {
        this.state = state;
    }

    /**
     * The refusal of a courier's report that is not on duty or older than its last report (and,
     * for a GPS fix, older than the clock), or empty.
     */
    private Optional<List<Decision>> staleOrOffDuty(DispatchEvent event, LiveCourier s, boolean notBeforeClock) {
        if (!s.active) {
            return Optional.of(state.refuse(event, RefusalReason.DUTY, "The courier (" + s.base.id() + ") is "
                    + s.duty.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + "; the " + EventNames.describe(event)
                    + " applies to a courier on duty (CourierOnDuty brings it back)."));
        }
        if (event.second() < s.lastSecond) {
            return Optional.of(state.refuse(event, RefusalReason.STALE, "The " + EventNames.describe(event) + " second (" + event.second()
                    + ") is older than the courier's last report (" + s.lastSecond + "); its reports must not go back."));
        }
        if (notBeforeClock && event.second() < state.now) {
            return Optional.of(state.refuse(event, RefusalReason.STALE, "The " + EventNames.describe(event) + " second (" + event.second()
                    + ") is older than the dispatcher's clock (" + state.now + "); a position older than the clock would roll"
                    + " the courier's free time back."));
        }
        return Optional.empty();
    }

    List<Decision> moved(CourierMoved e) {
        LiveCourier s = state.courier(e.courierId());
        Optional<List<Decision>> refused = staleOrOffDuty(e, s, true);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (e.drivingTo() != null) {
            state.requireFixable(s, e.drivingTo());
        }
        int point;
        if (e.location() != null) {
            // Its previous position's point is free again unless something else is there: reused, not grown.
            point = state.locations.pointAt("courier (" + e.courierId() + ") location", e.location(), s);
        } else {
            state.locations.requirePoint("courier (" + e.courierId() + ") point", e.point());
            point = e.point();
        }
        if (e.drivingTo() != null) {
            // Fixed before the clock moves, so that the clock's re-placements cannot take it away.
            state.fix(s, e.drivingTo());
        }
        List<Decision> out = state.advance(e.second());
        s.lastSecond = e.second();
        s.freePoint = point;
        s.freeSecond = e.second();
        out.addAll(state.updateCourier(s));
        state.version++;
        return out;
    }

    List<Decision> arrived(ArrivedAtStop e) {
        LiveCourier s = state.courier(e.courierId());
        LiveRequest r = state.known(e.pickupId());
        Optional<List<Decision>> refused = staleOrOffDuty(e, s, false);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (!r.open()) {
            return state.refuse(e, RefusalReason.NOT_OPEN, "The pickup (" + e.pickupId() + ") is not open (status "
                    + r.status.name().toLowerCase(java.util.Locale.ROOT) + "); the arrival changes nothing.");
        }
        // Fixed before the clock moves, so that the clock's re-placements cannot take it away.
        state.fix(s, e.pickupId());
        List<Decision> out = state.advance(e.second());
        s.lastSecond = e.second();
        r.arrived = true;
        r.arrivedSecond = e.second();
        s.freePoint = r.pickup.point();
        s.freeSecond = Math.max(e.second(), state.now);
        out.addAll(state.updateCourier(s));
        state.version++;
        return out;
    }

    List<Decision> done(PickupDone e) {
        LiveCourier s = state.courier(e.courierId());
        LiveRequest r = state.known(e.pickupId());
        if (s.active && r.open() && r.arrived && e.second() < r.arrivedSecond) {
            // Named before the courier's own order (the arrival is also its last report): the more specific reason.
            return state.refuse(e, RefusalReason.OUT_OF_ORDER, "The " + EventNames.describe(e) + " of pickup (" + e.pickupId() + ") second ("
                    + e.second() + ") is before the courier's arrival at it (" + r.arrivedSecond + ").");
        }
        Optional<List<Decision>> refused = staleOrOffDuty(e, s, false);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (!r.open()) {
            return state.refuse(e, RefusalReason.NOT_OPEN, "The pickup (" + e.pickupId() + ") is not open (status "
                    + r.status.name().toLowerCase(java.util.Locale.ROOT) + "); it cannot be done.");
        }
        // Fixed before the clock moves, so that the clock's re-placements cannot take it away.
        state.fix(s, e.pickupId());
        List<Decision> out = state.advance(e.second());
        s.lastSecond = e.second();
        s.fixed = null;
        s.freePoint = r.pickup.point();
        s.freeSecond = Math.max(e.second(), state.now);
        if (s.pendingBreak > 0) {
            s.breakEnd = s.freeSecond + s.pendingBreak;
            s.pendingBreak = 0;
        }
        s.load += r.pickup.size();
        r.courier = s.base.id();
        state.close(r, LiveRequest.State.SERVED, e.second());
        out.addAll(state.updateCourier(s));
        state.version++;
        out.add(0, new Decision.Served(r.pickup.id(), s.base.id(), e.second(), state.version));
        return out;
    }

    List<Decision> unloaded(CourierUnloaded e) {
        LiveCourier s = state.courier(e.courierId());
        Optional<List<Decision>> refused = staleOrOffDuty(e, s, false);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (s.fixed != null) {
            return state.refuse(e, RefusalReason.BUSY, "The courier (" + s.base.id() + ") is driving to or standing at pickup ("
                    + s.fixed + "); report it done (or cancelled) before unloading at the hub.");
        }
        List<Decision> out = state.advance(e.second());
        s.lastSecond = e.second();
        s.load = 0;
        s.freePoint = state.hub;
        s.freeSecond = Math.max(e.second(), state.now);
        out.addAll(state.updateCourier(s));
        state.version++;
        out.addAll(state.offerPool());
        return out;
    }

    List<Decision> takeBreak(CourierBreak e) {
        LiveCourier s = state.courier(e.courierId());
        Optional<List<Decision>> refused = staleOrOffDuty(e, s, false);
        if (refused.isPresent()) {
            return refused.get();
        }
        List<Decision> out = state.advance(e.second());
        s.lastSecond = e.second();
        int seconds = e.minutes() * 60;
        if (s.fixed != null) {
            s.pendingBreak += seconds;
        } else {
            s.breakEnd = Math.max(Math.max(s.breakEnd, s.freeSecond), e.second()) + seconds;
        }
        out.addAll(state.updateCourier(s));
        state.version++;
        return out;
    }

    /** Off duty or unavailable: its fixed stop and planned stops are re-placed on the others. */
    List<Decision> leave(DispatchEvent e, String courierId, CourierStatus.Duty duty) {
        LiveCourier s = state.courier(courierId);
        Optional<List<Decision>> refused = staleOrOffDuty(e, s, false);
        if (refused.isPresent()) {
            return refused.get();
        }
        List<Decision> consequences = state.advance(e.second());
        s.lastSecond = e.second();
        List<String> back = new ArrayList<>();
        if (s.fixed != null) {
            back.add(s.fixed);
            state.plannable.add(s.fixed);
        }
        back.addAll(s.route);
        s.fixed = null;
        s.route.clear();
        s.active = false;
        s.duty = duty;
        s.pendingBreak = 0;
        s.breakEnd = 0;
        if (duty == CourierStatus.Duty.OFF_DUTY) {
            // Its route is closed at the hub: it drives back from where it is and unloads there.
            int from = Math.max(s.freeSecond, e.second());
            s.freeSecond = from + Math.max(0, state.legs(s.base).seconds(s.freePoint, state.hub, from));
            s.freePoint = state.hub;
            s.load = 0;
        }
        state.active.remove(s);
        state.rebuildKernel();
        state.version++;
        List<Decision> out = new ArrayList<>();
        for (String id : back) {
            LiveRequest r = state.requests.get(id);
            r.courier = null;
            r.pinned = false;
            // Its arrival was this courier's; the next courier reports its own.
            r.arrived = false;
            out.add(state.place(r, false));
        }
        out.addAll(consequences);
        return out;
    }

    List<Decision> onDuty(CourierOnDuty e) {
        LiveCourier s = state.courier(e.courierId());
        if (s.active) {
            return state.refuse(e, RefusalReason.DUTY, "The courier (" + s.base.id() + ") is already on duty.");
        }
        if (e.second() < s.lastSecond) {
            return state.refuse(e, RefusalReason.STALE, "The " + EventNames.describe(e) + " second (" + e.second()
                    + ") is older than the courier's last report (" + s.lastSecond + "); its reports must not go back.");
        }
        int point = e.location() == null ? state.hub : state.locations.pointAt("courier (" + s.base.id() + ") location", e.location(), s);
        List<Decision> out = state.advance(e.second());
        s.lastSecond = e.second();
        s.freePoint = point;
        s.freeSecond = Math.max(e.second(), state.now);
        s.load = 0;
        s.active = true;
        s.duty = CourierStatus.Duty.ON_DUTY;
        state.active.add(s);
        state.rebuildKernel();
        state.version++;
        List<Decision> offered = state.offerPool();
        offered.addAll(out);
        return offered;
    }

    List<Decision> courierAdded(CourierAdded e) {
        Courier c = e.courier();
        if (state.couriers.containsKey(c.id())) {
            throw new IllegalArgumentException("The courier id (" + c.id() + ") is already in the fleet; use a new id.");
        }
        DispatchState.requireLoadFits(c);
        if (e.location() != null) {
            c = c.toBuilder().startPoint(state.locations.pointAt("courier (" + c.id() + ") location", e.location(), null)).build();
        } else {
            state.locations.requirePoint("courier (" + c.id() + ") startPoint", c.startPoint());
        }
        if (state.locations.tables != null && c.profile() != null && state.locations.tables.profileIndex(c.profile()) < 0) {
            throw new IllegalArgumentException("The courier (" + c.id() + ") profile ('" + c.profile()
                    + "') is not a profile of the fleet's travel tables " + state.locations.tables.profileIds() + "; use one of them.");
        }
        List<Decision> consequences = state.advance(e.second());
        state.addCourier(c).lastSecond = e.second();
        state.rebuildKernel();
        state.version++;
        List<Decision> out = state.offerPool();
        out.addAll(consequences);
        return out;
    }
}
