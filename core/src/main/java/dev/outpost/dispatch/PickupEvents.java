package dev.outpost.dispatch;

import dev.outpost.dispatch.Decision.Alternative;
import dev.outpost.dispatch.Decision.RefusalReason;
import dev.outpost.dispatch.DispatchEvent.PickupAssigned;
import dev.outpost.dispatch.DispatchEvent.PickupCancelled;
import dev.outpost.dispatch.DispatchEvent.PickupRequested;
import dev.outpost.routing.Pickup;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@link DispatchState}'s rules for the events about a pickup: a request (answered by
 * cheapest insertion with its ranked alternatives), a cancellation, and a dispatcher's override
 * that assigns or pins it to a chosen courier (with the consequence: the new arrival, or the
 * refusal by reason). Single-threaded, as the state.
 */
final class PickupEvents {

    private final DispatchState state;

    PickupEvents(DispatchState state) {
        this.state = state;
    }

    List<Decision> request(PickupRequested e) {
        Pickup p = e.pickup();
        if (state.requests.containsKey(p.id())) {
            throw new IllegalArgumentException("The pickup id (" + p.id() + ") was already requested; use a new id per request.");
        }
        if (e.location() != null) {
            p = p.toBuilder().point(state.locations.pointAt("pickup (" + p.id() + ") location", e.location(), null)).build();
        } else {
            state.locations.requirePoint("pickup (" + p.id() + ") point", p.point());
        }
        List<Decision> consequences = state.advance(e.second());
        LiveRequest r = new LiveRequest(p, e.responseTargetSeconds());
        state.requests.put(p.id(), r);
        state.plannable.add(p.id());
        boolean compacted = state.compactIfSparse();
        state.kernelIndex.put(p.id(), state.kernelPickups.size());
        state.kernelPickups.add(p);
        state.expiries.add(new DispatchState.Expiry(p.windowEndSecond(), p.id()));
        // One appended pickup: amortised O(1) (in place, copy on grow); after a compaction, a full derivation.
        state.kernel = compacted ? state.kernel.derive(state.kernelCouriers, state.kernelPickups) : state.kernel.withPickup(p);
        state.version++;
        return first(state.place(r, true), consequences);
    }

    private static List<Decision> first(Decision d, List<Decision> rest) {
        List<Decision> out = new ArrayList<>(rest.size() + 1);
        out.add(d);
        out.addAll(rest);
        return out;
    }

    List<Decision> cancel(PickupCancelled e) {
        LiveRequest r = state.known(e.pickupId());
        if (!r.open()) {
            return state.refuse(e, RefusalReason.NOT_OPEN, "The pickup (" + e.pickupId() + ") is not open (status "
                    + r.status.name().toLowerCase(java.util.Locale.ROOT) + "); only a planned or unserved request can be cancelled.");
        }
        List<Decision> consequences = state.advance(e.second());
        if (r.status == LiveRequest.State.EXPIRED) {
            // The clock that the cancellation carries closed it first: its expiry is the answer.
            state.version++;
            return consequences;
        }
        if (r.courier != null) {
            LiveCourier s = state.couriers.get(r.courier);
            if (e.pickupId().equals(s.fixed)) {
                // It was driving there: it is free where it is, now.
                s.fixed = null;
                s.freeSecond = Math.max(s.freeSecond, state.now);
            } else {
                s.route.remove(e.pickupId());
            }
            state.updateCourier(s).forEach(consequences::add);
        }
        state.close(r, LiveRequest.State.CANCELLED, e.second());
        state.version++;
        List<Decision> out = first(new Decision.Cancelled(r.pickup.id(), e.second(), state.version), consequences);
        out.addAll(state.offerPool());
        return out;
    }

    List<Decision> override(PickupAssigned e) {
        LiveRequest r = state.known(e.pickupId());
        LiveCourier s = state.courier(e.courierId());
        if (!r.open()) {
            return state.refuse(e, RefusalReason.NOT_OPEN, "The pickup (" + e.pickupId() + ") is not open (status "
                    + r.status.name().toLowerCase(java.util.Locale.ROOT) + "); it cannot be assigned.");
        }
        if (r.courier != null && r.pickup.id().equals(state.couriers.get(r.courier).fixed)) {
            return state.refuse(e, RefusalReason.NOT_OPEN, "The pickup (" + e.pickupId() + ") is fixed on courier (" + r.courier
                    + "), which is driving to or standing at it; it cannot be given to another.");
        }
        if (!s.active) {
            return state.refuse(e, RefusalReason.DUTY, "The courier (" + s.base.id() + ") is "
                    + s.duty.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + "; it cannot take pickup ("
                    + e.pickupId() + ").");
        }
        // The clock first: the courier's availability and the expiries at the override's time.
        List<Decision> consequences = state.advance(e.second());
        if (!r.open()) {
            return first(new Decision.Refused(e, RefusalReason.TIME_WINDOW, "The pickup (" + e.pickupId()
                    + ") expired at the override's time (" + e.second() + ").", state.version), consequences);
        }
        int c = state.active.indexOf(s);
        int p = state.kernelIndex.get(r.pickup.id());
        LiveCourier from = r.courier == null ? null : state.couriers.get(r.courier);
        if (from == s) {
            r.pinned = r.pinned || e.pinned();
            state.version++;
            return first(state.reads.assignedNow(r), consequences);
        }
        InsertionRanking.Insertion best = state.ranking.cheapestOn(c, p);
        if (best == null) {
            RefusalReason reason = state.ranking.whyNot(c, p);
            return first(new Decision.Refused(e, reason, "The courier (" + s.base.id() + ") cannot take pickup ("
                    + e.pickupId() + "): " + reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                    + " (" + explain(reason) + "); nothing changed.", state.version), consequences);
        }
        if (from != null) {
            from.route.remove(r.pickup.id());
            state.refresh(from);
        }
        List<Alternative> alternatives = state.ranking.alternatives(state.ranking.ranked(p), p);
        s.route.add(best.position(), r.pickup.id());
        r.status = LiveRequest.State.ASSIGNED;
        r.courier = s.base.id();
        r.reason = null;
        r.pinned = e.pinned();
        state.pool.remove(r.pickup.id());
        state.refresh(s);
        state.version++;
        Decision answer = state.assigned(r, s, best.position(), best.cost(), alternatives);
        List<Decision> out = first(answer, consequences);
        if (from != null) {
            out.addAll(state.updateCourier(from));
        }
        return out;
    }

    private static String explain(RefusalReason reason) {
        return switch (reason) {
            case SKILLS -> "it lacks a skill the pickup requires";
            case CAPACITY -> "the pickup does not fit its free capacity";
            case TIME_WINDOW -> "it cannot start the pickup before its window ends";
            case SHIFT_END -> "serving it would end after its shift end or the cut-off";
            case UNREACHABLE -> "no path joins it to the pickup or the hub";
            default -> "its planned stops leave no feasible position for it";
        };
    }
}
