package dev.outpost.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.dispatch.Decision.RefusalReason;
import dev.outpost.dispatch.DispatchEvent.ArrivedAtStop;
import dev.outpost.dispatch.DispatchEvent.ClockAdvanced;
import dev.outpost.dispatch.DispatchEvent.CourierBreak;
import dev.outpost.dispatch.DispatchEvent.CourierMoved;
import dev.outpost.dispatch.DispatchEvent.CourierOffDuty;
import dev.outpost.dispatch.DispatchEvent.CourierOnDuty;
import dev.outpost.dispatch.DispatchEvent.CourierUnloaded;
import dev.outpost.dispatch.DispatchEvent.PickupAssigned;
import dev.outpost.dispatch.DispatchEvent.PickupCancelled;
import dev.outpost.dispatch.DispatchEvent.PickupDone;
import dev.outpost.dispatch.DispatchEvent.PickupRequested;
import dev.outpost.routing.Courier;
import dev.outpost.routing.CourierRoutePlan;
import dev.outpost.routing.Pickup;
import dev.outpost.routing.RoutingProblem;
import dev.outpost.routing.Stop;
import dev.outpost.routing.UnassignedReason;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The dispatch room's event semantics (issue 17 items 1 and 2): time, staleness, the missing events, outcomes. */
class DispatchRoomTest {

    private static final int EIGHT = 8 * 3600;

    private static Dispatcher deterministic(Fleet fleet) {
        return Dispatcher.create(fleet, DispatcherOptions.deterministic(200, 1).withStartSecond(EIGHT));
    }

    private static List<Decision> all(Dispatcher d, DispatchEvent e) throws Exception {
        return d.submit(e).get();
    }

    private static Decision one(Dispatcher d, DispatchEvent e) throws Exception {
        List<Decision> out = all(d, e);
        assertEquals(1, out.size(), out.toString());
        return out.get(0);
    }

    private static Fleet twoCouriers(int side, Courier a, Courier b) {
        return new Fleet(DispatchFixtures.grid(side), 0, 20 * 3600, List.of(a, b));
    }

    private static Pickup pickup(String id, int point, int release, int windowEnd) {
        return Pickup.builder(id).point(point).window(release, windowEnd).serviceSeconds(120).releaseSecond(release).build();
    }

    // ---- Item 1: time -------------------------------------------------------------------------

    @Test
    void aRequestWithoutAClockEventIsNeverPromisedBeforeItsCall() throws Exception {
        // The case: an 08:00 request was promised 07:41 unless the caller sent the clock first.
        Fleet fleet = new Fleet(DispatchFixtures.grid(5), 0, 20 * 3600, List.of(
                Courier.builder("a").startPoint(0).available(6 * 3600).shiftEnd(18 * 3600).build()));
        Dispatcher d = Dispatcher.create(fleet, DispatcherOptions.deterministic(10, 1));
        Decision.Assigned x = DispatchFixtures.assigned(one(d, new PickupRequested(
                Pickup.builder("x").point(3).window(0, 12 * 3600).serviceSeconds(60).releaseSecond(EIGHT).build())));
        assertEquals(EIGHT + 180, x.arrivalSecond(), x.toString());
        assertEquals(EIGHT, d.courierStatus("a").clockSecond());
    }

    @Test
    void theStartSecondAppliesToTheCouriers() throws Exception {
        Fleet fleet = new Fleet(DispatchFixtures.grid(5), 0, 20 * 3600,
                List.of(Courier.builder("a").startPoint(0).available(0).shiftEnd(18 * 3600).build()));
        Dispatcher d = Dispatcher.create(fleet, DispatcherOptions.deterministic(10, 1).withStartSecond(10 * 3600));
        assertEquals(10 * 3600, d.currentPlan().problem().couriers().get(0).availableSecond());
        Decision.Assigned x = DispatchFixtures.assigned(one(d, new PickupRequested(
                Pickup.builder("x").point(1).window(0, 12 * 3600).releaseSecond(0).build())));
        assertEquals(10 * 3600 + 60, x.arrivalSecond());
    }

