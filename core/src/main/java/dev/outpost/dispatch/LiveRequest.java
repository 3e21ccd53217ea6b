package dev.outpost.dispatch;

import dev.outpost.routing.Pickup;
import dev.outpost.routing.UnassignedReason;

/** One request's live state in the {@link DispatchState}: its pickup, state, courier and reason. Mutable. */
final class LiveRequest {

    /** The state of a request. */
    enum State {
        /** In a courier's plan (planned, or the stop the courier is driving to). */
        ASSIGNED,
        /** In no plan; see the reason. It stays in the pool and may be assigned later. */
        UNSERVED,
        /** Cancelled by the caller. */
        CANCELLED,
        /** Done by a courier. */
        SERVED,
        /** Its window ended before any courier could start it. */
        EXPIRED
    }

    final Pickup pickup;
    final int responseTarget;
    State status = State.UNSERVED;
    String courier;
    UnassignedReason reason;
    /** Kept on {@link #courier} by re-optimisation (a dispatcher's override). */
    boolean pinned;
    /** Whether the courier reported its arrival, and when. */
    boolean arrived;
    int arrivedSecond;
    /** When it was closed (served, cancelled, expired), and by which courier when served. */
    int closedSecond;

    LiveRequest(Pickup pickup, int responseTarget) {
        this.pickup = pickup;
        this.responseTarget = responseTarget;
    }

    boolean open() {
        return status == State.ASSIGNED || status == State.UNSERVED;
    }
}
