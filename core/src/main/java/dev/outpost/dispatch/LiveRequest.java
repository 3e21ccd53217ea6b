package dev.outpost.dispatch;

import dev.outpost.dispatch.Decision.Status;
import dev.outpost.routing.Pickup;
import dev.outpost.routing.UnassignedReason;

/** One request's live state in the {@link DispatchState}: its pickup, status, courier and reason. Mutable. */
final class LiveRequest {
    final Pickup pickup;
    final int responseTarget;
    Status status = Status.UNSERVED;
    String courier;
    UnassignedReason reason;

    LiveRequest(Pickup pickup, int responseTarget) {
        this.pickup = pickup;
        this.responseTarget = responseTarget;
    }
}
