package dev.outpost.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.model.SiteStatus;
import dev.outpost.routing.Courier;
import dev.outpost.routing.CourierRoutePlan;
import dev.outpost.routing.Pickup;
import dev.outpost.routing.RoutePlan;
import dev.outpost.routing.RoutingOptions;
import dev.outpost.routing.RoutingProblem;
import dev.outpost.routing.Stop;
import dev.outpost.stationing.StationingObjective;
import dev.outpost.stationing.StationingPlan;
import dev.outpost.stationing.StationingProblem;
import dev.outpost.travel.TravelTimes;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Both checkers return structured violations (kind, ids, amount, unit); the sentences are made from them. */
class StructuredViolationsTest {

    @Test
    void stationingViolationsNameTheSiteOrClientWithAmountAndUnit() {
        StationingProblem p = StationingProblem.builder(StationingObjective.SET_COVERING)
                .addClient("x", 1, 1000, 20, 60)
                .addClient("y", 1, 1000, 20, 60)
                .addSite("a", SiteStatus.CANDIDATE, 5, 2)
                .addSite("b", SiteStatus.CLOSED, 5, 2)
                .addSite("f", SiteStatus.FIXED_OPEN, 7, 2)
                .travelSeconds(new int[] {10, 40, 1, 1, 30, 15})
                .budget(1, 2, 4L)
                .build();
        // a with 3 couriers (capacity 2), closed b with 1, fixed f closed: y is coverable (f reaches it in 15 s).
        StationingPlan plan = new StationingPlan(p.objective(), 0, List.of(),
                List.of(new StationingPlan.Outpost(0, "a", 3, List.of(), 0, 0),
                        new StationingPlan.Outpost(1, "b", 1, List.of(), 0, 0)),
                List.of(new StationingPlan.ClientAssignment(0, "x", 1, "b", 1, 1, true),
                        new StationingPlan.ClientAssignment(1, "y", 1, "b", 1, 1, true)),
                List.of(), List.of());
        StationingChecker.StationingCheck check = StationingChecker.check(p, plan);
        assertFalse(check.feasible());
        assertEquals(check.found().size(), check.violations().size());
        Violation capacity = only(check, Violation.Kind.SITE_OVER_CAPACITY);
        assertEquals("a", capacity.itemId());
        assertEquals(1, capacity.amount());
        assertEquals(Violation.Unit.COURIERS, capacity.unit());
        assertEquals("The site a has 3 couriers; it hosts 1..2.", capacity.sentence());
        Violation closed = only(check, Violation.Kind.CLOSED_SITE_USED);
        assertEquals("b", closed.itemId());
        assertEquals("The closed site b has 1 couriers; it may not be used.", closed.sentence());
        assertEquals("f", only(check, Violation.Kind.FIXED_SITE_CLOSED).itemId());
        Violation outposts = only(check, Violation.Kind.OUTPOSTS_OVER_LIMIT);
        assertEquals(1, outposts.amount());
        assertEquals(Violation.Unit.OUTPOSTS, outposts.unit());
        Violation couriers = only(check, Violation.Kind.COURIERS_OVER_LIMIT);
        assertEquals(2, couriers.amount());
        assertEquals("The plan stations 4 couriers; the budget allows 2.", couriers.sentence());
        Violation cost = only(check, Violation.Kind.OPENING_COST_OVER_BUDGET);
        assertEquals(6, cost.amount());
        assertEquals(Violation.Unit.CURRENCY, cost.unit());
        // y is 40 s from a and 1 s from b; nearest open is b (1 s) -> within target, so not uncovered.
        assertEquals(0, check.amount(Violation.Kind.CLIENT_UNCOVERED));
        assertTrue(check.violations().contains("The opening cost (10) exceeds the budget (4)."), check.violations().toString());
    }

