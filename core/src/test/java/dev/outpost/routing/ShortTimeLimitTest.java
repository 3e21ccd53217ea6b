package dev.outpost.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A time limit shorter than the construction heuristic must not leave pickups out of the plan:
 * the limits end the local search only (found when a 0.1 s literature run lost pickups).
 */
class ShortTimeLimitTest {

    @Test
    void aOneMillisecondLimitStillPlacesEveryPickup() {
        RoutingProblem problem = RandomRoutingProblems.generate(7, 4, 60, false);
        RoutePlan plan = RoutingSolver.solve(problem, RoutingOptions.defaults().withLimits(0.001, 0, 0).withSeed(1));
        int placed = plan.unassigned().size();
        for (CourierRoutePlan route : plan.routes()) {
            placed += route.stops().size();
        }
        assertEquals(60, placed);
    }
}
