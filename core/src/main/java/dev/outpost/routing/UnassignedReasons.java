package dev.outpost.routing;

import dev.outpost.routing.internal.domain.RoutingData;

/**
 * Finds why a pickup is unassigned. For each courier the checks run in the order of
 * {@link UnassignedReason} (reachability, skills, capacity, window, shift, cut-off) on the pickup
 * served alone, straight from the courier's start; the reason reported is the failing check of
 * the courier that passed most checks (ties: lower courier index). If some courier passes all
 * checks, the reason is {@link UnassignedReason#FLEET_FULL} when no feasible insertion exists in
 * the final routes, else {@link UnassignedReason#NOT_WORTH}.
 */
final class UnassignedReasons {

    private UnassignedReasons() {
    }

    static UnassignedReason reason(RoutingData d, int[][] sequences, int p) {
        int best = -1;
        for (int c = 0; c < d.courierCount; c++) {
            best = Math.max(best, passedChecks(d, c, p));
        }
        UnassignedReason[] order = UnassignedReason.values();
        if (best < 0) {
            // No courier at all.
            return UnassignedReason.FLEET_FULL;
        }
        if (best < 6) {
            return order[best];
        }
        for (int c = 0; c < d.courierCount; c++) {
            if (passedChecks(d, c, p) == 6 && feasibleInsertionExists(d, c, sequences[c], p)) {
                return UnassignedReason.NOT_WORTH;
            }
        }
        return UnassignedReason.FLEET_FULL;
    }

    /** How many of the six checks courier c passes for pickup p alone (6 = all). */
    private static int passedChecks(RoutingData d, int c, int p) {
        int start = d.courierStart[c];
        int point = d.pickupPoint[p];
        if (!d.reachable(start, point) || (d.courierEndAtHub[c] && !d.reachable(point, d.hub))) {
            return 0;
        }
        if ((d.requiredSkills[p] & ~d.courierSkills[c]) != 0) {
            return 1;
        }
        if (d.courierLoad[c] + d.size[p] > d.courierCapacity[c]) {
            return 2;
        }
        int serviceStart = Math.max(d.courierAvailable[c] + d.legSeconds(start, point), d.windowStart[p]);
        if (serviceStart > d.windowEnd[p]) {
            return 3;
        }
        int departure = serviceStart + d.service[p];
        int end = d.courierEndAtHub[c] ? departure + d.legSeconds(point, d.hub) : departure;
        if (end > d.courierShiftEnd[c]) {
            return 4;
        }
        if (d.courierEndAtHub[c] && end > d.cutoff) {
            return 5;
        }
        return 6;
    }

    private static boolean feasibleInsertionExists(RoutingData d, int c, int[] sequence, int p) {
        int[] trial = new int[sequence.length + 1];
        for (int pos = 0; pos <= sequence.length; pos++) {
            System.arraycopy(sequence, 0, trial, 0, pos);
            trial[pos] = p;
            System.arraycopy(sequence, pos, trial, pos + 1, sequence.length - pos);
            if (feasible(d, c, trial)) {
                return true;
            }
        }
        return false;
    }

    private static boolean feasible(RoutingData d, int c, int[] sequence) {
        int point = d.courierStart[c];
        int time = d.courierAvailable[c];
        int load = d.courierLoad[c];
        for (int q : sequence) {
            int next = d.pickupPoint[q];
            if (!d.reachable(point, next) || (d.requiredSkills[q] & ~d.courierSkills[c]) != 0) {
                return false;
            }
            int start = Math.max(time + d.legSeconds(point, next), d.windowStart[q]);
            if (start > d.windowEnd[q]) {
                return false;
            }
            time = start + d.service[q];
            load += d.size[q];
            point = next;
        }
        if (load > d.courierCapacity[c]) {
            return false;
        }
        if (d.courierEndAtHub[c]) {
            if (!d.reachable(point, d.hub)) {
                return false;
            }
            time += d.legSeconds(point, d.hub);
            if (time > d.cutoff) {
                return false;
            }
        }
        return time <= d.courierShiftEnd[c];
    }
}