    @Test
    void unservedAndUncoveredClientsAreNamed() {
        StationingProblem p = StationingProblem.builder(StationingObjective.SET_COVERING)
                .addClient("x", 1, 1000, 20, 60)
                .addSite("a", SiteStatus.CANDIDATE, 0, 1)
                .travelSeconds(new int[] {10})
                .build();
        StationingPlan empty = new StationingPlan(p.objective(), 0, List.of(), List.of(),
                List.of(new StationingPlan.ClientAssignment(0, "x", -1, null, -1, -1, false)), List.of(), List.of());
        StationingChecker.StationingCheck check = StationingChecker.check(p, empty);
        Violation unserved = only(check, Violation.Kind.CLIENT_UNSERVED);
        assertEquals("x", unserved.itemId());
        assertEquals(Violation.Unit.CLIENTS, unserved.unit());
        assertEquals("The client x is reached by no open outpost.", unserved.sentence());
        assertEquals(1, check.amount(Violation.Kind.CLIENT_UNCOVERED));
    }

    private static Violation only(StationingChecker.StationingCheck check, Violation.Kind kind) {
        List<Violation> of = check.found().stream().filter(v -> v.kind() == kind).toList();
        assertEquals(1, of.size(), kind + " in " + check.found());
        return of.get(0);
    }

    @Test
    void routingViolationsNameCourierPickupAmountAndUnit() {
        // Points: hub 0, pickup point 1; 600 s each way.
        TravelTimes t = new TravelTimes(List.of("hub", "p"), new int[] {0, 600, 600, 0}, new int[] {0, 5000, 5000, 0});
        Courier courier = Courier.builder("c1").startPoint(0).available(8 * 3600).shiftEnd(8 * 3600 + 900).capacity(1)
                .skills("s0").endAtHub(true).build();
        Pickup pickup = Pickup.builder("p1").point(1).window(8 * 3600, 8 * 3600 + 300).serviceSeconds(120).size(3).priority(1)
                .requiredSkills("s1").releaseSecond(8 * 3600).build();
        RoutingProblem problem = new RoutingProblem(List.of(courier), List.of(pickup), 0, 8 * 3600 + 1000, t);
        int arrival = 8 * 3600 + 600;
        int departure = arrival + 120;
        int hub = departure + 600;
        RoutePlan plan = new RoutePlan(List.of(new CourierRoutePlan("c1", 0,
                List.of(new Stop("p1", 0, arrival, arrival, departure, 3)), hub, 1200, 10000)), List.of(), 0, 0, 0);
        PlanChecker.Result result = PlanChecker.check(problem, RoutingOptions.defaults(), plan);
        assertEquals(List.of(), result.inconsistencies());
        assertEquals(result.found().size(), result.violations().size());
        Violation late = one(result, Violation.Kind.LATE_SERVICE);
        assertEquals("c1", late.courierId());
        assertEquals("p1", late.itemId());
        assertEquals(300, late.amount());
        assertEquals(Violation.Unit.SECONDS, late.unit());
        assertEquals("Courier c1 starts pickup p1 at 08:10:00, 300 s after its window ends (08:05:00).", late.sentence());
        Violation skill = one(result, Violation.Kind.MISSING_SKILL);
        assertEquals(1, skill.amount());
        assertEquals(Violation.Unit.COUNT, skill.unit());
        Violation capacity = one(result, Violation.Kind.OVER_CAPACITY);
        assertEquals(2, capacity.amount());
        assertEquals(Violation.Unit.CAPACITY_UNITS, capacity.unit());
        Violation cutoff = one(result, Violation.Kind.LATE_AT_HUB);
        assertEquals(hub - (8 * 3600 + 1000), cutoff.amount());
        Violation shift = one(result, Violation.Kind.SHIFT_OVERRUN);
        assertEquals(hub - (8 * 3600 + 900), shift.amount());
        long sum = 0;
        for (Violation v : result.found()) {
            sum += v.kind() == Violation.Kind.MISSING_SKILL ? PlanChecker.FIXED_PENALTY : v.amount();
        }
        assertEquals(-sum, result.hardScore());
    }

    private static Violation one(PlanChecker.Result result, Violation.Kind kind) {
        List<Violation> of = result.found().stream().filter(v -> v.kind() == kind).toList();
        assertEquals(1, of.size(), kind + " in " + result.found());
        return of.get(0);
    }
}
