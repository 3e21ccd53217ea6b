package dev.outpost.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.travel.TravelTimes;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The embedding API: builders, range checks with messages naming id, field and value, options. */
class RoutingApiTest {

    private static void rejects(Executable build, String... fragments) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build);
        for (String fragment : fragments) {
            assertTrue(e.getMessage().contains(fragment), e.getMessage() + " lacks " + fragment);
        }
    }

    @Test
    void buildersNameEveryValue() {
        Pickup p = Pickup.builder("p1").point(3).window(100, 200).serviceSeconds(30).size(2).priority(4)
                .requiredSkills("fragile", "keys").releaseSecond(50).build();
        assertEquals(100, p.windowStartSecond());
        assertEquals(200, p.windowEndSecond());
        assertEquals(30, p.serviceSeconds());
        assertEquals(Set.of("fragile", "keys"), p.requiredSkills());
        assertEquals(50, p.releaseSecond());
        assertEquals(p, p.toBuilder().build());
        Courier k = Courier.builder("k1").startPoint(2).available(10).shiftEnd(900).capacity(7).loadOnBoard(1)
                .skills(List.of("keys")).endAtHub(false).build();
        assertEquals(k, k.toBuilder().build());
        assertEquals(2, k.startPoint());
        assertEquals(false, k.endAtHub());
    }

    @Test
    void swappedOrOutOfRangeValuesAreRejectedWithIdFieldAndValue() {
        rejects(() -> Pickup.builder("p1").point(0).window(200, 100).build(), "p1", "windowEndSecond", "100");
        rejects(() -> Pickup.builder("p1").point(0).build(), "p1", "window");
        rejects(() -> Pickup.builder("p1").point(0).window(0, 10).serviceSeconds(-1).build(), "p1", "serviceSeconds", "-1");
        rejects(() -> Pickup.builder("p1").point(0).window(0, RoutingProblem.LATEST_SECOND + 1).build(), "p1",
                "windowEndSecond");
        rejects(() -> Pickup.builder("p1").point(0).window(0, 10).serviceSeconds(RoutingProblem.LONGEST_DURATION + 1).build(),
                "p1", "serviceSeconds");
        rejects(() -> Pickup.builder("p1").point(0).window(0, 10).size(2_000_000).build(), "p1", "size", "2000000");
        rejects(() -> Pickup.builder("p1").point(0).window(0, 10).priority(0).build(), "p1", "priority", "0");
        rejects(() -> Pickup.builder("p1").point(0).window(0, 10).requiredSkills(" ").build(), "p1", "requiredSkills");
        rejects(() -> Pickup.builder(" ").point(0).window(0, 10).build(), "pickup id");
        rejects(() -> Courier.builder("k1").startPoint(0).available(500).shiftEnd(100).build(), "k1", "shiftEndSecond", "100");
        rejects(() -> Courier.builder("k1").build(), "k1", "startPoint");
        rejects(() -> Courier.builder("k1").startPoint(0).capacity(-1).build(), "k1", "capacity", "-1");
        rejects(() -> Courier.builder("k1").startPoint(0).loadOnBoard(-3).build(), "k1", "loadOnBoard", "-3");
    }

    @Test
    void optionsRejectNegativeNanInfiniteAndMissingLimits() {
        rejects(() -> RoutingOptions.defaults().withResponseWeight(-1), "responseWeight", "-1");
        rejects(() -> RoutingOptions.defaults().withMetreWeight(RoutingOptions.MAX_WEIGHT + 1), "metreWeight");
        rejects(() -> RoutingOptions.defaults().withRuinRecreateWeight(Double.NaN), "ruinRecreateWeight", "NaN");
        rejects(() -> RoutingOptions.defaults().withRuinRecreateWeight(Double.POSITIVE_INFINITY), "ruinRecreateWeight",
                "Infinity");
        rejects(() -> RoutingOptions.defaults().withTimeLimit(Duration.ofSeconds(-1)), "timeLimit", "PT-1S");
        rejects(() -> RoutingOptions.defaults().withTimeLimit(Duration.ofDays(10_000)), "timeLimit");
        rejects(() -> RoutingOptions.defaults().withStepLimit(-5), "stepLimit", "-5");
        rejects(() -> RoutingOptions.defaults().withUnimprovedStepLimit(-5), "unimprovedStepLimit", "-5");
        rejects(() -> RoutingSolver.create(RoutingOptions.defaults().withTimeLimit(null)), "no limit");
    }

    @Test
    void problemsRejectLongLegsAndWeightsThatOverflowTheScore() {
        int[] seconds = {0, RoutingProblem.LONGEST_DURATION + 1, 5, 0};
        TravelTimes far = new TravelTimes(List.of("hub", "x"), seconds, seconds.clone());
        Courier k = Courier.builder("k").startPoint(0).build();
        Pickup p = Pickup.builder("p").point(1).window(0, 100).priority(1_000_000).build();
        rejects(() -> new RoutingProblem(List.of(k), List.of(p), 0, 1000, far), "hub", "x", String.valueOf(seconds[1]));
        int[] near = {0, 5, 5, 0};
        RoutingProblem problem = new RoutingProblem(List.of(k), List.of(p), 0, 1000,
                new TravelTimes(List.of("hub", "x"), near, near.clone()));
        RoutingSolver solver = RoutingSolver.create(RoutingOptions.defaults().withResponseWeight(RoutingOptions.MAX_WEIGHT)
                .withTimeLimit(null).withStepLimit(1));
        rejects(() -> solver.solve(problem), "responseWeight", "overflow");
    }

    @Test
    void oneInstanceIsSafeToShareBetweenThreads() throws Exception {
        RoutingSolver solver = RoutingSolver.create(RoutingOptions.defaults().withTimeLimit(null).withStepLimit(200));
        List<RoutingProblem> problems = List.of(RandomRoutingProblems.generate(41, 3, 15, false),
                RandomRoutingProblems.generate(42, 2, 12, true), RandomRoutingProblems.generate(43, 4, 18, false));
        List<RoutePlan> sequential = problems.stream().map(solver::solve).toList();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            List<java.util.concurrent.Future<RoutePlan>> futures = new java.util.ArrayList<>();
            for (RoutingProblem problem : problems) {
                futures.add(pool.submit(() -> solver.solve(problem)));
            }
            for (int i = 0; i < problems.size(); i++) {
                assertEquals(sequential.get(i), futures.get(i).get(), "problem " + i);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void oneInstanceSolvesManyProblemsAndSkillsAreNames() {
        RoutingSolver solver = RoutingSolver.create(RoutingOptions.defaults().withTimeLimit(null).withStepLimit(50));
        for (int seed = 0; seed < 3; seed++) {
            RoutingProblem problem = RandomRoutingProblems.generate(300 + seed, 2, 8, false);
            RoutePlan plan = solver.solve(problem);
            assertEquals(plan, solver.solve(problem));
        }
        int[] s = {0, 10, 10, 0};
        TravelTimes travel = new TravelTimes(List.of("hub", "x"), s, s.clone());
        Courier plain = Courier.builder("a-plain").startPoint(0).build();
        Courier keys = Courier.builder("b-keys").startPoint(0).skills("keys").build();
        Pickup p = Pickup.builder("p").point(1).window(0, 1000).requiredSkills("keys").build();
        RoutePlan plan = solver.solve(new RoutingProblem(List.of(plain, keys), List.of(p), 0, 5000, travel));
        assertEquals(List.of(), plan.routes().get(0).stops());
        assertEquals("p", plan.routes().get(1).stops().get(0).pickupId());
    }
}
