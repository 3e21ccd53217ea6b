package dev.outpost.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.dispatch.DispatchEvent.CourierAdded;
import dev.outpost.dispatch.DispatchEvent.CourierMoved;
import dev.outpost.dispatch.DispatchEvent.PickupDone;
import dev.outpost.dispatch.DispatchEvent.PickupRequested;
import dev.outpost.model.CoordinateSystem;
import dev.outpost.model.Location;
import dev.outpost.model.TravelSpec;
import dev.outpost.routing.Courier;
import dev.outpost.routing.Pickup;
import dev.outpost.travel.MatrixTravelModel;
import dev.outpost.travel.StraightLineTravelModel;
import dev.outpost.travel.TravelModel;
import dev.outpost.travel.TravelTimes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Requests and courier positions given as a {@link Location}: points added to the dispatcher's table by the travel model. */
class DispatcherLocationTest {

    private static final int EIGHT = 8 * 3600;
    /** 30 km/h, planar metres, no detour: 500 m take 60 s. */
    static final TravelModel MODEL = new StraightLineTravelModel(CoordinateSystem.PLANAR, 1.0, 30);

    /** Point i of a 4 x 4 grid, 500 m apart. */
    static Location grid(int i) {
        return Location.planar(500.0 * (i % 4), 500.0 * (i / 4));
    }

    /** A fleet over the first {@code points} grid points, with the model; couriers a at 0 and b at 5. */
    static Fleet fleet(int points) {
        return fleet(points, MODEL);
    }

    /** As {@link #fleet(int)}, locations added by {@code model}. */
    static Fleet fleet(int points, TravelModel model) {
        List<Location> locations = IntStream.range(0, points).mapToObj(DispatcherLocationTest::grid).toList();
        List<String> ids = IntStream.range(0, points).mapToObj(i -> "p" + i).toList();
        TravelTimes table = MODEL.table(ids, locations);
        return new Fleet(table, 0, 18 * 3600, List.of(DispatchFixtures.courier("a", 0), DispatchFixtures.courier("b", 5)))
                .withModel(model, locations);
    }

    private static Dispatcher deterministic(Fleet fleet) {
        return Dispatcher.create(fleet, DispatcherOptions.deterministic(200, 1).withStartSecond(EIGHT));
    }

    private static Decision one(Dispatcher d, DispatchEvent e) throws Exception {
        List<Decision> out = d.submit(e).get();
        assertEquals(1, out.size(), out.toString());
        return out.get(0);
    }

    /** The same decision, apart from the plan version. */
    private static void assertSameDecision(Decision expected, Decision actual) {
        assertEquals(expected.outcome(), actual.outcome());
        if (expected instanceof Decision.Assigned e) {
            Decision.Assigned a = DispatchFixtures.assigned(actual);
            assertEquals(e.courierId(), a.courierId());
            assertEquals(e.position(), a.position());
            assertEquals(e.arrivalSecond(), a.arrivalSecond());
            assertEquals(e.startSecond(), a.startSecond());
            assertEquals(e.extraCost(), a.extraCost());
            assertEquals(e.alternatives(), a.alternatives());
        }
    }

