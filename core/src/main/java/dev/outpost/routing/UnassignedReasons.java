package dev.outpost.routing;

import dev.outpost.routing.route.RouteKernel;
import dev.outpost.routing.route.RouteSlack;

/**
 * Finds why a pickup is unassigned. For each courier the checks run in the order of
 * {@link UnassignedReason} (reachability, skills, capacity, window, shift, cut-off) on the pickup
 * served alone, straight from the courier's start; the reason reported is the failing check of
 * the courier that passed most checks (ties: lower courier index). If some courier passes all
 * checks, the reason is {@link UnassignedReason#FLEET_FULL} when no feasible insertion exists in
 * the final routes (by the kernel's O(1) insertion check), else {@link UnassignedReason#NOT_WORTH}.
 */
public final class UnassignedReasons {

    private UnassignedReasons() {
    }

    /**
     * Why pickup p fits in none of the routes.
     *
     * @param k      the kernel
     * @param slacks element c describes courier c's current route (not null)
     * @param p      the pickup index
     * @return the reason, by the rules of the class comment
     */
    public static UnassignedReason reason(RouteKernel k, RouteSlack[] slacks, int p) {
        int best = -1;
        for (int c = 0; c < k.courierCount(); c++) {
            best = Math.max(best, passedChecks(k, c, p));
        }
        UnassignedReason[] order = UnassignedReason.values();
        if (best < 0) {
            // No courier at all.
            return UnassignedReason.FLEET_FULL;
        }
        if (best < 6) {
            return order[best];
        }
        for (int c = 0; c < k.courierCount(); c++) {
            if (passedChecks(k, c, p) == 6 && feasibleInsertionExists(k, slacks[c], p)) {
                return UnassignedReason.NOT_WORTH;
            }
        }
        return UnassignedReason.FLEET_FULL;
    }

    /** How many of the six checks courier c passes for pickup p alone (6 = all), by the kernel's rules. */
    private static int passedChecks(RouteKernel k, int c, int p) {
        int start = k.courierStart(c);
        int point = k.pickupPoint(p);
        boolean endAtHub = k.courierEndAtHub(c);
        if (!k.reachable(c, start, point) || (endAtHub && !k.reachable(c, point, k.hub()))) {
            return 0;
        }
        if (!k.hasSkills(c, p)) {
            return 1;
        }
        if (k.courierLoad(c) + k.size(p) > k.courierCapacity(c)) {
            return 2;
        }
        int arrival = k.arrival(c, start, k.courierAvailable(c), p);
        if (k.serviceStart(arrival, p) > k.windowEnd(p)) {
            return 3;
        }
        int departure = k.departure(arrival, p);
        int end = endAtHub ? departure + k.legSeconds(c, point, k.hub(), departure) : departure;
        if (end > k.courierShiftEnd(c)) {
            return 4;
        }
        if (endAtHub && end > k.cutoff()) {
            return 5;
        }
        return 6;
    }

    private static boolean feasibleInsertionExists(RouteKernel k, RouteSlack slack, int p) {
        if (!k.canTake(slack, p)) {
            return false;
        }
        for (int pos = 0; pos <= slack.length(); pos++) {
            long cost = k.insertionCost(slack, p, pos);
            if (cost == RouteKernel.NO_LATER) {
                return false;
            }
            if (cost != RouteKernel.INFEASIBLE) {
                return true;
            }
        }
        return false;
    }
}
