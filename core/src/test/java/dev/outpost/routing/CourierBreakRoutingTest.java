package dev.outpost.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.check.PlanChecker;
import dev.outpost.check.Violation;
import dev.outpost.model.CourierBreak;
import dev.outpost.travel.TravelTimes;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Courier breaks in routing (issue 21: {@code route} ignored them): the kernel takes a break
 * between stops as late as it can (before the stop whose departure would pass the break's latest
 * start), and the independent {@link PlanChecker} recomputes the same times.
 */
class CourierBreakRoutingTest {

    /** Hub 0, clients 1 and 2: every leg 600 s. */
    private static final TravelTimes TIMES = new TravelTimes(List.of("hub", "a", "b"),
            new int[] {0, 600, 600, 600, 0, 600, 600, 600, 0}, new int[] {0, 5000, 5000, 5000, 0, 5000, 5000, 5000, 0});
    private static final RoutingOptions OPTIONS = RoutingOptions.defaults().withTimeLimit(null).withStepLimit(50).withSeed(1);

    private static RoutingProblem problem(List<CourierBreak> breaks, int windowStart, int windowEnd) {
        Courier courier = Courier.builder("k").startPoint(0).available(0).shiftEnd(20_000).capacity(10).breaks(breaks).build();
        Pickup p = Pickup.builder("p").point(1).window(windowStart, windowEnd).serviceSeconds(60).build();
        return new RoutingProblem(List.of(courier), List.of(p), 0, 20_000, TIMES);
    }

    private static RoutePlan solveAndCheck(RoutingProblem problem) {
        RoutePlan plan = RoutingSolver.create(OPTIONS).solve(problem);
        PlanChecker.Result check = PlanChecker.check(problem, OPTIONS, plan);
        assertEquals(List.of(), check.inconsistencies());
        assertEquals(check.hardScore(), plan.hardScore(), check.violations().toString());
        assertEquals(check.mediumScore(), plan.mediumScore());
        assertEquals(check.softScore(), plan.softScore());
        return plan;
    }

    @Test
    void aBreakCoveringTheWholeShiftLeavesThePickupUnassigned() {
        RoutePlan without = solveAndCheck(problem(List.of(), 0, 10_000));
        assertEquals(1, without.routes().get(0).stops().size());
        RoutePlan plan = solveAndCheck(problem(List.of(new CourierBreak(0, 20_000, 20_000)), 0, 10_000));
        assertTrue(plan.routes().stream().allMatch(r -> r.stops().isEmpty()), plan.toString());
        assertEquals(1, plan.unassigned().size());
        assertEquals(0, plan.hardScore());
    }

    @Test
    void aBreakDueBeforeTheStopEndsIsTakenFirstAndDelaysIt() {
        // Latest start 1200 s; serving p (arrive 600, depart 660) would end before it: no delay.
        RoutePlan early = solveAndCheck(problem(List.of(new CourierBreak(300, 3000, 1800)), 0, 10_000));
        Stop stop = early.routes().get(0).stops().get(0);
        assertEquals(600, stop.arrivalSecond());
        // The drive to the hub would arrive at 1260 > 1200: the break comes first, 660..2460, hub at 3060.
        assertEquals(3060, early.routes().get(0).hubArrivalSecond());
        // Latest start 200 s: the break is taken at the start (0 -> earliest 100 .. 1900), then the drive.
        RoutePlan late = solveAndCheck(problem(List.of(new CourierBreak(100, 2000, 1800)), 0, 10_000));
        assertEquals(1900 + 600, late.routes().get(0).stops().get(0).arrivalSecond());
    }

    @Test
    void aBreakTakenWhileWaitingForTheWindowCostsNothing() {
        RoutePlan plan = solveAndCheck(problem(List.of(new CourierBreak(1000, 5000, 1800)), 4000, 10_000));
        Stop stop = plan.routes().get(0).stops().get(0);
        assertEquals(2800 + 600, stop.arrivalSecond());
        assertEquals(4000, stop.serviceStartSecond());
    }

    @Test
    void theCheckerRefusesAPlanThatIgnoresTheBreak() {
        RoutePlan ignoring = RoutingSolver.create(OPTIONS).solve(problem(List.of(), 0, 10_000));
        RoutingProblem withBreak = problem(List.of(new CourierBreak(0, 20_000, 20_000)), 0, 10_000);
        PlanChecker.Result check = PlanChecker.check(withBreak, OPTIONS, ignoring);
        assertFalse(check.inconsistencies().isEmpty(), "the plan's times ignore the break");
        assertTrue(check.hardScore() < 0);
        assertTrue(check.found().stream().anyMatch(v -> v.kind() == Violation.Kind.LATE_SERVICE), check.violations().toString());
    }

    @Test
    void aLateBreakIsAHardViolation() {
        // Available at 3000, after the latest start (1200): the break starts 1800 s late.
        Courier courier = Courier.builder("k").startPoint(0).available(3000).shiftEnd(20_000).capacity(10)
                .breaks(List.of(new CourierBreak(0, 3000, 1800))).build();
        Pickup p = Pickup.builder("p").point(1).window(0, 10_000).serviceSeconds(60).build();
        RoutingProblem problem = new RoutingProblem(List.of(courier), List.of(p), 0, 20_000, TIMES);
        RoutePlan forced = new RoutePlan(List.of(new CourierRoutePlan("k", 0,
                List.of(new Stop("p", 0, 3000 + 1800 + 600, 5400, 5460, 1)), 6060, 1200, 10_000)), List.of(), -1800, 0, 0);
        PlanChecker.Result check = PlanChecker.check(problem, OPTIONS, forced);
        assertEquals(-1800, check.hardScore(), check.violations().toString());
        assertTrue(check.found().stream().anyMatch(v -> v.kind() == Violation.Kind.LATE_BREAK && v.amount() == 1800));
        assertEquals(List.of(), check.inconsistencies());
    }
}
