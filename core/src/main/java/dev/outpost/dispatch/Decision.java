package dev.outpost.dispatch;

import dev.outpost.routing.UnassignedReason;

/**
 * What became of one request because of an event: the immediate answer to a new request, a
 * re-plan after a courier dropped out, a cancellation or a completed pickup.
 *
 * <p>An assignment is the kernel's cheapest feasible insertion over all couriers and positions,
 * ties broken by the total order: lowest cost, then lowest courier id (string order), then lowest
 * position. {@code nextBestCost} is the cheapest feasible insertion on any other courier, so the
 * margin of the choice can be read off.
 *
 * @param pickupId              the request
 * @param status                what it is now
 * @param courierId             the courier it is assigned to, or null
 * @param position              its position in that courier's planned stops (0 = next), or -1
 * @param promisedArrivalSecond the planned arrival, seconds, or -1
 * @param promisedStartSecond   the planned service start (arrival or window start), seconds, or -1
 * @param cost                  the chosen insertion cost in soft units ({@code RouteKernel#insertionCost}), or -1
 * @param nextBestCourierId     the courier of the next best insertion, or null when no other courier could take it
 * @param nextBestCost          that insertion's cost, or -1
 * @param reason                why it is unserved, or null
 * @param withinResponseTarget  whether the promised start meets the request's response target (true when it has none)
 * @param version               the dispatcher's plan version after the event
 */
public record Decision(String pickupId, Status status, String courierId, int position, int promisedArrivalSecond,
        int promisedStartSecond, long cost, String nextBestCourierId, long nextBestCost, UnassignedReason reason,
        boolean withinResponseTarget, long version) {

    /** The state of a request. */
    public enum Status {
        /** In a courier's plan (planned, or the stop the courier is driving to). */
        ASSIGNED,
        /** In no plan; see the reason. It stays in the pool and may be assigned later. */
        UNSERVED,
        /** Cancelled by the caller. */
        CANCELLED,
        /** Done by a courier. */
        SERVED
    }

    static Decision closed(String pickupId, Status status, long version) {
        return new Decision(pickupId, status, null, -1, -1, -1, -1, null, -1, null, true, version);
    }

    static Decision unserved(String pickupId, UnassignedReason reason, long version) {
        return new Decision(pickupId, Status.UNSERVED, null, -1, -1, -1, -1, null, -1, reason, false, version);
    }
}
