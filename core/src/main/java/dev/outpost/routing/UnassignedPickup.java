package dev.outpost.routing;

/**
 * A pickup left out of every route, with the reason.
 *
 * @param pickupId    the pickup
 * @param pickupIndex its index in {@link RoutingProblem#pickups()}
 * @param reason      why it is unassigned
 */
public record UnassignedPickup(String pickupId, int pickupIndex, UnassignedReason reason) {
}
