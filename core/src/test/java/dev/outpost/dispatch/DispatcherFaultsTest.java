package dev.outpost.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.outpost.check.PlanChecker;
import dev.outpost.dispatch.DispatchEvent.PickupRequested;
import dev.outpost.model.CoordinateSystem;
import dev.outpost.model.Location;
import dev.outpost.routing.Courier;
import dev.outpost.routing.Pickup;
import dev.outpost.travel.TravelModel;
import dev.outpost.travel.TravelPoint;
import dev.outpost.travel.TravelTimes;
import dev.outpost.travel.road.ContractionHierarchy;
import dev.outpost.travel.road.NodeSnapper;
import dev.outpost.travel.road.RoadNetwork;
import dev.outpost.travel.road.RoadTravelModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Faults contained: each failure injected (the solver throws, a travel model throws, a plan
 * listener throws, the writer thread dies) leaves the dispatcher answering, the last good plan
 * published and valid by {@link PlanChecker}, and {@link Dispatcher#health()} telling; a request
 * at a swapped coordinate is refused with its location named and the next 100 requests work.
 */
class DispatcherFaultsTest {

    private static final int EIGHT = 8 * 3600;

    /** Every dispatcher a test made: shut down after it, so that a failed test leaves no threads to the next. */
    private final List<Dispatcher> made = new ArrayList<>();

    private Dispatcher made(Dispatcher d) {
        made.add(d);
        return d;
    }

    @AfterEach
    void shutDownAll() {
        made.forEach(Dispatcher::shutdown);
    }

    /** A round runner whose rounds throw while {@code failing} is set. */
    private static Dispatcher.RoundRunner failingWhile(AtomicBoolean failing) {
        return (solver, problem, start) -> {
            if (failing.get()) {
                throw new IllegalStateException("injected solver fault");
            }
            return solver.solve(problem, start);
        };
    }

    /** Live options with short rounds (50 ms at the first level), clock at 08:00. */
    private static DispatcherOptions liveOptions() {
        DispatcherOptions live = DispatcherOptions.live();
        return live.withRouting(live.routing().withTimeLimit(Duration.ofMillis(200))).withStartSecond(EIGHT);
    }

    /** The plan passes the independent checker, recomputed here on the plan's own problem. */
    private static void assertValid(DispatchPlan plan) {
        PlanChecker.Result check = PlanChecker.check(plan.problem(), DispatcherOptions.live().routing(), plan.plan());
        assertTrue(check.valid(), check.violations().toString());
        assertEquals(plan.problem().pickups().size(), plan.plan().routes().stream().mapToInt(r -> r.stops().size()).sum()
                + plan.plan().unassigned().size(), "every open pickup once in the plan");
    }

    /** Waits (at most 20 s) until the health satisfies {@code wanted}; polls, the dispatcher's threads decide when. */
    private static DispatcherHealth awaitHealth(Dispatcher d, Predicate<DispatcherHealth> wanted) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        DispatcherHealth h = d.health();
        while (!wanted.test(h)) {
            if (System.nanoTime() > deadline) {
                fail("health stayed " + h);
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(2));
            h = d.health();
        }
        return h;
    }

    /** Whether the decision assigns its request (the one place this test reads a decision's kind). */
    private static boolean assigned(Decision decision) {
        return decision instanceof Decision.Assigned;
    }

    /** The event's own decision (the first; any later ones are its consequences). */
    private static Decision answer(Dispatcher d, DispatchEvent e) throws Exception {
        List<Decision> out = d.submit(e).get(20, TimeUnit.SECONDS);
        assertFalse(out.isEmpty(), "no decision for " + e);
        return out.get(0);
    }

    @Test
    void aSolverThatThrowsDegradesTheLiveDispatcherWhichKeepsAnsweringAndRecovers() throws Exception {
        AtomicBoolean failing = new AtomicBoolean(true);
        Dispatcher d = made(Dispatcher.create(DispatchFixtures.fleet(6, 3), liveOptions(), failingWhile(failing)));
        List<DispatchPlan> published = new CopyOnWriteArrayList<>();
        d.addPlanListener(published::add);
        assertTrue(d.health().isRunning(), d.health().toString());
        List<Pickup> requests = DispatchFixtures.requests(30, 36, 11);
        for (Pickup p : requests.subList(0, 15)) {
            assertNotNull(answer(d, new PickupRequested(p)));
        }
        DispatcherHealth.Degraded degraded = (DispatcherHealth.Degraded) awaitHealth(d, h -> h instanceof DispatcherHealth.Degraded);
        assertTrue(degraded.cause().startsWith("re-optimisation round on plan version "), degraded.cause());
        assertTrue(degraded.cause().endsWith("failed: IllegalStateException: injected solver fault"), degraded.cause());
        assertEquals("injected solver fault", degraded.error().getMessage());
        // Still answering: requests, status, the current plan (valid); nothing was adopted from a failed round.
        for (Pickup p : requests.subList(15, 25)) {
            assertNotNull(answer(d, new PickupRequested(p)));
        }
        for (Pickup p : requests.subList(0, 25)) {
            assertNotNull(d.status(p.id()), p.id());
        }
        assertValid(d.currentPlan());
        assertTrue(published.isEmpty(), "a failed round published " + published.size() + " plans");

        // The solver works again: the next round after an event succeeds and the dispatcher is running.
        failing.set(false);
        for (Pickup p : requests.subList(25, 30)) {
            answer(d, new PickupRequested(p));
        }
        awaitHealth(d, DispatcherHealth::isRunning);
        DispatchPlan last = d.shutdown();
        assertValid(last);
        for (Pickup p : requests) {
            assertNotNull(d.status(p.id()), "after shutdown, " + p.id());
        }
        assertEquals(new DispatcherHealth.Stopped("shut down", null), d.health());
        assertTrue(DispatchFixtures.dispatchThreads().isEmpty(), DispatchFixtures.dispatchThreads().toString());
    }

    @Test
    void aFailedDeterministicRoundChangesNothingAndIsReported() throws Exception {
        AtomicBoolean failing = new AtomicBoolean(true);
        Dispatcher d = made(Dispatcher.create(DispatchFixtures.fleet(6, 3),
                DispatcherOptions.deterministic(200, 3).withStartSecond(EIGHT), failingWhile(failing)));
        for (Pickup p : DispatchFixtures.requests(30, 36, 5)) {
            answer(d, new PickupRequested(p));
        }
        DispatchPlan beforePlan = d.currentPlan();
        String before = beforePlan.describe();
        assertEquals(Optional.empty(), d.reoptimise());
        DispatcherHealth.Degraded degraded = assertInstanceOf(DispatcherHealth.Degraded.class, d.health());
        assertEquals("re-optimisation round on plan version " + beforePlan.version()
                + " failed: IllegalStateException: injected solver fault", degraded.cause());
        assertEquals(before, d.currentPlan().describe());
        assertValid(d.currentPlan());
        failing.set(false);
        Optional<DispatchPlan> better = d.reoptimise();
        assertTrue(better.isPresent(), "the round after the fault found no better plan");
        assertTrue(d.health().isRunning(), d.health().toString());
        assertValid(d.currentPlan());
    }

    @Test
    void aPlanListenerThatThrowsIsReportedAndTheOthersStillGetThePlan() throws Exception {
        Dispatcher d = made(Dispatcher.create(DispatchFixtures.fleet(6, 3), DispatcherOptions.deterministic(200, 3)
                .withStartSecond(EIGHT)));
        AtomicBoolean throwing = new AtomicBoolean(true);
        d.addPlanListener(plan -> {
            if (throwing.get()) {
                throw new IllegalStateException("injected listener fault");
            }
        });
        List<DispatchPlan> seen = new ArrayList<>();
        d.addPlanListener(seen::add);
        List<Pickup> requests = DispatchFixtures.requests(60, 36, 5);
        for (Pickup p : requests.subList(0, 30)) {
            answer(d, new PickupRequested(p));
        }
        DispatchPlan better = d.reoptimise().orElseThrow();
        assertEquals(List.of(better), seen);
        DispatcherHealth.Degraded degraded = assertInstanceOf(DispatcherHealth.Degraded.class, d.health());
        assertTrue(degraded.cause().startsWith("plan listener "), degraded.cause());
        assertTrue(degraded.cause().endsWith(" failed on plan version " + better.version()
                + ": IllegalStateException: injected listener fault"), degraded.cause());
        // The adopted plan is the current one, and the dispatcher answers.
        assertEquals(better.version(), d.currentPlan().version());
        assertEquals(better.metres(), d.currentPlan().metres());
        assertValid(d.currentPlan());
        for (Pickup p : requests.subList(30, 60)) {
            answer(d, new PickupRequested(p));
        }
        throwing.set(false);
        DispatchPlan next = d.reoptimise().orElseThrow();
        assertEquals(next, seen.get(seen.size() - 1));
        assertTrue(d.health().isRunning(), d.health().toString());
        assertValid(d.shutdown());
    }

    /** A travel model whose extend throws {@code fault} while it is set. */
    private static final class FaultyModel implements TravelModel {
        final AtomicReference<Throwable> fault = new AtomicReference<>();

        @Override
        public TravelTimes table(List<String> pointIds, List<Location> points) {
            return DispatcherLocationTest.MODEL.table(pointIds, points);
        }

        @Override
        public TravelTimes extend(TravelTimes base, List<Location> basePoints, List<TravelPoint> extra) {
            Throwable f = fault.get();
            if (f instanceof RuntimeException r) {
                throw r;
            }
            if (f instanceof Error e) {
                throw e;
            }
            return DispatcherLocationTest.MODEL.extend(base, basePoints, extra);
        }
    }

    @Test
    void aTravelModelThatThrowsFailsOnlyItsEventAndChangesNothing() throws Exception {
        FaultyModel model = new FaultyModel();
        Dispatcher d = made(Dispatcher.create(DispatcherLocationTest.fleet(15, model), liveOptions()));
        assertTrue(assigned(answer(d, new PickupRequested(DispatchFixtures.pickup("a", 3, EIGHT)))));
        model.fault.set(new IllegalStateException("injected model fault"));
        ExecutionException failed = assertThrows(ExecutionException.class, () -> d.submit(
                new PickupRequested(DispatchFixtures.pickup("x", 0, EIGHT), Location.planar(1750, 1750), 0)).get(20, TimeUnit.SECONDS));
        assertEquals("injected model fault", failed.getCause().getMessage());
        DispatcherHealth.Degraded degraded = assertInstanceOf(DispatcherHealth.Degraded.class, d.health());
        assertTrue(degraded.cause().startsWith("event PickupRequested["), degraded.cause());
        assertTrue(degraded.cause().endsWith("failed: IllegalStateException: injected model fault"), degraded.cause());
        // Nothing changed: x unknown, the table as it was; the plan valid; index events still work.
        assertNull(d.status("x"));
        assertEquals(15, d.currentPlan().problem().travel().size());
        assertTrue(assigned(answer(d, new PickupRequested(DispatchFixtures.pickup("b", 7, EIGHT)))));
        assertTrue(d.health().isRunning(), "an applied event clears the event fault: " + d.health());
        model.fault.set(null);
        assertTrue(assigned(answer(d, new PickupRequested(DispatchFixtures.pickup("x", 0, EIGHT),
                Location.planar(1750, 1750), 0))));
        assertEquals(16, d.currentPlan().problem().travel().size());
        assertValid(d.currentPlan());
        assertValid(d.shutdown());
        assertTrue(DispatchFixtures.dispatchThreads().isEmpty(), DispatchFixtures.dispatchThreads().toString());
    }

    @Test
    void aWriterThatDiesLeavesReadsAnsweringAndShutdownClean() throws Exception {
        FaultyModel model = new FaultyModel();
        Dispatcher d = made(Dispatcher.create(DispatcherLocationTest.fleet(15, model), liveOptions()));
        assertTrue(assigned(answer(d, new PickupRequested(DispatchFixtures.pickup("a", 3, EIGHT)))));
        DispatchPlan good = d.currentPlan();
        // An error the dispatcher does not try to survive: its own event fails with it, the writer ends.
        model.fault.set(new OutOfMemoryError("injected fatal error"));
        ExecutionException failed = assertThrows(ExecutionException.class, () -> d.submit(
                new PickupRequested(DispatchFixtures.pickup("x", 0, EIGHT), Location.planar(1750, 1750), 0)).get(20, TimeUnit.SECONDS));
        assertInstanceOf(OutOfMemoryError.class, failed.getCause());
        DispatcherHealth.Stopped stopped = (DispatcherHealth.Stopped) awaitHealth(d, h -> h instanceof DispatcherHealth.Stopped);
        assertInstanceOf(OutOfMemoryError.class, stopped.error());
        assertTrue(stopped.cause().contains("injected fatal error"), stopped.cause());
        // Reads do not block: the last good plan, the final state.
        assertEquals(good.describe(), d.currentPlan().describe());
        assertTrue(assigned(d.status("a")));
        assertNull(d.status("x"));
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> d.submit(new PickupRequested(DispatchFixtures.pickup("y", 5, EIGHT))));
        assertTrue(refused.getMessage().startsWith("The dispatcher has stopped (the writer thread failed: "), refused.getMessage());
        DispatchPlan last = d.shutdown();
        assertEquals(good.describe(), last.describe());
        assertValid(last);
        assertTrue(DispatchFixtures.dispatchThreads().isEmpty(), DispatchFixtures.dispatchThreads().toString());
    }

    /**
     * The writer dying while GPS fixes are held and other events queue (an out-of-memory error while
     * the fixes' new location is added): every future submitted before or around its death completes,
     * none waits for ever (before, fixes drained with the failing one and an event in hand were lost).
     */
    @Test
    void aWriterThatDiesWhileFixesAreHeldAnswersEveryFuture() throws Exception {
        FaultyModel model = new FaultyModel();
        Dispatcher d = made(Dispatcher.create(DispatcherLocationTest.fleet(15, model), liveOptions()));
        assertTrue(assigned(answer(d, new PickupRequested(DispatchFixtures.pickup("a", 3, EIGHT)))));
        model.fault.set(new OutOfMemoryError("injected fatal error"));
        Location far = Location.planar(1750, 1750);
        List<CompletableFuture<List<Decision>>> futures = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            DispatchEvent e = switch (i % 4) {
                case 0 -> new DispatchEvent.CourierMoved("a", far, EIGHT + 600 + i, null);
                case 1 -> new DispatchEvent.CourierMoved("b", far, EIGHT + 600 + i, null);
                case 2 -> new DispatchEvent.PickupCancelled("nope" + i, EIGHT + 600 + i);
                default -> new PickupRequested(DispatchFixtures.pickup("r" + i, 7, EIGHT + 600 + i));
            };
            try {
                futures.add(d.submit(e));
            } catch (IllegalStateException refused) {
                assertTrue(refused.getMessage().startsWith("The dispatcher has stopped"), refused.getMessage());
            }
        }
        for (CompletableFuture<List<Decision>> f : futures) {
            try {
                f.get(20, TimeUnit.SECONDS); // a TimeoutException fails the test: a future left waiting
            } catch (ExecutionException expected) {
                // answered: failed with the error, or refused because the dispatcher stopped
            }
        }
        assertInstanceOf(DispatcherHealth.Stopped.class, awaitHealth(d, h -> h instanceof DispatcherHealth.Stopped));
        assertValid(d.shutdown());
        assertTrue(DispatchFixtures.dispatchThreads().isEmpty(), DispatchFixtures.dispatchThreads().toString());
    }

    @Test
    void aFarAwayPlanarPointIsRefusedByNameAndTheTableStaysUsable() throws Exception {
        Dispatcher d = made(Dispatcher.create(DispatcherLocationTest.fleet(15), DispatcherOptions.deterministic(200, 1)
                .withStartSecond(EIGHT)));
        ExecutionException far = assertThrows(ExecutionException.class, () -> d.submit(
                new PickupRequested(DispatchFixtures.pickup("far", 0, EIGHT), Location.planar(5.0e7, 0), 0)).get());
        IllegalArgumentException cause = assertInstanceOf(IllegalArgumentException.class, far.getCause());
        // 5e7 m at 30 km/h: 6,000,000 s to the hub, p0 (the first leg over the limit in point order).
        assertEquals("The pickup (far) location (5.0E7, 0.0) cannot be added to the dispatcher's travel table: its travel"
                + " to point p0 takes 6000000 s, longer than a plan allows (" + dev.outpost.routing.RoutingProblem.LONGEST_DURATION
                + " s): the location is far from every point of the table; check its coordinates", cause.getMessage());
        assertTrue(d.health().isRunning(), "a refused event is not a fault: " + d.health());
        assertEquals(15, d.currentPlan().problem().travel().size());
        assertTrue(assigned(answer(d, new PickupRequested(DispatchFixtures.pickup("near", 0, EIGHT),
                Location.planar(1750, 1750), 0))));
        assertValid(d.currentPlan());
    }

    /**
     * Compiles only because the dispatcher's calls throw no checked exception: no {@code throws}
     * clause, no catch, try-with-resources included.
     */
    private static DispatchPlan planOfOneRequest(DispatcherOptions options) {
        try (Dispatcher d = Dispatcher.create(DispatchFixtures.fleet(4, 2), options)) {
            d.submit(new PickupRequested(DispatchFixtures.pickup("a", 5, EIGHT))).join();
            return d.currentPlan();
        }
    }

    @Test
    void tryWithResourcesNeedsNoInterruptedExceptionHandling() {
        for (DispatcherOptions options : List.of(liveOptions(), DispatcherOptions.deterministic(50, 1).withStartSecond(EIGHT))) {
            DispatchPlan plan = planOfOneRequest(options);
            assertEquals(1, plan.problem().pickups().size());
            assertValid(plan);
        }
        assertTrue(DispatchFixtures.dispatchThreads().isEmpty(), DispatchFixtures.dispatchThreads().toString());
    }

    @Test
    void anInterruptedWaitThrowsUncheckedAndRestoresTheInterruptFlag() throws Exception {
        GatedModel gate = new GatedModel(DispatcherLocationTest.MODEL);
        Dispatcher d = made(Dispatcher.create(DispatcherLocationTest.fleet(15, gate), liveOptions()));
        // The writer is held in the model's extend: a read waits for it.
        CompletableFuture<List<Decision>> held = d.submit(new PickupRequested(DispatchFixtures.pickup("x", 0, EIGHT),
                Location.planar(1750, 1750), 0));
        assertTrue(gate.awaitHeld());
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicBoolean flagAfter = new AtomicBoolean();
        Thread reader = new Thread(() -> {
            try {
                d.currentPlan();
            } catch (Throwable t) {
                thrown.set(t);
                flagAfter.set(Thread.currentThread().isInterrupted());
            }
        }, "test-reader");
        reader.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (reader.getState() != Thread.State.WAITING && reader.getState() != Thread.State.TIMED_WAITING) {
            assertTrue(System.nanoTime() < deadline, "reader is " + reader.getState());
            Thread.yield();
        }
        reader.interrupt();
        reader.join(10_000);
        assertFalse(reader.isAlive());
        DispatcherInterruptedException e = assertInstanceOf(DispatcherInterruptedException.class, thrown.get());
        assertInstanceOf(InterruptedException.class, e.getCause());
        assertTrue(e.getMessage().startsWith("Interrupted while waiting for the current plan"), e.getMessage());
        assertTrue(flagAfter.get(), "the interrupt flag is set again");
        // The dispatcher is unaffected: the held event is applied once the model goes on.
        gate.release();
        assertTrue(assigned(held.get(20, TimeUnit.SECONDS).get(0)));
        assertTrue(d.health().isRunning(), d.health().toString());
        assertValid(d.shutdown());
    }

    /** A 7 x 7 street grid in Berlin (lon 13.37-13.43, lat 52.50-52.53), 20 km/h, walking 5 km/h off the road. */
    private static RoadTravelModel berlinGrid() {
        RoadNetwork.Builder b = new RoadNetwork.Builder(CoordinateSystem.GEOGRAPHIC);
        for (int i = 0; i < 49; i++) {
            b.addNode(i, 13.37 + 0.01 * (i % 7), 52.50 + 0.005 * (i / 7));
        }
        for (int i = 0; i < 49; i++) {
            Location a = Location.ofLatLon(52.50 + 0.005 * (i / 7), 13.37 + 0.01 * (i % 7));
            if (i % 7 < 6) {
                b.addEdge(i, i + 1, CoordinateSystem.GEOGRAPHIC.straightLineMetres(a, Location.ofLatLon(a.latitude(), a.longitude() + 0.01)), 20,
                        false);
            }
            if (i / 7 < 6) {
                b.addEdge(i, i + 7, CoordinateSystem.GEOGRAPHIC.straightLineMetres(a, Location.ofLatLon(a.latitude() + 0.005, a.longitude())), 20,
                        false);
            }
        }
        RoadNetwork net = b.build(RoadNetwork.ComponentPolicy.LARGEST_STRONG_COMPONENT);
        return new RoadTravelModel(ContractionHierarchy.build(net), new NodeSnapper(net), 5);
    }

    @Test
    void aSwappedCoordinateIsRefusedAndTheNextHundredRequestsAreAnswered() throws Exception {
        RoadTravelModel model = berlinGrid();
        // Hub and four clients.
        List<Location> points = List.of(Location.ofLatLon(52.515, 13.40), Location.ofLatLon(52.502, 13.375),
                Location.ofLatLon(52.502, 13.425), Location.ofLatLon(52.528, 13.375), Location.ofLatLon(52.528, 13.425));
        TravelTimes table = model.table(List.of("hub", "sw", "se", "nw", "ne"), points);
        List<Courier> couriers = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            couriers.add(Courier.builder("k" + c).startPoint(c % 5).available(EIGHT).shiftEnd(20 * 3600).capacity(100).build());
        }
        Fleet fleet = new Fleet(table, 0, 20 * 3600, couriers).withModel(model, points);
        Dispatcher d = made(Dispatcher.create(fleet, liveOptions()));

        // Latitude and longitude swapped: a point in the Indian Ocean, some 5,000 km off the streets.
        Location swapped = Location.ofLatLon(13.40, 52.515);
        ExecutionException refused = assertThrows(ExecutionException.class, () -> d.submit(new PickupRequested(
                Pickup.builder("swapped").point(0).window(EIGHT, 14 * 3600).releaseSecond(EIGHT).build(), swapped, 0))
                .get(20, TimeUnit.SECONDS));
        IllegalArgumentException cause = assertInstanceOf(IllegalArgumentException.class, refused.getCause());
        // Refused by name. (About 5,550 km from the hub, walked off the road at 5 km/h: here "its travel to point hub
        // takes 3999293 s, longer than a plan allows (2097152 s)"; a snapping-distance check may refuse it first.)
        assertTrue(cause.getMessage().startsWith("The pickup (swapped) location ("), cause.getMessage());
        assertEquals(5, d.currentPlan().problem().travel().size(), "the table took no point");
        assertNull(d.status("swapped"));

        SplittableRandom random = new SplittableRandom(17);
        List<CompletableFuture<List<Decision>>> replies = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            double longitude = 13.372 + 0.056 * random.nextDouble();
            Location at = Location.ofLatLon(52.501 + 0.028 * random.nextDouble(), longitude);
            int release = EIGHT + 60 * i;
            Pickup p = Pickup.builder(String.format("r%03d", i)).point(0).window(release, release + 4 * 3600)
                    .serviceSeconds(120).releaseSecond(release).build();
            replies.add(d.submit(new PickupRequested(p, at, 0)));
        }
        int assigned = 0;
        for (CompletableFuture<List<Decision>> reply : replies) {
            List<Decision> out = reply.get(30, TimeUnit.SECONDS);
            assertFalse(out.isEmpty());
            assigned += assigned(out.get(0)) ? 1 : 0;
        }
        assertTrue(assigned >= 80, "most are assigned: " + assigned + " of 100");
        DispatchPlan plan = d.currentPlan();
        assertEquals(100, plan.problem().pickups().size());
        assertValid(plan);
        assertTrue(d.health().isRunning(), d.health().toString());
        assertValid(d.shutdown());
        assertTrue(DispatchFixtures.dispatchThreads().isEmpty(), DispatchFixtures.dispatchThreads().toString());
    }
}
