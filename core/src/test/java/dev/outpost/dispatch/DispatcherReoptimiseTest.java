package dev.outpost.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.dispatch.DispatchEvent.CourierMoved;
import dev.outpost.dispatch.DispatchEvent.PickupCancelled;
import dev.outpost.dispatch.DispatchEvent.PickupDone;
import dev.outpost.dispatch.DispatchEvent.PickupRequested;
import dev.outpost.routing.CourierRoutePlan;
import dev.outpost.routing.Pickup;
import dev.outpost.routing.RoutePlan;
import dev.outpost.routing.RoutingProblem;
import dev.outpost.routing.RoutingSolver;
import dev.outpost.routing.Stop;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DispatcherReoptimiseTest {

    private static final int EIGHT = 8 * 3600;

    private static Set<String> routed(DispatchPlan plan) {
        Set<String> ids = new HashSet<>();
        for (CourierRoutePlan r : plan.plan().routes()) {
            r.stops().forEach(s -> ids.add(s.pickupId()));
        }
        return ids;
    }

    /** Runs a fixed stream of 60 requests with a re-optimisation every 10 and some progress; returns every plan text. */
    private static List<String> run(long seed) throws Exception {
        return run(DispatcherOptions.deterministic(300, seed));
    }

    private static List<String> run(DispatcherOptions options) throws Exception {
        Dispatcher d = Dispatcher.create(DispatchFixtures.fleet(8, 5), options.withStartSecond(EIGHT));
        List<String> texts = new ArrayList<>();
        d.addPlanListener(p -> texts.add(p.describe()));
        List<Pickup> requests = DispatchFixtures.requests(60, 64, 7);
        for (int i = 0; i < requests.size(); i++) {
            for (Decision x : d.submit(new PickupRequested(requests.get(i))).get()) {
                texts.add(x.toString());
            }
            if (i % 10 == 9) {
                d.reoptimise();
            }
        }
        texts.add(d.shutdown().describe());
        return texts;
    }

    @Test
    void deterministicModeGivesTheSamePlansByteForByteInTenRuns() throws Exception {
        List<String> first = run(3);
        assertTrue(first.stream().anyMatch(t -> t.contains("REOPTIMISED")), "re-optimisation never improved; the test would prove little");
        for (int i = 1; i < 10; i++) {
            assertEquals(first, run(3), "run " + i);
        }
    }

    @Test
    void roundsWithoutNearbySelectionAsInLiveModeImproveValidPlansReproducibly() throws Exception {
        DispatcherOptions uniform = DispatcherOptions.deterministic(300, 3);
        uniform = uniform.withRouting(uniform.routing().withNearbySelection(DispatcherOptions.live().routing().nearbySelection()));
        assertFalse(uniform.routing().nearbySelection());
        List<String> first = run(uniform);
        assertTrue(first.stream().anyMatch(t -> t.contains("REOPTIMISED")), "re-optimisation never improved");
        assertEquals(first, run(uniform));
        assertTrue(first.get(first.size() - 1).contains("check hard 0 "), first.get(first.size() - 1));
    }

    @Test
    void fixedPastNeverMovesUnderReoptimisation() throws Exception {
        Dispatcher d = Dispatcher.create(DispatchFixtures.fleet(8, 3), DispatcherOptions.deterministic(500, 1)
                .withStartSecond(EIGHT));
        List<Pickup> requests = DispatchFixtures.booked(40, 64, 11);
        for (Pickup p : requests) {
            d.submit(new PickupRequested(p)).get();
        }
        // Each courier: drive to its first stop and finish it, then drive to its next one (fixed). The
        // events go in time order (the dispatcher refuses a position older than its clock).
        DispatchPlan plan = d.currentPlan();
        List<String> done = new ArrayList<>();
        List<String> driving = new ArrayList<>();
        List<CourierRoutePlan> busy = new ArrayList<>();
        for (CourierRoutePlan r : plan.plan().routes()) {
            if (r.stops().size() >= 2) {
                busy.add(r);
                Stop first = r.stops().get(0);
                d.submit(new CourierMoved(r.courierId(), plan.problem().couriers().get(r.courierIndex()).startPoint(), EIGHT,
                        first.pickupId())).get();
            }
        }
        busy.sort(java.util.Comparator.comparingInt(r -> r.stops().get(0).departureSecond()));
        for (CourierRoutePlan r : busy) {
            Stop first = r.stops().get(0);
            Pickup p = plan.problem().pickups().get(first.pickupIndex());
            assertEquals("served", d.submit(new PickupDone(r.courierId(), first.pickupId(), first.departureSecond())).get()
                    .get(0).outcome());
            done.add(first.pickupId());
            List<CourierStatus.StopEta> stops = d.courierStatus(r.courierId()).stops();
            if (!stops.isEmpty()) {
                String next = stops.get(0).pickupId();
                assertTrue(d.submit(new CourierMoved(r.courierId(), p.point(), first.departureSecond(), next)).get().stream()
                        .noneMatch(x -> x instanceof Decision.Refused), next);
                driving.add(r.courierId() + "->" + next);
            }
        }
        assertFalse(driving.isEmpty());
        List<DispatchPlan> published = new ArrayList<>();
        d.addPlanListener(published::add);
        for (int round = 0; round < 5; round++) {
            d.reoptimise();
        }
        assertFalse(published.isEmpty(), "no improvement published; the test would prove little");
        for (DispatchPlan p : published) {
            assertTrue(p.check().valid(), p.check().violations().toString());
            List<String> fixed = new ArrayList<>();
            p.fixed().forEach((k, v) -> fixed.add(k + "->" + v));
            fixed.sort(null);
            List<String> expected = new ArrayList<>(driving);
            expected.sort(null);
            assertEquals(expected, fixed);
            Set<String> inProblem = new HashSet<>();
            p.problem().pickups().forEach(x -> inProblem.add(x.id()));
            for (String id : done) {
                assertFalse(inProblem.contains(id), id + " is done but back in the problem");
            }
            for (String f : p.fixed().values()) {
                assertFalse(inProblem.contains(f), f + " is fixed but movable");
            }
        }
        for (String id : done) {
            assertEquals("served", d.status(id).outcome());
        }
    }

    @Test
    void resultOfAnOlderVersionIsMergedNeverPublishedStale() throws Exception {
        Fleet fleet = DispatchFixtures.fleet(8, 4);
        DispatchState state = new DispatchState(fleet, DispatcherOptions.deterministic(400, 5).routing(), EIGHT);
        List<Pickup> requests = DispatchFixtures.booked(40, 64, 13);
        for (Pickup p : requests.subList(0, 30)) {
            state.apply(new PickupRequested(p));
        }
        DispatchState.Snapshot snapshot = state.snapshot();
        RoutingProblem problem = new RoutingProblem(snapshot.couriers(), snapshot.pickups(), 0, 18 * 3600, fleet.travel());
        RoutingSolver solver = RoutingSolver.create(DispatcherOptions.deterministic(400, 5).routing());
        RoutePlan result = solver.solve(problem, RoutingSolver.evaluate(problem, solver.options(), snapshot.routes()));
        // Events after the snapshot: a cancellation and new requests.
        String cancelled = requests.get(0).id();
        state.apply(new PickupCancelled(cancelled, EIGHT));
        for (Pickup p : requests.subList(30, 40)) {
            state.apply(new PickupRequested(p));
        }
        long version = state.version();
        Optional<DispatchPlan> merged = state.accept(snapshot, result);
        assertTrue(merged.isPresent(), "the merged plan should improve on insertion alone here");
        DispatchPlan plan = merged.get();
        assertEquals(version + 1, plan.version());
        assertTrue(plan.check().valid(), plan.check().violations().toString());
        assertFalse(routed(plan).contains(cancelled));
        for (Pickup p : requests.subList(30, 40)) {
            assertTrue(routed(plan).contains(p.id()) || plan.plan().unassigned().stream().anyMatch(u -> u.pickupId().equals(p.id())));
        }
        assertEquals(plan.describe().replace("INSERTION", "REOPTIMISED"),
                state.plan().describe().replace("INSERTION", "REOPTIMISED"), "the adopted plan is the state's plan");
        // The same result again is no longer better: discarded.
        assertTrue(state.accept(snapshot, result).isEmpty());
    }

    /**
     * Ten requests and a GPS fix on a live dispatcher whose rounds are counted: with background
     * rounds on (the control) a round runs; with them off none does within a second (the control's
     * first round comes within milliseconds of its requests), while every event is still answered
     * and the final plan holds every request.
     */
    @Test
    void aLiveDispatcherWithoutBackgroundRoundsAnswersEveryEventAndRunsNoRound() throws Exception {
        DispatcherOptions live = DispatcherOptions.live();
        DispatcherOptions shortRounds = live.withRouting(live.routing().withTimeLimit(java.time.Duration.ofMillis(200)))
                .withStartSecond(EIGHT);
        assertTrue(shortRounds.backgroundRounds(), "on by default");
        for (boolean on : new boolean[] {true, false}) {
            AtomicInteger rounds = new AtomicInteger();
            CountDownLatch firstRound = new CountDownLatch(1);
            Dispatcher.RoundRunner counting = (solver, problem, start) -> {
                rounds.incrementAndGet();
                firstRound.countDown();
                return solver.solve(problem, start);
            };
            Dispatcher d = Dispatcher.create(DispatchFixtures.fleet(6, 3), shortRounds.withBackgroundRounds(on), counting);
            try {
                for (Pickup p : DispatchFixtures.booked(10, 36, 5)) {
                    assertInstanceOf(Decision.Assigned.class, d.submit(new PickupRequested(p)).get(20, TimeUnit.SECONDS).get(0));
                }
                assertTrue(d.submit(new CourierMoved("k001", 20, EIGHT, null)).get(20, TimeUnit.SECONDS).isEmpty(),
                        "a fix is answered");
                assertEquals(20, d.courierStatus("k001").point(), "the fix is applied");
                assertEquals(10, routed(d.currentPlan()).size());
                assertEquals(on, firstRound.await(on ? 20 : 1, TimeUnit.SECONDS), "a round ran (background rounds " + on + ")");
            } finally {
                DispatchPlan last = d.shutdown();
                assertEquals(10, routed(last).size());
            }
            assertEquals(on, rounds.get() > 0);
            assertTrue(d.health() instanceof DispatcherHealth.Stopped, d.health().toString());
        }
    }
}
