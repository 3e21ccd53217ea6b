package dev.outpost.routing;

import java.util.List;

/**
 * The plan for one courier.
 *
 * @param courierId       the courier
 * @param courierIndex    its index in {@link RoutingProblem#couriers()}
 * @param stops           ordered stops (empty when the courier has nothing to do)
 * @param hubArrivalSecond arrival at the hub, seconds since the start of the day, or -1 when the
 *                        courier does not drive to the hub (no stops and nothing on board, or not ending at the hub)
 * @param travelSeconds   driving seconds over the route (unreachable legs count 0)
 * @param metres          driven metres over the route (unreachable legs count 0)
 */
public record CourierRoutePlan(String courierId, int courierIndex, List<Stop> stops, int hubArrivalSecond,
        long travelSeconds, long metres) {
    /**
     * Copies {@code stops} (unmodifiable).
     *
     * @param courierId       the courier
     * @param courierIndex    its index in {@link RoutingProblem#couriers()}
     * @param stops           ordered stops (empty when the courier has nothing to do)
     * @param hubArrivalSecond arrival at the hub, seconds since the start of the day, or -1 when the
     *       courier does not drive to the hub (no stops and nothing on board, or not ending at the hub)
     * @param travelSeconds   driving seconds over the route (unreachable legs count 0)
     * @param metres          driven metres over the route (unreachable legs count 0)
     */
    public CourierRoutePlan {
        stops = List.copyOf(stops);
    }
}
