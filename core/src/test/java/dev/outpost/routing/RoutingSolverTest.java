package dev.outpost.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.check.PlanChecker;
import dev.outpost.travel.TravelTimes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class RoutingSolverTest {

    private static RoutingOptions steps(long steps, long seed) {
        return RoutingOptions.defaults().withResponseWeight(1).withTravelSecondWeight(2).withMetreWeight(1).withVehicleFixedCost(500)
                .withTimeLimit(null).withStepLimit(steps).withSeed(seed);
    }

    @Test
    void solverScoreEqualsCheckerOnRandomProblems() {
        for (int seed = 0; seed < 36; seed++) {
            RoutingProblem problem = RandomRoutingProblems.generate(seed, 2 + seed % 3, 6 + seed % 11, seed % 4 == 0);
            RoutingOptions options = steps(150 + seed * 5, seed).withRuinRecreateWeight(seed % 2 == 0 ? 3 : 0);
            RoutePlan plan = RoutingSolver.create(options).solve(problem);
            PlanChecker.Result check = PlanChecker.check(problem, options, plan);
            assertEquals(List.of(), check.inconsistencies(), "seed " + seed);
            assertEquals(check.hardScore(), plan.hardScore(), "hard, seed " + seed + ": " + check.violations());
            assertEquals(check.mediumScore(), plan.mediumScore(), "medium, seed " + seed);
            assertEquals(check.softScore(), plan.softScore(), "soft, seed " + seed);
        }
    }

    @Test
    void sameSeedAndStepLimitGiveTheSamePlan() {
        RoutingProblem problem = RandomRoutingProblems.generate(99, 3, 25, false);
        RoutePlan first = RoutingSolver.create(steps(400, 7)).solve(problem);
        RoutePlan second = RoutingSolver.create(steps(400, 7)).solve(problem);
        assertEquals(first, second);
    }

    @Test
    void fullAssertFindsNoScoreOrShadowCorruption() {
        for (int seed = 100; seed < 104; seed++) {
            RoutingProblem problem = RandomRoutingProblems.generate(seed, 3, 12, seed % 2 == 0);
            RoutingOptions options = steps(120, seed).withRuinRecreateWeight(seed % 2 == 0 ? 3 : 0.5).withFullAssert(true);
            RoutePlan plan = RoutingSolver.create(options).solve(problem);
            PlanChecker.Result check = PlanChecker.check(problem, options, plan);
            assertEquals(check.softScore(), plan.softScore(), "seed " + seed);
            assertTrue(check.inconsistencies().isEmpty(), check.inconsistencies().toString());
        }
    }

    /**
     * Points: 0 hub, 1 outpost, 2 good client, 3 far client, 4 island (no path). Travel 100 s
     * between every reachable pair except 1-3 and 3-0 (20,000 s). One courier 08:00-13:00 ending at the hub, one 08:00-08:16:40 not,
     * capacity 10, skill bit 0; hub cut-off 12:00.
     */
    @Test
    void impossiblePickupsComeBackUnassignedWithTheirReasons() {
        int n = 5;
        int[] seconds = new int[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                seconds[i * n + j] = i == j ? 0 : (i == 4 || j == 4) ? TravelTimes.UNREACHABLE : 100;
            }
        }
        seconds[1 * n + 3] = 20_000;
        seconds[2 * n + 3] = 20_000;
        seconds[3 * n + 0] = 200;
        TravelTimes travel = new TravelTimes(List.of("hub", "outpost", "a", "b", "island"), seconds, seconds.clone());
        int eight = 8 * 3600;
        int noon = 12 * 3600;
        Courier courier = Courier.builder("k1").startPoint(1).available(eight).shiftEnd(noon + 3600).capacity(10)
                .skills("keys").build();
        Courier late = Courier.builder("k2").startPoint(1).available(eight).shiftEnd(eight + 1000).capacity(10)
                .skills("keys").endAtHub(false).build();
        List<Pickup> pickups = new ArrayList<>();
        pickups.add(Pickup.builder("ok").point(2).window(eight, noon).serviceSeconds(60).size(2).priority(1).requiredSkills("keys").releaseSecond(eight).build());
        pickups.add(Pickup.builder("before-start").point(2).window(eight - 3600, eight - 1800).serviceSeconds(60).size(1).priority(1).releaseSecond(eight - 3600).build());
        pickups.add(Pickup.builder("too-big").point(2).window(eight, noon).serviceSeconds(60).size(11).priority(1).releaseSecond(eight).build());
        pickups.add(Pickup.builder("missing-skill").point(2).window(eight, noon).serviceSeconds(60).size(1).priority(1).requiredSkills("signature").releaseSecond(eight).build());
        pickups.add(Pickup.builder("island").point(4).window(eight, noon).serviceSeconds(60).size(1).priority(1).releaseSecond(eight).build());
        pickups.add(Pickup.builder("after-cutoff").point(2).window(noon - 50, noon).serviceSeconds(60).size(1).priority(1).releaseSecond(eight).build());
        pickups.add(Pickup.builder("after-shift").point(3).window(eight + 20_000, eight + 30_000).serviceSeconds(60).size(1).priority(1).releaseSecond(eight).build());
        RoutingProblem problem = new RoutingProblem(List.of(courier, late), pickups, 0, noon, travel);
        RoutePlan plan = RoutingSolver.create(steps(200, 3)).solve(problem);

        Map<String, UnassignedReason> reasons = new TreeMap<>();
        for (UnassignedPickup u : plan.unassigned()) {
            reasons.put(u.pickupId(), u.reason());
        }
        Map<String, UnassignedReason> expected = new TreeMap<>(Map.of(
                "before-start", UnassignedReason.TIME_WINDOW,
                "too-big", UnassignedReason.CAPACITY,
                "missing-skill", UnassignedReason.SKILLS,
                "island", UnassignedReason.UNREACHABLE,
                "after-cutoff", UnassignedReason.CUTOFF,
                "after-shift", UnassignedReason.SHIFT_END));
        assertEquals(expected, reasons);
        assertEquals(0, plan.hardScore());
        assertEquals(List.of("ok"), plan.routes().stream().flatMap(r -> r.stops().stream()).map(Stop::pickupId).toList());
        PlanChecker.Result check = PlanChecker.check(problem, steps(200, 3), plan);
        assertTrue(check.valid(), check.violations() + " " + check.inconsistencies());
    }

    @Test
    void aFullFleetReportsFleetFull() {
        int[] seconds = {0, 100, 100, 100, 0, 10, 100, 10, 0};
        TravelTimes travel = new TravelTimes(List.of("hub", "a", "b"), seconds, seconds.clone());
        Courier courier = Courier.builder("k1").startPoint(0).available(0).shiftEnd(10_000).capacity(1).build();
        Pickup first = Pickup.builder("first").point(1).window(0, 5_000).serviceSeconds(10).size(1).priority(2).releaseSecond(0).build();
        Pickup second = Pickup.builder("second").point(2).window(0, 5_000).serviceSeconds(10).size(1).priority(1).releaseSecond(0).build();
        RoutingProblem problem = new RoutingProblem(List.of(courier), List.of(first, second), 0, 10_000, travel);
        RoutePlan plan = RoutingSolver.create(steps(50, 1)).solve(problem);
        assertEquals(List.of(new UnassignedPickup("second", 1, UnassignedReason.FLEET_FULL)), plan.unassigned());
        assertEquals(-1, plan.mediumScore());
        // the one place goes to the higher-priority pickup, on a plan the checker accepts
        assertEquals(List.of("first"), plan.routes().stream().flatMap(r -> r.stops().stream()).map(Stop::pickupId)
                .toList());
        PlanChecker.Result check = PlanChecker.check(problem, steps(50, 1), plan);
        assertTrue(check.valid(), check.violations() + " " + check.inconsistencies());
    }
}
