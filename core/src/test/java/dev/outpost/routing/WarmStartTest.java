package dev.outpost.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.check.PlanChecker;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** solve(problem, startingPlan): keeps the routes, inserts what is new, then searches. */
class WarmStartTest {

    private static Map<String, String> courierOf(RoutePlan plan) {
        Map<String, String> map = new HashMap<>();
        plan.routes().forEach(r -> r.stops().forEach(s -> map.put(s.pickupId(), r.courierId())));
        return map;
    }

    private static void everyPickupOnce(RoutingProblem problem, RoutePlan plan) {
        List<String> seen = new ArrayList<>();
        plan.routes().forEach(r -> r.stops().forEach(s -> seen.add(s.pickupId())));
        plan.unassigned().forEach(u -> seen.add(u.pickupId()));
        assertEquals(problem.pickups().size(), seen.size());
        assertEquals(problem.pickups().size(), seen.stream().distinct().count());
    }

    @Test
    void aNewRequestIsInsertedIntoTheKeptRoutes() {
        for (int seed = 0; seed < 4; seed++) {
            RoutingProblem base = RandomRoutingProblems.generate(700 + seed, 3, 20, false);
            RoutingOptions options = RoutingOptions.defaults().withTimeLimit(null).withStepLimit(300).withSeed(seed)
                    .withRuinRecreateWeight(0);
            RoutePlan first = RoutingSolver.create(options).solve(base);
            // One new request, at the point of an existing pickup so that it can be inserted.
            List<Pickup> pickups = new ArrayList<>(base.pickups());
            Pickup model = base.pickups().get(0);
            pickups.add(Pickup.builder("new").point(model.point()).window(model.windowStartSecond(), model.windowEndSecond())
                    .serviceSeconds(60).size(1).releaseSecond(model.windowStartSecond()).build());
            RoutingProblem next = new RoutingProblem(base.couriers(), pickups, base.hubPoint(), base.cutoffSecond(),
                    base.travel());
            RoutingOptions oneStep = options.withStepLimit(1).withFullAssert(true);
            RoutePlan warm = RoutingSolver.create(oneStep).solve(next, first);
            everyPickupOnce(next, warm);
            PlanChecker.Result check = PlanChecker.check(next, oneStep, warm);
            assertEquals(List.of(), check.inconsistencies());
            assertEquals(check.hardScore(), warm.hardScore());
            assertEquals(check.softScore(), warm.softScore());
            // One local-search step moves at most a sub-list of 6: everything else stays with its courier.
            Map<String, String> before = courierOf(first);
            Map<String, String> after = courierOf(warm);
            long kept = before.entrySet().stream().filter(e -> e.getValue().equals(after.get(e.getKey()))).count();
            assertTrue(kept >= before.size() - 6, "seed " + seed + ": kept " + kept + " of " + before.size());
        }
    }

    @Test
    void stopsAndCouriersNoLongerInTheProblemAreDropped() {
        RoutingProblem base = RandomRoutingProblems.generate(800, 3, 15, false);
        RoutingOptions options = RoutingOptions.defaults().withTimeLimit(null).withStepLimit(200);
        RoutePlan first = RoutingSolver.create(options).solve(base);
        List<Pickup> fewer = base.pickups().subList(3, base.pickups().size());
        List<Courier> couriers = base.couriers().subList(1, base.couriers().size());
        RoutingProblem next = new RoutingProblem(couriers, fewer, base.hubPoint(), base.cutoffSecond(), base.travel());
        RoutePlan warm = RoutingSolver.create(options.withStepLimit(20)).solve(next, first);
        everyPickupOnce(next, warm);
        PlanChecker.Result check = PlanChecker.check(next, options, warm);
        assertEquals(check.softScore(), warm.softScore());
        assertEquals(check.hardScore(), warm.hardScore());
    }
}
