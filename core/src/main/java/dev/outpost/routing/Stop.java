package dev.outpost.routing;

/**
 * One planned visit.
 *
 * @param pickupId           the pickup served
 * @param pickupIndex        its index in {@link RoutingProblem#pickups()}
 * @param arrivalSecond      arrival at the point, seconds since the start of the day
 * @param serviceStartSecond start of service (arrival, or window start if later)
 * @param departureSecond    service start plus service seconds
 * @param loadAfter          size units on board after this pickup (includes the courier's load on board)
 */
public record Stop(String pickupId, int pickupIndex, int arrivalSecond, int serviceStartSecond, int departureSecond,
        int loadAfter) {
}
