package dev.outpost.routing;

import java.util.List;

/**
 * The result of {@link RoutingSolver#solve}: one route per courier (in courier index order, empty
 * routes included) and every pickup that is in no route, each with its reason. Every pickup of
 * the problem is in exactly one of the two.
 *
 * @param routes       one per courier, in courier index order
 * @param unassigned   pickups in no route, in pickup index order
 * @param hardScore    the solver's hard score (0 when feasible, negative otherwise)
 * @param mediumScore  the solver's medium score (minus the priority sum of unassigned pickups)
 * @param softScore    the solver's soft score (minus the weighted objective)
 */
public record RoutePlan(List<CourierRoutePlan> routes, List<UnassignedPickup> unassigned, long hardScore,
        long mediumScore, long softScore) {
    /**
     * Copies {@code routes} and {@code unassigned} (unmodifiable).
     *
     * @param routes       one per courier, in courier index order
     * @param unassigned   pickups in no route, in pickup index order
     * @param hardScore    the solver's hard score (0 when feasible, negative otherwise)
     * @param mediumScore  the solver's medium score (minus the priority sum of unassigned pickups)
     * @param softScore    the solver's soft score (minus the weighted objective)
     */
    public RoutePlan {
        routes = List.copyOf(routes);
        unassigned = List.copyOf(unassigned);
    }

    /**
     * Whether the plan breaks no hard constraint.
     *
     * @return whether the plan breaks no hard constraint
     */
    public boolean feasible() {
        return hardScore == 0;
    }
}