    @Test
    void requestAtALocationGetsTheSameDecisionAsAtTheEqualTablePoint() throws Exception {
        // Full: the table has point 15; partial: it has points 0..14 only, 15 comes as a location.
        Dispatcher full = deterministic(fleet(16));
        Dispatcher partial = deterministic(fleet(15));
        for (int i = 0; i < 4; i++) {
            Pickup p = DispatchFixtures.pickup("early" + i, 3 + 3 * i, EIGHT);
            assertSameDecision(one(full, new PickupRequested(p)), one(partial, new PickupRequested(p)));
        }
        Pickup atIndex = DispatchFixtures.pickup("x", 15, EIGHT);
        Pickup ignoredPoint = DispatchFixtures.pickup("x", 0, EIGHT);
        Decision expected = one(full, new PickupRequested(atIndex, 300));
        Decision byModel = one(partial, new PickupRequested(ignoredPoint, grid(15), 300));
        assertEquals("assigned", expected.outcome());
        assertSameDecision(expected, byModel);
        // The partial table grew by exactly the new point; the plans agree.
        DispatchPlan a = full.currentPlan();
        DispatchPlan b = partial.currentPlan();
        assertEquals(16, b.problem().travel().size());
        assertEquals(a.metres(), b.metres());
        assertEquals(a.check().softScore(), b.check().softScore());
        assertTrue(b.check().valid(), b.check().violations().toString());

        // A location the table already has takes its point: no new one, the same decision as by index.
        Dispatcher again = deterministic(fleet(16));
        Decision sameTable = one(again, new PickupRequested(ignoredPoint, grid(15), 300));
        assertSameDecision(one(deterministic(fleet(16)), new PickupRequested(atIndex, 300)), sameTable);
        assertEquals(16, again.currentPlan().problem().travel().size());
        assertEquals(15, again.currentPlan().problem().pickups().get(0).point());
    }

    @Test
    void courierPositionAtALocationMovesItsStartAndReusesItsPoint() throws Exception {
        Dispatcher d = deterministic(fleet(16));
        // Between grid points: 250 m east of point 10 (1000, 1000).
        Location fix = Location.planar(1250, 1000);
        assertTrue(d.submit(new CourierMoved("a", fix, EIGHT + 60, null)).get().isEmpty());
        DispatchPlan plan = d.currentPlan();
        Courier a = plan.problem().couriers().stream().filter(c -> c.id().equals("a")).findFirst().orElseThrow();
        assertEquals(16, a.startPoint());
        assertEquals(EIGHT + 60, a.availableSecond());
        TravelTimes t = plan.problem().travel();
        assertEquals(30, t.seconds(16, 10));
        assertEquals(250, t.metres(16, 10));
        assertEquals(30, t.seconds(10, 16));
        // A request at point 11 (250 m further east): a is 30 s away, b (at 5) much further.
        Decision x = one(d, new PickupRequested(DispatchFixtures.pickup("x", 11, EIGHT)));
        assertEquals("a", DispatchFixtures.assigned(x).courierId());
        assertEquals(EIGHT + 60 + 30, DispatchFixtures.assigned(x).arrivalSecond());

        // A stream of GPS fixes reuses the courier's previous point: the table does not grow.
        for (int i = 1; i <= 50; i++) {
            d.submit(new CourierMoved("b", Location.planar(7.0 * i, 3.0 * i), EIGHT + 600 + i, null)).get();
        }
        assertEquals(18, d.currentPlan().problem().travel().size());
        Courier b = d.currentPlan().problem().couriers().stream().filter(c -> c.id().equals("b")).findFirst().orElseThrow();
        int expected = MODEL.table(List.of("o", "f"), List.of(grid(0), Location.planar(350, 150))).metres(0, 1);
        assertEquals(expected, d.currentPlan().problem().travel().metres(0, b.startPoint()), "b's last fix (350, 150)");
    }

    @Test
    void aRoundPinsOnlyThePointsItsSnapshotReferencesUntilTheNextRound() throws Exception {
        Dispatcher d = deterministic(fleet(16));
        one(d, new PickupRequested(DispatchFixtures.pickup("x", 3, EIGHT)));
        // GPS fixes at new places, a round after each: a round's snapshot pins b's position of the
        // time (the round may read it), the next round releases it. Before, the pins accumulated:
        // every position ever snapshotted stayed taken and the table grew by one point a fix (66).
        for (int i = 1; i <= 50; i++) {
            d.submit(new CourierMoved("b", Location.planar(7.0 * i, 3.0 * i), EIGHT + 600 + i, null)).get();
            d.reoptimise();
        }
        // b's current position, and its previous one pinned by the last round.
        assertEquals(18, d.currentPlan().problem().travel().size());
        Courier b = d.currentPlan().problem().couriers().stream().filter(c -> c.id().equals("b")).findFirst().orElseThrow();
        int expected = MODEL.table(List.of("o", "f"), List.of(grid(0), Location.planar(350, 150))).metres(0, 1);
        assertEquals(expected, d.currentPlan().problem().travel().metres(0, b.startPoint()), "b's last fix (350, 150)");
        assertTrue(d.currentPlan().check().valid(), d.currentPlan().check().violations().toString());
    }

