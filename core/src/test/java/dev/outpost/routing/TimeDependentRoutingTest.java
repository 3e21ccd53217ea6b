package dev.outpost.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.check.PlanChecker;
import dev.outpost.travel.TravelTables;
import dev.outpost.travel.TravelTimes;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The routing solver with time-dependent legs per courier profile ({@link RoutingProblem#timeDependent}). */
class TimeDependentRoutingTest {

    private static RoutingOptions steps(long steps, long seed) {
        return RoutingOptions.defaults().withResponseWeight(1).withTravelSecondWeight(2).withMetreWeight(1).withVehicleFixedCost(500)
                .withTimeLimit(null).withStepLimit(steps).withSeed(seed);
    }

    /** The checker's own walk with {@code TravelTables.legSeconds} gives the solver's score, hard, medium and soft. */
    @Test
    void solverScoreEqualsCheckerOnRandomTimeDependentProblems() {
        int timed = 0;
        for (int seed = 0; seed < 24; seed++) {
            RoutingProblem problem = RandomRoutingProblems.generateTimeDependent(seed, 2 + seed % 3, 6 + seed % 11, seed % 4 == 0);
            timed += problem.isTimeDependent() ? 1 : 0;
            RoutingOptions options = steps(150 + seed * 5, seed).withRuinRecreateWeight(seed % 2 == 0 ? 3 : 0);
            RoutePlan plan = RoutingSolver.create(options).solve(problem);
            PlanChecker.Result check = PlanChecker.check(problem, options, plan);
            assertEquals(List.of(), check.inconsistencies(), "seed " + seed);
            assertEquals(check.hardScore(), plan.hardScore(), "hard, seed " + seed + ": " + check.violations());
            assertEquals(check.mediumScore(), plan.mediumScore(), "medium, seed " + seed);
            assertEquals(check.softScore(), plan.softScore(), "soft, seed " + seed);
            long planSeconds = plan.routes().stream().mapToLong(CourierRoutePlan::travelSeconds).sum();
            long planMetres = plan.routes().stream().mapToLong(CourierRoutePlan::metres).sum();
            assertEquals(check.travelSeconds(), planSeconds, "seconds, seed " + seed);
            assertEquals(check.metres(), planMetres, "metres, seed " + seed);
        }
        assertTrue(timed > 18, "time-dependent problems " + timed);
    }

    /** The incremental score, the arrival shadows and the reference constraint scorer agree with TD legs. */
    @Test
    void fullAssertFindsNoCorruptionWithTimeDependentLegs() {
        for (int seed = 100; seed < 103; seed++) {
            RoutingProblem problem = RandomRoutingProblems.generateTimeDependent(seed, 3, 12, seed % 2 == 0);
            RoutingOptions options = steps(120, seed).withRuinRecreateWeight(seed % 2 == 0 ? 3 : 0.5).withFullAssert(true);
            RoutePlan plan = RoutingSolver.create(options).solve(problem);
            PlanChecker.Result check = PlanChecker.check(problem, options, plan);
            assertEquals(check.softScore(), plan.softScore(), "seed " + seed);
            assertTrue(check.inconsistencies().isEmpty(), check.inconsistencies().toString());
        }
    }

    /** Tables with one static profile reproduce the plain-table problem exactly: same plan, same score. */
    @Test
    void aStaticProfileGivesTheSamePlanAsThePlainTable() {
        for (int seed = 0; seed < 6; seed++) {
            RoutingProblem plain = RandomRoutingProblems.generate(50 + seed, 3, 20, seed % 2 == 0);
            TravelTables tables = TravelTables.ofStatic(List.of("only"), List.of(plain.travel()), 0);
            List<Courier> couriers = new ArrayList<>();
            for (Courier c : plain.couriers()) {
                couriers.add(seed % 3 == 0 ? c : c.toBuilder().profile("only").build());
            }
            RoutingProblem viaTables = RoutingProblem.timeDependent(couriers, plain.pickups(), plain.hubPoint(),
                    plain.cutoffSecond(), tables);
            RoutingOptions options = steps(300, seed).withRuinRecreateWeight(2);
            RoutePlan expected = RoutingSolver.create(options).solve(plain);
            RoutePlan actual = RoutingSolver.create(options).solve(viaTables);
            assertEquals(expected, actual, "seed " + seed);
            assertEquals(PlanChecker.check(plain, options, expected), PlanChecker.check(viaTables, options, actual));
        }
    }

    /**
     * By hand: hub 0 and a client 1, 1,000 s apart off-peak and 2,000 s in the 08:00-08:30 peak
     * (slices of 30 min). A courier leaving the hub at 07:50 drives 600 s off-peak (60% of the
     * leg), then the last 40% at the peak rate: 800 s more, arrival 08:13:20. The van profile is
     * static at 1,500 s. The plan's arrivals and the checker follow the departure second.
     */
    @Test
    void aLegCrossingIntoThePeakContinuesAtThePeakRate() {
        List<String> ids = List.of("hub", "client");
        TravelTimes offPeak = new TravelTimes(ids, new int[] {0, 1000, 1000, 0}, new int[] {0, 5000, 5000, 0});
        TravelTimes peak = new TravelTimes(ids, new int[] {0, 2000, 2000, 0}, new int[] {0, 5000, 5000, 0});
        TravelTimes van = new TravelTimes(ids, new int[] {0, 1500, 1500, 0}, new int[] {0, 5000, 5000, 0});
        int[] map = new int[48];
        map[16] = 1;
        TravelTables tables = new TravelTables(List.of("scooter", "van"), 1800, List.of(List.of(offPeak, peak), List.of(van)),
                java.util.Arrays.asList(map, null), 0);
        int start = 7 * 3600 + 50 * 60;
        Courier scooter = Courier.builder("s").startPoint(0).available(start).shiftEnd(start + 20_000).profile("scooter").build();
        Courier slowVan = Courier.builder("v").startPoint(0).available(start).shiftEnd(start + 20_000).profile("van").build();
        Pickup pickup = Pickup.builder("p").point(1).window(start, start + 10_000).serviceSeconds(0).releaseSecond(start).build();
        RoutingOptions options = steps(20, 1);
        RoutePlan plan = RoutingSolver.create(options).solve(
                RoutingProblem.timeDependent(List.of(scooter), List.of(pickup), 0, start + 20_000, tables));
        Stop stop = plan.routes().get(0).stops().get(0);
        assertEquals(start + 1400, stop.arrivalSecond());
        // Back from 08:13:20 inside the peak until 08:30, then off-peak: 1000 s at the peak rate is
        // 50% of the leg, the other 50% takes 500 s: 1,500 s.
        assertEquals(start + 1400 + 1500, plan.routes().get(0).hubArrivalSecond());
        assertEquals(2900, plan.routes().get(0).travelSeconds());

        RoutingProblem both = RoutingProblem.timeDependent(List.of(scooter, slowVan), List.of(pickup), 0, start + 20_000, tables);
        RoutePlan cheaper = RoutingSolver.create(options).solve(both);
        assertTrue(PlanChecker.check(both, options, cheaper).valid());
        // The scooter's day (1,400 + 1,500 s) is cheaper than the van's (1,500 + 1,500 s).
        assertEquals("s", cheaper.routes().stream().filter(r -> !r.stops().isEmpty()).findFirst().orElseThrow().courierId());

        RoutingProblem vanOnly = RoutingProblem.timeDependent(List.of(slowVan), List.of(pickup), 0, start + 20_000, tables);
        RoutePlan vanPlan = RoutingSolver.create(options).solve(vanOnly);
        assertEquals(start + 1500, vanPlan.routes().get(0).stops().get(0).arrivalSecond());
        assertNotEquals(plan.routes().get(0).travelSeconds(), vanPlan.routes().get(0).travelSeconds());
    }

    @Test
    void anUnknownProfileIsRefusedWithTheCourierAndTheProfiles() {
        RoutingProblem plain = RandomRoutingProblems.generate(1, 2, 3, false);
        TravelTables tables = TravelTables.ofStatic(List.of("scooter"), List.of(plain.travel()), 0);
        List<Courier> couriers = List.of(plain.couriers().get(0).toBuilder().profile("truck").build());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RoutingProblem.timeDependent(
                couriers, plain.pickups(), 0, plain.cutoffSecond(), tables));
        assertTrue(e.getMessage().contains("c0") && e.getMessage().contains("'truck'") && e.getMessage().contains("[scooter]"),
                e.getMessage());
    }
}
