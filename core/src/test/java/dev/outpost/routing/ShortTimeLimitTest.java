package dev.outpost.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A time limit shorter than the construction heuristic must not leave pickups out of the plan:
 * the limits end the local search only (found when a 0.1 s literature run lost pickups).
 */
class ShortTimeLimitTest {

    @Test
    void aOneMillisecondLimitStillPlacesEveryPickup() {
        RoutingProblem problem = RandomRoutingProblems.generate(7, 4, 60, false);
        RoutePlan plan = RoutingSolver.create(RoutingOptions.defaults().withTimeLimit(Duration.ofMillis(1)).withSeed(1)).solve(problem);
        int placed = plan.unassigned().size();
        for (CourierRoutePlan route : plan.routes()) {
            placed += route.stops().size();
        }
        assertEquals(60, placed);
    }

    @Test
    void aDeadlineThatCutsTheConstructionStillPlacesEveryPickupAndScoresHonestly() {
        RoutingProblem problem = RandomRoutingProblems.generate(11, 12, 400, true);
        RoutingOptions options = RoutingOptions.defaults().withTimeLimit(Duration.ofMillis(150)).withSeed(2);
        long start = System.nanoTime();
        RoutePlan plan = RoutingSolver.create(options).solve(problem);
        double seconds = (System.nanoTime() - start) / 1e9;
        // A generous bound only (shared machines); the 1.1 s figure is measured by DeadlineBenchmark.
        assertTrue(seconds < 10, seconds + " s");
        java.util.Set<String> seen = new java.util.HashSet<>();
        plan.routes().forEach(r -> r.stops().forEach(s -> assertTrue(seen.add(s.pickupId()))));
        plan.unassigned().forEach(u -> assertTrue(seen.add(u.pickupId())));
        assertEquals(400, seen.size());
        dev.outpost.check.PlanChecker.Result check = dev.outpost.check.PlanChecker.check(problem, options, plan);
        assertEquals(check.hardScore(), plan.hardScore());
        assertEquals(check.mediumScore(), plan.mediumScore());
        assertEquals(check.softScore(), plan.softScore());
    }
}