    @Test
    void aCourierAddedAtALocationStartsThereAsAtTheEqualTablePoint() throws Exception {
        // Full: the table has point 15 and the courier joins there; partial: 15 comes as its GPS fix.
        Dispatcher full = deterministic(fleet(16));
        Dispatcher partial = deterministic(fleet(15));
        Courier joining = DispatchFixtures.courier("c", 15);
        Courier elsewhere = DispatchFixtures.courier("c", 0);
        assertTrue(full.submit(new CourierAdded(joining, EIGHT)).get().isEmpty());
        assertTrue(partial.submit(new CourierAdded(elsewhere, grid(15), EIGHT)).get().isEmpty());
        Courier c = partial.currentPlan().problem().couriers().stream().filter(k -> k.id().equals("c")).findFirst()
                .orElseThrow();
        assertEquals(15, c.startPoint());
        assertEquals(16, partial.currentPlan().problem().travel().size());
        // A request next to it goes to it, with the same decision either way.
        Pickup near = DispatchFixtures.pickup("near", 14, EIGHT);
        Decision expected = one(full, new PickupRequested(near, 300));
        assertEquals("c", DispatchFixtures.assigned(expected).courierId());
        assertSameDecision(expected, one(partial, new PickupRequested(near, 300)));
    }

    @Test
    void aServedRequestsPointIsReusedOnceNothingIsThere() throws Exception {
        Dispatcher d = deterministic(fleet(16));
        Decision x = one(d, new PickupRequested(DispatchFixtures.pickup("x", 0, EIGHT), Location.planar(100, 0), 0));
        assertEquals("a", DispatchFixtures.assigned(x).courierId());
        assertEquals(16, d.currentPlan().problem().pickups().get(0).point());
        d.submit(new PickupDone("a", "x", EIGHT + 300)).get();
        // Courier a stands at point 16 (the request's address): still in use.
        one(d, new PickupRequested(DispatchFixtures.pickup("y", 0, EIGHT), Location.planar(200, 0), 0));
        assertEquals(18, d.currentPlan().problem().travel().size());
        // a moves on: point 16 is free, the next new location takes it.
        d.submit(new CourierMoved("a", 1, EIGHT + 400)).get();
        one(d, new PickupRequested(DispatchFixtures.pickup("z", 0, EIGHT), Location.planar(300, 0), 0));
        DispatchPlan plan = d.currentPlan();
        assertEquals(18, plan.problem().travel().size());
        Pickup z = plan.problem().pickups().stream().filter(p -> p.id().equals("z")).findFirst().orElseThrow();
        assertEquals(16, z.point());
        assertEquals(300, plan.problem().travel().metres(0, 16));
        assertEquals(100, plan.problem().travel().metres(17, 16));
        assertTrue(plan.check().valid(), plan.check().violations().toString());
    }

    @Test
    void liveDispatcherAddsTheLocationsOfQueuedEventsWithOneModelCall() throws Exception {
        GatedModel gated = new GatedModel(MODEL);
        Dispatcher d = Dispatcher.create(fleet(16, gated), DispatcherOptions.live().withStartSecond(EIGHT));
        List<CompletableFuture<List<Decision>>> replies = new ArrayList<>();
        replies.add(d.submit(new PickupRequested(DispatchFixtures.pickup("r0", 0, EIGHT), Location.planar(10, 10), 0)));
        assertTrue(gated.awaitHeld());
        for (int i = 1; i <= 20; i++) {
            replies.add(d.submit(new PickupRequested(DispatchFixtures.pickup("r" + i, 0, EIGHT), Location.planar(10 + 70 * i, 10), 0)));
        }
        gated.release();
        for (CompletableFuture<List<Decision>> reply : replies) {
            assertEquals("assigned", reply.get(10, TimeUnit.SECONDS).get(0).outcome());
        }
        // One call for r0, one for the 20 queued behind it.
        assertEquals(2, gated.extendCalls());
        DispatchPlan last = d.shutdown();
        assertEquals(16 + 21, last.problem().travel().size());
        assertEquals(21, last.problem().pickups().size());
        assertTrue(last.check().valid(), last.check().violations().toString());
    }