    /**
     * Property over 40 seeded random streams of 120 events each (requests, GPS fixes, arrivals,
     * dones, unloads, breaks, cancellations, clock ticks, off/on duty, overrides; times mostly
     * increasing, some late or stale): no answer, and no ETA of a courier's status, is ever
     * before the event that caused it nor before the latest time seen; every request is answered
     * closed at most once; the plan stays valid.
     */
    @Test
    void noPromiseIsEverEarlierThanItsEventOverRandomStreams() throws Exception {
        for (long seed = 1; seed <= 40; seed++) {
            Random random = new Random(seed);
            List<Courier> couriers = new ArrayList<>();
            for (int c = 0; c < 3; c++) {
                couriers.add(Courier.builder("k" + c).startPoint(random.nextInt(36)).available(7 * 3600 + random.nextInt(7200))
                        .shiftEnd(20 * 3600).capacity(2 + random.nextInt(4)).build());
            }
            Dispatcher d = Dispatcher.create(new Fleet(DispatchFixtures.grid(6), 0, 22 * 3600, couriers),
                    DispatcherOptions.deterministic(50, seed));
            int time = 7 * 3600;
            int clock = 0;
            Map<String, Integer> closed = new HashMap<>();
            List<String> requested = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                time += random.nextInt(240);
                // One event in eight is reported late (its time up to 10 minutes back).
                int t = random.nextInt(8) == 0 ? Math.max(0, time - random.nextInt(600)) : time;
                String courier = "k" + random.nextInt(3);
                DispatchEvent e = switch (random.nextInt(11)) {
                    case 0, 1, 2 -> {
                        String id = "p" + i;
                        requested.add(id);
                        yield new PickupRequested(Pickup.builder(id).point(random.nextInt(36))
                                .window(t + random.nextInt(1800), t + 1800 + random.nextInt(7200)).serviceSeconds(60)
                                .size(1).releaseSecond(t).build(), random.nextInt(2) * 1800);
                    }
                    case 3 -> new CourierMoved(courier, random.nextInt(36), t);
                    case 4 -> new ClockAdvanced(t);
                    case 5 -> new CourierUnloaded(courier, t);
                    case 6 -> new CourierBreak(courier, 1 + random.nextInt(20), t);
                    case 7 -> requested.isEmpty() ? new ClockAdvanced(t)
                            : new PickupCancelled(requested.get(random.nextInt(requested.size())), t);
                    case 8 -> random.nextBoolean() ? new CourierOffDuty(courier, t) : new CourierOnDuty(courier, t);
                    case 9 -> requested.isEmpty() ? new ClockAdvanced(t)
                            : new PickupAssigned(requested.get(random.nextInt(requested.size())), courier, random.nextBoolean(), t);
                    default -> {
                        // The courier reports its next stop: arrived, or done.
                        CourierStatus s = d.courierStatus(courier);
                        if (s.stops().isEmpty()) {
                            yield new ClockAdvanced(t);
                        }
                        String stop = s.stops().get(0).pickupId();
                        yield random.nextBoolean() ? new ArrivedAtStop(courier, stop, t) : new PickupDone(courier, stop, t);
                    }
                };
                List<Decision> out;
                try {
                    out = d.submit(e).get();
                } catch (java.util.concurrent.ExecutionException ex) {
                    // Malformed for this state (an arrival at a stop now planned elsewhere): changes nothing.
                    assertEquals(clock, d.courierStatus("k0").clockSecond(), "seed " + seed + " " + e + ": " + ex.getCause());
                    continue;
                }
                // Refused for its time or the state it names, an event leaves the clock; an override refused for a
                // routing reason is judged at its time (the clock moved first).
                boolean refused = out.size() == 1 && out.get(0) instanceof Decision.Refused r
                        && EnumSet.of(RefusalReason.STALE, RefusalReason.OUT_OF_ORDER, RefusalReason.BEYOND_LIMIT,
                                RefusalReason.NOT_OPEN, RefusalReason.DUTY, RefusalReason.BUSY).contains(r.reason());
                if (!refused) {
                    clock = Math.max(clock, e.second());
                }
                for (Decision x : out) {
                    if (x instanceof Decision.Assigned a) {
                        assertTrue(a.arrivalSecond() >= clock, "seed " + seed + " event " + e + ": " + a + " before clock " + clock);
                        for (Decision.Alternative alt : a.alternatives()) {
                            assertTrue(alt.arrivalSecond() >= clock, "seed " + seed + ": " + alt);
                        }
                    } else if (x instanceof Decision.Expired || x instanceof Decision.Served || x instanceof Decision.Cancelled) {
                        String id = DispatchFixtures.pickupId(x);
                        assertFalse(closed.containsKey(id), "seed " + seed + ": " + id + " closed twice, again by " + e);
                        closed.put(id, i);
                    }
                }
                for (int c = 0; c < 3; c++) {
                    CourierStatus s = d.courierStatus("k" + c);
                    assertEquals(clock, s.clockSecond(), "seed " + seed + " after " + e + " -> " + out);
                    for (CourierStatus.StopEta eta : s.stops()) {
                        assertTrue(eta.arrivalSecond() >= clock || eta.fixed(), "seed " + seed + " " + s);
                    }
                }
            }
            DispatchPlan plan = d.currentPlan();
            assertTrue(plan.check().valid(), "seed " + seed + ": " + plan.check().violations());
            d.reoptimise();
            assertTrue(d.currentPlan().check().valid(), "seed " + seed);
        }
    }

    @Test
    void staleAndOutOfOrderEventsAreRefusedWithAReasonAndChangeNothing() throws Exception {
        Fleet fleet = twoCouriers(5, DispatchFixtures.courier("a", 0), DispatchFixtures.courier("b", 24));
        Dispatcher d = deterministic(fleet);
        DispatchFixtures.assigned(one(d, new PickupRequested(pickup("x", 2, EIGHT, 12 * 3600))));
        all(d, new CourierMoved("a", 1, EIGHT + 600));
        all(d, new ClockAdvanced(10 * 3600));
        long version = d.currentPlan().version();
        String before = d.currentPlan().describe();

        // A GPS fix older than the courier's last one, or than the clock (the 100 s with the clock at 10:00).
        Decision.Refused older = DispatchFixtures.refused(one(d, new CourierMoved("a", 3, EIGHT + 300)));
        assertEquals(RefusalReason.STALE, older.reason());
        assertTrue(older.message().contains("older than the courier's last report (" + (EIGHT + 600) + ")"), older.message());
        Decision.Refused behindClock = DispatchFixtures.refused(one(d, new CourierMoved("b", 3, 100)));
        assertEquals(RefusalReason.STALE, behindClock.reason());
        assertTrue(behindClock.message().contains("older than the dispatcher's clock (36000)"), behindClock.message());
        // The clock going back.
        assertEquals(RefusalReason.STALE, DispatchFixtures.refused(one(d, new ClockAdvanced(9 * 3600))).reason());
        // A time beyond the model's limit, named.
        Decision.Refused beyond = DispatchFixtures.refused(one(d, new ClockAdvanced(RoutingProblem.LATEST_SECOND + 1)));
        assertEquals(RefusalReason.BEYOND_LIMIT, beyond.reason());
        assertTrue(beyond.message().contains("RoutingProblem.LATEST_SECOND"), beyond.message());
        assertEquals(version, d.currentPlan().version());
        assertEquals(before, d.currentPlan().describe());

        // A done before its own arrival: out of order.
        all(d, new ArrivedAtStop("a", "x", 10 * 3600 + 100));
        Decision.Refused early = DispatchFixtures.refused(one(d, new PickupDone("a", "x", 10 * 3600 + 50)));
        assertEquals(RefusalReason.OUT_OF_ORDER, early.reason());
        assertEquals("served", one(d, new PickupDone("a", "x", 10 * 3600 + 300)).outcome());
        // A late-reported request is not refused: it is answered at the clock.
        Decision.Assigned late = DispatchFixtures.assigned(one(d, new PickupRequested(pickup("y", 7, EIGHT, 12 * 3600))));
        assertTrue(late.arrivalSecond() >= 10 * 3600 + 300, late.toString());
        // A second done of a served pickup: not open.
        Decision.Refused doneAgain = DispatchFixtures.refused(one(d, new PickupDone("a", "x", 10 * 3600 + 500)));
        assertEquals(RefusalReason.NOT_OPEN, doneAgain.reason());
    }

    @Test
    void aDoneBeforeItsArrivalIsOutOfOrder() throws Exception {
        Fleet fleet = new Fleet(DispatchFixtures.grid(5), 0, 20 * 3600, List.of(DispatchFixtures.courier("a", 0)));
        Dispatcher d = deterministic(fleet);
        one(d, new PickupRequested(pickup("x", 2, EIGHT, EIGHT + 7200)));
        all(d, new ArrivedAtStop("a", "x", EIGHT + 200));
        Decision.Refused r = DispatchFixtures.refused(one(d, new PickupDone("a", "x", EIGHT + 100)));
        assertEquals(RefusalReason.OUT_OF_ORDER, r.reason());
        assertTrue(r.message().contains("before the courier's arrival at it (" + (EIGHT + 200) + ")"), r.message());
        // A GPS fix after the arrival, then a done older than the fix: stale for the courier.
        all(d, new CourierMoved("a", 2, EIGHT + 300));
        assertEquals(RefusalReason.STALE, DispatchFixtures.refused(one(d, new PickupDone("a", "x", EIGHT + 250))).reason());
        assertEquals("served", one(d, new PickupDone("a", "x", EIGHT + 320)).outcome());
    }

    @Test
    void aClockJumpGivesEachOpenPickupThatCanNoLongerBeServedExactlyOneExpiredAnswer() throws Exception {
        Fleet fleet = new Fleet(DispatchFixtures.grid(5), 0, 20 * 3600, List.of(DispatchFixtures.courier("a", 0)));
        Dispatcher d = deterministic(fleet);
        // Planned (p1, p2), pooled (p3 needs a skill nobody has), and one that stays servable (p4).
        one(d, new PickupRequested(pickup("p1", 6, EIGHT, EIGHT + 1800)));
        one(d, new PickupRequested(pickup("p2", 12, EIGHT, EIGHT + 3600)));
        one(d, new PickupRequested(Pickup.builder("p3").point(3).window(EIGHT, EIGHT + 1200).requiredSkills("cold")
                .releaseSecond(EIGHT).build()));
        one(d, new PickupRequested(pickup("p4", 18, EIGHT, 14 * 3600)));
        List<Decision> jump = all(d, new ClockAdvanced(11 * 3600));
        Map<String, Integer> answers = new HashMap<>();
        for (Decision x : jump) {
            answers.merge(DispatchFixtures.pickupId(x), 1, Integer::sum);
            if (x instanceof Decision.Assigned a) {
                assertTrue(a.arrivalSecond() >= 11 * 3600, "an assignment in the past: " + a);
            }
        }
        for (String id : List.of("p1", "p2", "p3")) {
            assertEquals(1, answers.get(id), id + " in " + jump);
            assertTrue(jump.stream().anyMatch(x -> x instanceof Decision.Expired e && e.pickupId().equals(id)
                    && e.clockSecond() == 11 * 3600), id + " in " + jump);
            assertEquals("expired", d.status(id).outcome());
        }
        assertTrue(answers.getOrDefault("p4", 0) <= 1, jump.toString());
        // Later events never answer them again.
        List<Decision> later = new ArrayList<>(all(d, new ClockAdvanced(12 * 3600)));
        later.addAll(all(d, new CourierMoved("a", 5, 12 * 3600 + 60)));
        later.addAll(all(d, new PickupRequested(pickup("p5", 7, 12 * 3600, 15 * 3600))));
        assertTrue(later.stream().noneMatch(x -> List.of("p1", "p2", "p3").contains(DispatchFixtures.pickupId(x))), later.toString());
        // An expired request cannot be cancelled: refused, not open.
        assertEquals(RefusalReason.NOT_OPEN, DispatchFixtures.refused(one(d, new PickupCancelled("p1", 12 * 3600 + 60))).reason());
        assertTrue(d.currentPlan().check().valid());
    }

    @Test
    void theDayHelperCountsFromTheFirstDayAndNamesWhatIsOutOfRange() {
        assertEquals(3600, DispatchEvent.secondOf(1, 3600));
        assertEquals(86_400 + 3600, DispatchEvent.secondOf(2, 3600));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DispatchEvent.secondOf(1, 86_400)).getMessage()
                .contains("time of day (86400 s)"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DispatchEvent.secondOf(0, 0)).getMessage().contains("day (0)"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new ClockAdvanced(-1)).getMessage().contains("negative"));
    }

    // ---- Item 2: the missing events ---------------------------------------------------------

    @Test
    void capacityTwoWithDoneAndUnloadServesEveryRequest() throws Exception {
        Courier small = Courier.builder("a").startPoint(0).available(EIGHT).shiftEnd(18 * 3600).capacity(2).build();
        Dispatcher d = deterministic(new Fleet(DispatchFixtures.grid(5), 0, 20 * 3600, List.of(small)));
        int t = EIGHT;
        int served = 0;
        for (int round = 0; round < 3; round++) {
            String first = "r" + round + "a";
            String second = "r" + round + "b";
            one(d, new PickupRequested(pickup(first, 1 + round, t, 16 * 3600)));
            one(d, new PickupRequested(pickup(second, 5 + round, t, 16 * 3600)));
            for (int k = 0; k < 2; k++) {
                CourierStatus s = d.courierStatus("a");
                String id = s.stops().get(0).pickupId();
                assertTrue(List.of(first, second).contains(id), s.toString());
                t = Math.max(t, s.stops().get(0).departureSecond());
                assertEquals("served", all(d, new PickupDone("a", id, t)).get(0).outcome());
                served++;
            }
            assertEquals(2, d.courierStatus("a").load());
            // Full: a third request does not fit before the courier unloads (the 66-70 of 1,000).
            String third = "r" + round + "c";
            assertEquals(UnassignedReason.CAPACITY,
                    DispatchFixtures.unserved(one(d, new PickupRequested(pickup(third, 10, t, 17 * 3600)))).reason());
            t += 600;
            // Unload at the hub: load back to zero, and the pooled request is offered at once.
            List<Decision> unload = all(d, new CourierUnloaded("a", t));
            assertEquals(0, d.courierStatus("a").load());
            assertEquals(0, d.courierStatus("a").point());
            assertEquals(List.of(third), unload.stream().map(DispatchFixtures::pickupId).toList());
            DispatchFixtures.assigned(unload.get(0));
            CourierStatus s = d.courierStatus("a");
            t = Math.max(t, s.stops().get(0).departureSecond());
            assertEquals("served", all(d, new PickupDone("a", third, t)).get(0).outcome());
            served++;
            t += 600;
            all(d, new CourierUnloaded("a", t));
        }
        assertEquals(9, served);
        assertTrue(d.currentPlan().check().valid());
        assertEquals(0, d.currentPlan().unservedCount());
    }

    @Test
    void unloadWhileDrivingToAPickupIsRefused() throws Exception {
        Dispatcher d = deterministic(new Fleet(DispatchFixtures.grid(5), 0, 20 * 3600, List.of(DispatchFixtures.courier("a", 0))));
        one(d, new PickupRequested(pickup("x", 3, EIGHT, 12 * 3600)));
        all(d, new CourierMoved("a", 0, EIGHT + 10, "x"));
        assertEquals(RefusalReason.BUSY, DispatchFixtures.refused(one(d, new CourierUnloaded("a", EIGHT + 20))).reason());
    }

    @Test
    void offDutyRePlacesItsOpenPickupsAndClosesItsRouteAtTheHub() throws Exception {
        Fleet fleet = twoCouriers(5, DispatchFixtures.courier("a", 6), DispatchFixtures.courier("b", 24));
        Dispatcher d = deterministic(fleet);
        assertEquals("a", DispatchFixtures.assigned(one(d, new PickupRequested(pickup("x", 7, EIGHT, 12 * 3600)))).courierId());
        assertEquals("a", DispatchFixtures.assigned(one(d, new PickupRequested(pickup("y", 8, EIGHT, 12 * 3600)))).courierId());
        all(d, new CourierMoved("a", 6, EIGHT + 30, "x"));
        List<Decision> off = all(d, new CourierOffDuty("a", EIGHT + 60));
        assertEquals(List.of("x", "y"), off.stream().map(DispatchFixtures::pickupId).toList());
        for (Decision x : off) {
            assertEquals("b", DispatchFixtures.assigned(x).courierId());
        }
        CourierStatus a = d.courierStatus("a");
        assertEquals(CourierStatus.Duty.OFF_DUTY, a.duty());
        assertTrue(a.stops().isEmpty());
        assertEquals(0, a.point(), "closed at the hub");
        // From point 6 (1 east, 1 south) to the hub: 2 blocks.
        assertEquals(EIGHT + 60 + 120, a.hubArrivalSecond());
        assertEquals(0, a.load());
        DispatchPlan plan = d.currentPlan();
        assertTrue(plan.check().valid(), plan.check().violations().toString());
        assertTrue(plan.plan().routes().stream().noneMatch(r -> r.courierId().equals("a")));
        // Off duty: its reports are refused; it comes back on duty at the hub and takes new work.
        assertEquals(RefusalReason.DUTY, DispatchFixtures.refused(one(d, new CourierMoved("a", 1, EIGHT + 90))).reason());
        assertEquals(RefusalReason.DUTY, DispatchFixtures.refused(one(d, new CourierOffDuty("a", EIGHT + 90))).reason());
        assertTrue(all(d, new CourierOnDuty("a", EIGHT + 600)).isEmpty());
        assertEquals(CourierStatus.Duty.ON_DUTY, d.courierStatus("a").duty());
        assertEquals(RefusalReason.DUTY, DispatchFixtures.refused(one(d, new CourierOnDuty("a", EIGHT + 700))).reason());
        Decision.Assigned z = DispatchFixtures.assigned(one(d, new PickupRequested(pickup("z", 1, EIGHT + 700, 12 * 3600))));
        assertEquals("a", z.courierId());
        assertEquals(EIGHT + 700 + 60, z.arrivalSecond());
    }

    @Test
    void aBreakDelaysTheCouriersNextStart() throws Exception {
        Dispatcher d = deterministic(new Fleet(DispatchFixtures.grid(5), 0, 20 * 3600, List.of(DispatchFixtures.courier("a", 0))));
        all(d, new CourierBreak("a", 30, EIGHT + 60));
        Decision.Assigned x = DispatchFixtures.assigned(one(d, new PickupRequested(pickup("x", 1, EIGHT + 120, 12 * 3600))));
        assertEquals(EIGHT + 60 + 1800 + 60, x.arrivalSecond());
        // A GPS fix during the break does not end it.
        all(d, new CourierMoved("a", 0, EIGHT + 600));
        assertEquals(EIGHT + 60 + 1800, d.courierStatus("a").freeSecond());
        // A break while driving to a pickup starts once that pickup is done.
        all(d, new CourierMoved("a", 0, EIGHT + 1900, "x"));
        all(d, new CourierBreak("a", 10, EIGHT + 1910));
        all(d, new PickupDone("a", "x", EIGHT + 2100));
        assertEquals(EIGHT + 2100 + 600, d.courierStatus("a").freeSecond());
    }

    @Test
    void anOverrideReportsLatenessOrARefusalByReasonAndAPinHoldsUnderReoptimisation() throws Exception {
        Courier near = DispatchFixtures.courier("a", 0);
        Courier far = Courier.builder("b").startPoint(24).available(EIGHT).shiftEnd(18 * 3600).capacity(1).skills("van").build();
        Dispatcher d = deterministic(twoCouriers(5, near, far));
        Decision.Assigned x = DispatchFixtures.assigned(one(d, new PickupRequested(
                Pickup.builder("x").point(1).window(EIGHT, 12 * 3600).serviceSeconds(60).releaseSecond(EIGHT).build(), 300)));
        assertEquals("a", x.courierId());
        assertEquals(0, x.lateSeconds());
        // Give x to the far courier b: 7 blocks (420 s) instead of 1, 120 s past the 300 s target.
        Decision.Assigned moved = DispatchFixtures.assigned(one(d, new PickupAssigned("x", "b", true, EIGHT)));
        assertEquals("b", moved.courierId());
        assertEquals(EIGHT + 420, moved.arrivalSecond());
        assertEquals(120, moved.lateSeconds());
        assertFalse(moved.withinResponseTarget());
        assertEquals("b", DispatchFixtures.assigned(d.status("x")).courierId());
        // Pinned: re-optimisation would rather give it back to a, but never moves it.
        for (int round = 0; round < 3; round++) {
            d.reoptimise();
        }
        assertEquals("b", DispatchFixtures.assigned(d.status("x")).courierId());
        assertTrue(d.currentPlan().check().valid());

        // Refusals by reason; nothing changes.
        one(d, new PickupRequested(Pickup.builder("cold").point(2).window(EIGHT, 12 * 3600).requiredSkills("van")
                .releaseSecond(EIGHT).build()));
        Decision.Refused skills = DispatchFixtures.refused(one(d, new PickupAssigned("cold", "a", false, EIGHT)));
        assertEquals(RefusalReason.SKILLS, skills.reason());
        assertTrue(skills.message().contains("The courier (a) cannot take pickup (cold)"), skills.message());
        one(d, new PickupRequested(pickup("y", 3, EIGHT, 12 * 3600)));
        assertEquals(RefusalReason.CAPACITY, DispatchFixtures.refused(one(d, new PickupAssigned("y", "b", false, EIGHT))).reason());
        one(d, new PickupRequested(pickup("soon", 23, EIGHT, EIGHT + 200)));
        assertEquals(RefusalReason.TIME_WINDOW, DispatchFixtures.refused(one(d, new PickupAssigned("soon", "a", false, EIGHT))).reason());
        assertEquals("b", DispatchFixtures.assigned(d.status("x")).courierId());
    }

    @Test
    void aCouriersStatusGivesTheCurrentEtaToEveryStopAsThePlanHasIt() throws Exception {
        Dispatcher d = deterministic(new Fleet(DispatchFixtures.grid(5), 0, 20 * 3600, List.of(DispatchFixtures.courier("a", 0))));
        for (int i = 1; i <= 4; i++) {
            one(d, new PickupRequested(pickup("s" + i, i * 5, EIGHT, 14 * 3600)));
        }
        all(d, new CourierMoved("a", 0, EIGHT + 30, d.courierStatus("a").stops().get(0).pickupId()));
        CourierStatus s = d.courierStatus("a");
        assertEquals(4, s.stops().size());
        assertTrue(s.stops().get(0).fixed());
        DispatchPlan plan = d.currentPlan();
        CourierRoutePlan route = plan.plan().routes().get(0);
        for (int i = 0; i < route.stops().size(); i++) {
            Stop stop = route.stops().get(i);
            CourierStatus.StopEta eta = s.stops().get(i + 1);
            assertEquals(stop.pickupId(), eta.pickupId());
            assertEquals(stop.arrivalSecond(), eta.arrivalSecond());
            assertEquals(stop.departureSecond(), eta.departureSecond());
        }
        assertEquals(route.hubArrivalSecond(), s.hubArrivalSecond());
        // The fixed stop: 30 s + the drive + 120 s of service, and the next stop leaves from there.
        CourierStatus.StopEta fixed = s.stops().get(0);
        assertEquals(fixed.departureSecond(), plan.problem().couriers().get(0).availableSecond());
        assertThrows(IllegalArgumentException.class, () -> d.courierStatus("nobody"));
    }

    @Test
    void aRequestsAnswerListsTheRankedAlternatives() throws Exception {
        List<Courier> couriers = List.of(DispatchFixtures.courier("far", 24), DispatchFixtures.courier("near", 0),
                DispatchFixtures.courier("mid", 12), DispatchFixtures.courier("mid2", 12));
        Fleet fleet = new Fleet(DispatchFixtures.grid(5), 0, 20 * 3600, couriers);
        Dispatcher d = deterministic(fleet);
        Decision.Assigned x = DispatchFixtures.assigned(one(d, new PickupRequested(pickup("x", 1, EIGHT, 12 * 3600))));
        assertEquals(List.of("near", "mid", "mid2", "far"), x.alternatives().stream().map(Decision.Alternative::courierId).toList());
        assertEquals(List.of(EIGHT + 60, EIGHT + 180, EIGHT + 180, EIGHT + 420),
                x.alternatives().stream().map(Decision.Alternative::arrivalSecond).toList());
        for (int i = 1; i < x.alternatives().size(); i++) {
            assertTrue(x.alternatives().get(i - 1).extraCost() <= x.alternatives().get(i).extraCost(), x.toString());
        }
        assertEquals(x.courierId(), x.alternatives().get(0).courierId());
        assertEquals(x.extraCost(), x.alternatives().get(0).extraCost());
        // At most the options' count.
        Dispatcher two = Dispatcher.create(fleet, DispatcherOptions.deterministic(10, 1).withStartSecond(EIGHT).withAlternatives(2));
        assertEquals(2, DispatchFixtures.assigned(one(two, new PickupRequested(pickup("x", 1, EIGHT, 12 * 3600)))).alternatives().size());
    }

    @Test
    void aCourierWithALoadAboveItsCapacityIsRejected() {
        Courier over = Courier.builder("o").startPoint(0).capacity(2).loadOnBoard(3).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Dispatcher.create(new Fleet(DispatchFixtures.grid(3), 0, 20 * 3600, List.of(over)), DispatcherOptions.deterministic(1, 1)));
        assertTrue(e.getMessage().contains("The courier (o) loadOnBoard (3) is above its capacity (2)"), e.getMessage());
    }

    @Test
    void theLiveDispatcherAnswersRefusalsAndCourierStatusOnItsWriterThread() throws Exception {
        Fleet fleet = new Fleet(DispatchFixtures.grid(5), 0, 20 * 3600, List.of(DispatchFixtures.courier("a", 0)));
        try (Dispatcher d = Dispatcher.create(fleet, DispatcherOptions.live().withStartSecond(EIGHT))) {
            Decision.Assigned x = DispatchFixtures.assigned(d.submit(new PickupRequested(pickup("x", 2, EIGHT + 60, 12 * 3600)))
                    .get().get(0));
            assertEquals(EIGHT + 60 + 120, x.arrivalSecond());
            Decision.Refused stale = DispatchFixtures.refused(d.submit(new CourierMoved("a", 1, EIGHT)).get().get(0));
            assertEquals(RefusalReason.STALE, stale.reason());
            CourierStatus s = d.courierStatus("a");
            assertEquals(EIGHT + 60, s.clockSecond());
            assertEquals(List.of("x"), s.stops().stream().map(CourierStatus.StopEta::pickupId).toList());
            assertEquals(x.arrivalSecond(), s.stops().get(0).arrivalSecond());
            java.util.concurrent.ExecutionException unknown = assertThrows(java.util.concurrent.ExecutionException.class,
                    () -> d.submit(new CourierUnloaded("nobody", EIGHT + 60)).get());
            assertTrue(unknown.getCause().getMessage().contains("The courier (nobody) is not in the fleet"));
            assertThrows(IllegalArgumentException.class, () -> d.courierStatus("nobody"));
        }
    }

    @Test
    void aPinEndsWhenItsCourierGoesOffDutyAndTheNextCourierReportsItsOwnArrival() throws Exception {
        Fleet fleet = twoCouriers(5, DispatchFixtures.courier("a", 0), DispatchFixtures.courier("b", 24));
        Dispatcher d = deterministic(fleet);
        one(d, new PickupRequested(pickup("x", 12, EIGHT, 12 * 3600)));
        assertEquals("b", DispatchFixtures.assigned(one(d, new PickupAssigned("x", "b", true, EIGHT))).courierId());
        all(d, new ArrivedAtStop("b", "x", EIGHT + 900));
        Decision.Assigned again = DispatchFixtures.assigned(one(d, new CourierOffDuty("b", EIGHT + 950)));
        assertEquals("a", again.courierId());
        d.reoptimise();
        assertEquals("a", DispatchFixtures.assigned(d.status("x")).courierId());
        // b's arrival was b's: a done by a reported with a time before it (a late report) is not out of order.
        assertEquals("served", one(d, new PickupDone("a", "x", EIGHT + 890)).outcome());
    }
}
