package dev.outpost.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.outpost.io.literature.ArcConvention;
import dev.outpost.io.literature.GeneratedVrpInstances;
import dev.outpost.io.literature.VrpInstance;
import dev.outpost.io.literature.VrpObjective;
import dev.outpost.io.literature.VrpSolution;
import dev.outpost.routing.literature.OutpostVrpSolver;
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
    void literatureAdapterAnswersEveryCustomerUnderATinyLimit() {
        VrpInstance instance = GeneratedVrpInstances.randomSolomonLike(200, 3);
        VrpSolution solution = new OutpostVrpSolver().solve(instance, ArcConvention.TRUNCATED_ONE_DECIMAL,
                VrpObjective.DISTANCE, 0.001, 1);
        int answered = solution.unassigned().size();
        for (var route : solution.routes()) {
            answered += route.size();
        }
        assertEquals(200, answered);
    }
}