    @Test
    void aMatrixModelRefusesLocationsWithItsReason() throws Exception {
        List<String> ids = List.of("h", "a", "b");
        List<List<Integer>> seconds = List.of(List.of(0, 60, 90), List.of(60, 0, 40), List.of(90, 40, 0));
        MatrixTravelModel matrix = new MatrixTravelModel(new TravelSpec.Matrix(ids, seconds, seconds));
        TravelTimes table = matrix.table(ids, List.of(Location.planar(0, 0), Location.planar(1, 0), Location.planar(2, 0)));
        Fleet fleet = new Fleet(table, 0, 18 * 3600, List.of(DispatchFixtures.courier("k", 0)))
                .withModel(matrix, List.of(Location.planar(0, 0), Location.planar(1, 0), Location.planar(2, 0)));
        Dispatcher d = deterministic(fleet);
        ExecutionException request = assertThrows(ExecutionException.class, () -> d.submit(
                new PickupRequested(DispatchFixtures.pickup("x", 0, EIGHT), Location.planar(5, 5), 0)).get());
        IllegalArgumentException cause = assertInstanceOf(IllegalArgumentException.class, request.getCause());
        assertTrue(cause.getMessage().startsWith("The pickup (x) location (5.0, 5.0) cannot be added to the dispatcher's"
                + " travel table: "), cause.getMessage());
        assertTrue(cause.getMessage().contains("a matrix has no geometry"), cause.getMessage());
        ExecutionException moved = assertThrows(ExecutionException.class,
                () -> d.submit(new CourierMoved("k", Location.planar(7, 7), EIGHT, null)).get());
        assertTrue(moved.getCause().getMessage().startsWith("The courier (k) location (7.0, 7.0) cannot be added"),
                moved.getCause().getMessage());
        assertTrue(moved.getCause().getMessage().contains("a matrix has no geometry"), moved.getCause().getMessage());
        // Nothing changed; a location the matrix lists is fine, and so are indices.
        assertEquals("assigned", one(d, new PickupRequested(DispatchFixtures.pickup("y", 0, EIGHT), Location.planar(2, 0), 0))
                .outcome());
        assertEquals(1, d.currentPlan().problem().pickups().size());
        assertEquals(2, d.currentPlan().problem().pickups().get(0).point());
        assertEquals(3, d.currentPlan().problem().travel().size());
    }

    @Test
    void withoutAModelLocationsAreRefusedAndIndicesStayInTheFleetsTable() throws Exception {
        Dispatcher d = deterministic(DispatchFixtures.fleet(3, 1));
        ExecutionException e = assertThrows(ExecutionException.class, () -> d.submit(
                new PickupRequested(DispatchFixtures.pickup("x", 0, EIGHT), Location.planar(5, 5), 0)).get());
        assertTrue(e.getCause().getMessage().contains("Fleet.withModel(model, points)"), e.getCause().getMessage());

        Dispatcher grown = deterministic(fleet(15));
        grown.submit(new CourierMoved("a", Location.planar(1, 1), EIGHT, null)).get();
        // Point 15 exists now, but it is the dispatcher's, not the fleet's.
        ExecutionException index = assertThrows(ExecutionException.class,
                () -> grown.submit(new PickupRequested(DispatchFixtures.pickup("y", 15, EIGHT))).get());
        assertEquals("The pickup (y) point (15) is outside the travel table (0..14).", index.getCause().getMessage());
        assertThrows(IllegalArgumentException.class, () -> new CourierMoved("a", 3, Location.planar(1, 1), EIGHT, null));
        assertThrows(IllegalArgumentException.class, () -> fleet(3).withModel(MODEL, new ArrayList<>(List.of(grid(0)))));
    }
}
