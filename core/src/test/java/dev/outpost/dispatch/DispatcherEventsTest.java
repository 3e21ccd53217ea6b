package dev.outpost.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.dispatch.DispatchEvent.ArrivedAtStop;
import dev.outpost.dispatch.DispatchEvent.ClockAdvanced;
import dev.outpost.dispatch.DispatchEvent.CourierAdded;
import dev.outpost.dispatch.DispatchEvent.CourierMoved;
import dev.outpost.dispatch.DispatchEvent.CourierUnavailable;
import dev.outpost.dispatch.DispatchEvent.PickupCancelled;
import dev.outpost.dispatch.DispatchEvent.PickupDone;
import dev.outpost.dispatch.DispatchEvent.PickupRequested;
import dev.outpost.routing.Courier;
import dev.outpost.routing.CourierRoutePlan;
import dev.outpost.routing.Pickup;
import dev.outpost.routing.UnassignedReason;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class DispatcherEventsTest {

    private static final int EIGHT = 8 * 3600;

    private static Dispatcher deterministic(Fleet fleet) {
        return Dispatcher.create(fleet, DispatcherOptions.deterministic(200, 1).withStartSecond(EIGHT));
    }

    private static Decision one(Dispatcher d, DispatchEvent e) throws Exception {
        List<Decision> out = d.submit(e).get();
        assertEquals(1, out.size(), out.toString());
        return out.get(0);
    }

    private static List<String> stops(DispatchPlan plan, String courier) {
        for (CourierRoutePlan r : plan.plan().routes()) {
            if (r.courierId().equals(courier)) {
                return r.stops().stream().map(s -> s.pickupId()).toList();
            }
        }
        throw new AssertionError("no courier " + courier);
    }

    @Test
    void requestIsAnsweredAtOnceWithCostPromiseAndNextBest() throws Exception {
        Fleet fleet = new Fleet(DispatchFixtures.grid(5), 0, 18 * 3600,
                List.of(DispatchFixtures.courier("a", 0), DispatchFixtures.courier("b", 24)));
        Dispatcher d = deterministic(fleet);
        // Point 1 is one block from a (at 0), many from b (at 24).
        Decision.Assigned x = DispatchFixtures.assigned(one(d, new PickupRequested(DispatchFixtures.pickup("x", 1, EIGHT), 600)));
        assertEquals("a", x.courierId());
        assertEquals(0, x.position());
        assertEquals(EIGHT + 60, x.arrivalSecond());
        assertEquals(EIGHT + 60, x.startSecond());
        assertTrue(x.withinResponseTarget());
        assertEquals(List.of("a", "b"), x.alternatives().stream().map(Decision.Alternative::courierId).toList());
        assertEquals(x.extraCost(), x.alternatives().get(0).extraCost());
        assertTrue(x.alternatives().get(1).extraCost() > x.extraCost(), x.toString());
        DispatchPlan plan = d.currentPlan();
        assertTrue(plan.check().valid(), plan.check().violations().toString());
        assertEquals(List.of("x"), stops(plan, "a"));
    }

    @Test
    void tiesGoToTheLowerCourierIdInBothInputOrders() throws Exception {
        for (List<String> order : List.of(List.of("a", "b"), List.of("b", "a"))) {
            // Both couriers at the same point: every insertion costs the same.
            Fleet fleet = new Fleet(DispatchFixtures.grid(3), 0, 18 * 3600,
                    order.stream().map(id -> DispatchFixtures.courier(id, 4)).toList());
            Dispatcher d = deterministic(fleet);
            Decision.Assigned x = DispatchFixtures.assigned(one(d, new PickupRequested(DispatchFixtures.pickup("x", 5, EIGHT))));
            assertEquals("a", x.courierId(), "order " + order);
            assertEquals("b", x.alternatives().get(1).courierId());
            assertEquals(x.extraCost(), x.alternatives().get(1).extraCost());
        }
    }

    @Test
    void unservableRequestGetsTheRoutingReason() throws Exception {
        Fleet fleet = new Fleet(DispatchFixtures.grid(3), 0, 18 * 3600, List.of(DispatchFixtures.courier("a", 0)));
        Dispatcher d = deterministic(fleet);
        Pickup skilled = Pickup.builder("s").point(2).window(EIGHT, EIGHT + 3600).requiredSkills("cold").build();
        Decision s = one(d, new PickupRequested(skilled));
        assertEquals(UnassignedReason.SKILLS, DispatchFixtures.unserved(s).reason());
        Pickup big = Pickup.builder("big").point(2).window(EIGHT, EIGHT + 3600).size(500).build();
        assertEquals(UnassignedReason.CAPACITY, DispatchFixtures.unserved(one(d, new PickupRequested(big))).reason());
        DispatchPlan plan = d.currentPlan();
        assertEquals(2, plan.unservedCount());
        assertEquals(-1 - 1, plan.check().mediumScore());
    }

    @Test
    void cancellationRemovesThePlannedStop() throws Exception {
        Dispatcher d = deterministic(DispatchFixtures.fleet(4, 1));
        one(d, new PickupRequested(DispatchFixtures.pickup("x", 3, EIGHT)));
        one(d, new PickupRequested(DispatchFixtures.pickup("y", 5, EIGHT)));
        Decision c = one(d, new PickupCancelled("x", EIGHT));
        assertEquals("cancelled", c.outcome());
        assertEquals(List.of("y"), stops(d.currentPlan(), "k000"));
        assertEquals("cancelled", d.status("x").outcome());
        Decision.Refused again = DispatchFixtures.refused(one(d, new PickupCancelled("x", EIGHT)));
        assertEquals(Decision.RefusalReason.NOT_OPEN, again.reason());
        assertTrue(again.message().contains("The pickup (x) is not open"), again.message());
    }

    @Test
    void drivingToFixesTheStopOutsideTheProblemAndDoneServesIt() throws Exception {
        Dispatcher d = deterministic(DispatchFixtures.fleet(4, 1));
        one(d, new PickupRequested(DispatchFixtures.pickup("x", 3, EIGHT)));
        one(d, new PickupRequested(DispatchFixtures.pickup("y", 12, EIGHT)));
        assertTrue(d.submit(new CourierMoved("k000", 0, EIGHT + 30, "x")).get().isEmpty());
        DispatchPlan plan = d.currentPlan();
        assertEquals("x", plan.fixed().get("k000"));
        assertTrue(plan.problem().pickups().stream().noneMatch(p -> p.id().equals("x")));
        Courier state = plan.problem().couriers().get(0);
        assertEquals(3, state.startPoint());
        assertEquals(EIGHT + 30 + 180 + 120, state.availableSecond());
        assertEquals(1, state.loadOnBoard());
        assertTrue(d.submit(new ArrivedAtStop("k000", "x", EIGHT + 300)).get().isEmpty());
        assertEquals(EIGHT + 300 + 120, d.currentPlan().problem().couriers().get(0).availableSecond());
        Decision done = d.submit(new PickupDone("k000", "x", EIGHT + 400)).get().get(0);
        assertEquals("served", done.outcome());
        DispatchPlan after = d.currentPlan();
        assertNull(after.fixed().get("k000"));
        assertEquals(EIGHT + 400, after.problem().couriers().get(0).availableSecond());
        assertEquals(1, after.problem().couriers().get(0).loadOnBoard());
        assertEquals(List.of("y"), stops(after, "k000"));
        assertTrue(after.check().valid());
        // A pickup never requested, or one not in the courier's plan, is rejected, naming it.
        ExecutionException unknown = assertThrows(ExecutionException.class,
                () -> d.submit(new ArrivedAtStop("k000", "nope", EIGHT + 500)).get());
        assertTrue(unknown.getCause().getMessage().contains("The pickup (nope) was never requested"));
        Pickup skilled = Pickup.builder("z").point(14).window(EIGHT, EIGHT + 3600).requiredSkills("cold").build();
        DispatchFixtures.unserved(one(d, new PickupRequested(skilled)));
        ExecutionException wrong = assertThrows(ExecutionException.class,
                () -> d.submit(new ArrivedAtStop("k000", "z", EIGHT + 500)).get());
        assertTrue(wrong.getCause().getMessage().contains("The pickup (z) is not planned for courier (k000)"),
                wrong.getCause().getMessage());
    }

    @Test
    void positionUpdateMovesAnIdleCourier() throws Exception {
        Dispatcher d = deterministic(DispatchFixtures.fleet(4, 1));
        assertTrue(d.submit(new CourierMoved("k000", 15, EIGHT + 600)).get().isEmpty());
        Courier c = d.currentPlan().problem().couriers().get(0);
        assertEquals(15, c.startPoint());
        assertEquals(EIGHT + 600, c.availableSecond());
        Decision x = one(d, new PickupRequested(DispatchFixtures.pickup("x", 14, EIGHT)));
        assertEquals(EIGHT + 600 + 60, DispatchFixtures.assigned(x).arrivalSecond());
    }

    @Test
    void unavailableCourierHandsItsStopsToTheOthers() throws Exception {
        Fleet fleet = new Fleet(DispatchFixtures.grid(4), 0, 18 * 3600,
                List.of(DispatchFixtures.courier("a", 1), DispatchFixtures.courier("b", 14)));
        Dispatcher d = deterministic(fleet);
        assertEquals("a", DispatchFixtures.assigned(one(d, new PickupRequested(DispatchFixtures.pickup("x", 2, EIGHT)))).courierId());
        assertEquals("a", DispatchFixtures.assigned(one(d, new PickupRequested(DispatchFixtures.pickup("y", 3, EIGHT)))).courierId());
        d.submit(new CourierMoved("a", 1, EIGHT, "x")).get();
        List<Decision> moved = d.submit(new CourierUnavailable("a", EIGHT + 10)).get();
        assertEquals(List.of("x", "y"), moved.stream().map(m -> DispatchFixtures.assigned(m).pickupId()).toList());
        assertTrue(moved.stream().allMatch(m -> DispatchFixtures.assigned(m).courierId().equals("b")), moved.toString());
        DispatchPlan plan = d.currentPlan();
        assertEquals(1, plan.plan().routes().size());
        assertTrue(plan.check().valid());
        assertEquals(Decision.RefusalReason.DUTY, DispatchFixtures.refused(one(d, new CourierMoved("a", 1, EIGHT + 20))).reason());
    }

    @Test
    void addedCourierTakesUnservedRequests() throws Exception {
        Fleet fleet = new Fleet(DispatchFixtures.grid(3), 0, 18 * 3600, List.of());
        Dispatcher d = deterministic(fleet);
        Decision x = one(d, new PickupRequested(DispatchFixtures.pickup("x", 4, EIGHT)));
        assertEquals(UnassignedReason.FLEET_FULL, DispatchFixtures.unserved(x).reason());
        Decision later = one(d, new CourierAdded(DispatchFixtures.courier("a", 0), EIGHT));
        assertEquals("a", DispatchFixtures.assigned(later).courierId());
        assertThrows(ExecutionException.class, () -> d.submit(new CourierAdded(DispatchFixtures.courier("a", 0), EIGHT)).get());
    }

    @Test
    void clockMovesIdleCouriersClosesExpiredRequestsAndNeverGoesBack() throws Exception {
        Fleet fleet = new Fleet(DispatchFixtures.grid(3), 0, 18 * 3600,
                List.of(Courier.builder("a").startPoint(0).available(EIGHT).shiftEnd(18 * 3600).skills("x").build()));
        Dispatcher d = deterministic(fleet);
        Pickup needsY = Pickup.builder("n").point(4).window(EIGHT, EIGHT + 600).requiredSkills("y").build();
        assertEquals("unserved", one(d, new PickupRequested(needsY)).outcome());
        List<Decision> out = d.submit(new ClockAdvanced(EIGHT + 3600)).get();
        assertEquals(1, out.size());
        assertEquals(new Decision.Expired("n", EIGHT + 600, EIGHT + 3600, out.get(0).version()), out.get(0));
        DispatchPlan plan = d.currentPlan();
        assertEquals(EIGHT + 3600, plan.problem().couriers().get(0).availableSecond());
        assertEquals(0, plan.problem().pickups().size());
        Decision.Refused back = DispatchFixtures.refused(one(d, new ClockAdvanced(EIGHT)));
        assertEquals(Decision.RefusalReason.STALE, back.reason());
        assertTrue(back.message().contains("never goes back"), back.message());
    }

    @Test
    void lateCourierLosesStopsItCanNoLongerMake() throws Exception {
        Fleet fleet = new Fleet(DispatchFixtures.grid(4), 0, 18 * 3600,
                List.of(DispatchFixtures.courier("a", 0), DispatchFixtures.courier("b", 15)));
        Dispatcher d = deterministic(fleet);
        Pickup tight = Pickup.builder("t").point(1).window(EIGHT, EIGHT + 240).build();
        assertEquals("a", DispatchFixtures.assigned(one(d, new PickupRequested(tight))).courierId());
        // a reports a position far away, too late for t: t is placed again (b cannot make it either).
        List<Decision> out = d.submit(new CourierMoved("a", 15, EIGHT + 200)).get();
        assertEquals(1, out.size());
        assertNotNull(DispatchFixtures.unserved(out.get(0)).reason());
        assertFalse(d.currentPlan().check().hardScore() < 0);
    }
}
