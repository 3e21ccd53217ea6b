package dev.outpost.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.city.DefaultCity;
import dev.outpost.dispatch.DispatchEvent.CourierMoved;
import dev.outpost.dispatch.DispatchEvent.PickupCancelled;
import dev.outpost.dispatch.DispatchEvent.PickupRequested;
import dev.outpost.model.Congestion;
import dev.outpost.model.Location;
import dev.outpost.model.Scenario;
import dev.outpost.routing.Courier;
import dev.outpost.routing.Pickup;
import dev.outpost.travel.ScenarioPoints;
import dev.outpost.travel.TravelModel;
import dev.outpost.travel.TravelModels;
import dev.outpost.travel.TravelTables;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Addresses on the default city's time-of-day road tables (written in place, equal to a full
 * rebuild), the snapping distance (a swapped latitude and longitude refused with a hint), and GPS
 * fixes held while requests are served.
 */
class DispatcherAddressTest {

    private static final int EIGHT = 8 * 3600;
    private static final int BASE = 60;

    private static Scenario city;
    private static TravelModel model;
    private static Congestion congestion;
    private static ScenarioPoints points;

    private static synchronized Fleet roadFleet() {
        if (city == null) {
            city = DefaultCity.scenario();
            model = TravelModels.forScenario(city, city.courierTypes().get(0));
            congestion = TravelModels.congestion(city);
            points = ScenarioPoints.of(city);
        }
        List<String> ids = points.ids().subList(0, BASE);
        List<Location> locations = points.locations().subList(0, BASE);
        TravelTables tables = model.tables(ids, locations, city.courierTypes(), congestion);
        List<Courier> couriers = List.of(
                Courier.builder("s").startPoint(0).available(EIGHT).shiftEnd(18 * 3600).capacity(50).profile("scooter").build(),
                Courier.builder("v").startPoint(0).available(EIGHT).shiftEnd(18 * 3600).capacity(50).profile("van").build());
        return Fleet.timeDependent(tables, 0, 19 * 3600, couriers).withModel(model, locations, city.courierTypes(), congestion);
    }

    @Test
    void addressesOnRoadTablesEqualAFullRebuildAndASwappedLatitudeIsRefusedWithAHint() throws Exception {
        Fleet fleet = roadFleet();
        Dispatcher d = Dispatcher.create(fleet, DispatcherOptions.deterministic(50, 1).withStartSecond(EIGHT));
        Map<String, Location> at = new HashMap<>();
        for (int i = 0; i < 8; i++) {
            Location l = points.locations().get(100 + 7 * i);
            at.put("r" + i, l);
            Decision decision = d.submit(new PickupRequested(DispatchFixtures.pickup("r" + i, 0, EIGHT), l, 0)).get().get(0);
            assertInstanceOf(Decision.Assigned.class, decision, decision.toString());
        }
        // Cancelled addresses free their points; later addresses and fixes take them (rewritten in place).
        d.submit(new PickupCancelled("r2", EIGHT)).get();
        d.submit(new PickupCancelled("r5", EIGHT)).get();
        at.remove("r2");
        at.remove("r5");
        d.submit(new CourierMoved("s", points.locations().get(200), EIGHT + 60, null)).get();
        for (int i = 8; i < 11; i++) {
            Location l = points.locations().get(100 + 7 * i);
            at.put("r" + i, l);
            d.submit(new PickupRequested(DispatchFixtures.pickup("r" + i, 0, EIGHT), l, 0)).get();
        }

        // Latitude and longitude swapped: refused with the distance and the hint.
        Location right = points.locations().get(300);
        Location swapped = Location.ofLatLon(right.longitude(), right.latitude());
        ExecutionException refused = assertThrows(ExecutionException.class,
                () -> d.submit(new PickupRequested(DispatchFixtures.pickup("bad", 0, EIGHT), swapped, 0)).get());
        IllegalArgumentException reason = assertInstanceOf(IllegalArgumentException.class, refused.getCause());
        String message = reason.getMessage();
        assertTrue(message.contains("pickup (bad) location (latitude " + String.format(java.util.Locale.ROOT, "%.6f", swapped.y())),
                message);
        assertTrue(message.contains(" km from the nearest road node, farther than the snapping distance of 2,000 m"), message);
        assertTrue(message.contains("latitude and longitude look swapped: (latitude "
                + String.format(java.util.Locale.ROOT, "%.6f", right.y())), message);
        // A far point whose swap does not fit either: refused without the hint.
        ExecutionException far = assertThrows(ExecutionException.class,
                () -> d.submit(new PickupRequested(DispatchFixtures.pickup("far", 0, EIGHT), Location.ofLatLon(48.85, 2.35), 0)).get());
        assertFalse(far.getCause().getMessage().contains("swapped"), far.getCause().getMessage());
        // A tighter snapping distance refuses what the default accepts.
        Dispatcher strict = Dispatcher.create(fleet, DispatcherOptions.deterministic(50, 1).withStartSecond(EIGHT)
                .withMaxSnapMetres(0.001));
        Location offRoad = Location.ofLatLon(right.latitude() + 0.0002, right.longitude() + 0.0003);
        assertThrows(ExecutionException.class,
                () -> strict.submit(new PickupRequested(DispatchFixtures.pickup("x", 0, EIGHT), offRoad, 0)).get());
        assertThrows(IllegalArgumentException.class, () -> DispatcherOptions.live().withMaxSnapMetres(0));

        // The dispatcher goes on: more requests, all answered, and the plan is valid.
        for (int i = 11; i < 30; i++) {
            Location l = points.locations().get(100 + 7 * i);
            at.put("r" + i, l);
            assertEquals(1, d.submit(new PickupRequested(DispatchFixtures.pickup("r" + i, 0, EIGHT), l, 0)).get().size());
        }
        DispatchPlan plan = d.currentPlan();
        assertTrue(plan.check().valid(), plan.check().violations().toString());

        // Every open pickup's legs equal a table built from scratch over the base and the addresses.
        List<String> ids = new ArrayList<>(points.ids().subList(0, BASE));
        List<Location> locations = new ArrayList<>(points.locations().subList(0, BASE));
        Map<String, Integer> fresh = new HashMap<>();
        for (Map.Entry<String, Location> e : at.entrySet()) {
            fresh.put(e.getKey(), ids.size());
            ids.add("q" + ids.size());
            locations.add(e.getValue());
        }
        TravelTables scratch = model.tables(ids, locations, city.courierTypes(), congestion);
        TravelTables live = plan.problem().tables();
        int checked = 0;
        for (Pickup p : plan.problem().pickups()) {
            int q = fresh.get(p.id());
            for (int profile = 0; profile < 2; profile++) {
                for (int depart : new int[] {EIGHT, EIGHT + 1700, 17 * 3600}) {
                    assertEquals(scratch.legSeconds(profile, 0, q, depart), live.legSeconds(profile, 0, p.point(), depart));
                    assertEquals(scratch.legSeconds(profile, q, 0, depart), live.legSeconds(profile, p.point(), 0, depart));
                    assertEquals(scratch.legSeconds(profile, q, 7, depart), live.legSeconds(profile, p.point(), 7, depart));
                }
                assertEquals(scratch.legMetres(profile, 3, q), live.legMetres(profile, 3, p.point()));
            }
            checked++;
        }
        assertEquals(at.size(), checked);
        d.shutdown();
        strict.shutdown();
    }

    @Test
    void heldGpsFixesWaitForRequestsAndACouriersOlderFixIsSuperseded() throws Exception {
        GatedModel gated = new GatedModel(DispatcherLocationTest.MODEL);
        Dispatcher d = Dispatcher.create(DispatcherLocationTest.fleet(16, gated), DispatcherOptions.live().withStartSecond(EIGHT));
        List<String> order = new CopyOnWriteArrayList<>();
        CompletableFuture<List<Decision>> r0 = d.submit(new PickupRequested(DispatchFixtures.pickup("r0", 0, EIGHT),
                Location.planar(10, 10), 0));
        r0.thenRun(() -> order.add("r0"));
        assertTrue(gated.awaitHeld());
        CompletableFuture<List<Decision>> a1 = d.submit(new CourierMoved("a", Location.planar(100, 100), EIGHT + 10, null));
        a1.thenRun(() -> order.add("a1"));
        CompletableFuture<List<Decision>> b1 = d.submit(new CourierMoved("b", Location.planar(900, 900), EIGHT + 10, null));
        b1.thenRun(() -> order.add("b1"));
        CompletableFuture<List<Decision>> a2 = d.submit(new CourierMoved("a", Location.planar(200, 200), EIGHT + 20, null));
        a2.thenRun(() -> order.add("a2"));
        CompletableFuture<List<Decision>> r1 = d.submit(new PickupRequested(DispatchFixtures.pickup("r1", 3, EIGHT)));
        r1.thenRun(() -> order.add("r1"));
        gated.release();
        for (CompletableFuture<List<Decision>> f : List.of(r0, a1, b1, a2, r1)) {
            f.get(10, TimeUnit.SECONDS);
        }
        // a1 was superseded by a2 (no decisions); r1 was served before the held fixes, which then came in the
        // order of their couriers' first held fix (a before b).
        assertEquals(List.of(), a1.get());
        assertInstanceOf(Decision.Assigned.class, r1.get().get(0));
        DispatchPlan plan = d.currentPlan();
        assertEquals(List.of("r0", "a1", "r1", "a2", "b1"), List.copyOf(order));
        assertTrue(plan.check().valid(), plan.check().violations().toString());
        d.shutdown();
    }

    @Test
    void aFixHeldWhileALaterRequestIsServedIsNotStale() throws Exception {
        GatedModel gated = new GatedModel(DispatcherLocationTest.MODEL);
        Dispatcher d = Dispatcher.create(DispatcherLocationTest.fleet(16, gated), DispatcherOptions.live().withStartSecond(EIGHT));
        CompletableFuture<List<Decision>> r0 = d.submit(new PickupRequested(DispatchFixtures.pickup("r0", 0, EIGHT),
                Location.planar(10, 10), 0));
        assertTrue(gated.awaitHeld());
        // The fix is current when it comes in; the request behind it, a minute later, is served first and
        // moves the clock past the fix's second: the held fix must still be applied, not refused as stale.
        CompletableFuture<List<Decision>> a1 = d.submit(new CourierMoved("a", Location.planar(100, 100), EIGHT + 10, null));
        CompletableFuture<List<Decision>> r1 = d.submit(new PickupRequested(DispatchFixtures.pickup("r1", 3, EIGHT + 60)));
        // A fix already older than the clock when it comes in is still refused.
        CompletableFuture<List<Decision>> late = d.submit(new CourierMoved("b", Location.planar(900, 900), EIGHT + 30, null));
        gated.release();
        assertInstanceOf(Decision.Assigned.class, r0.get(10, TimeUnit.SECONDS).get(0));
        assertInstanceOf(Decision.Assigned.class, r1.get(10, TimeUnit.SECONDS).get(0));
        for (Decision decision : a1.get(10, TimeUnit.SECONDS)) {
            assertFalse(decision instanceof Decision.Refused, decision.toString());
        }
        assertTrue(late.get(10, TimeUnit.SECONDS).stream().anyMatch(x -> x instanceof Decision.Refused), late.get().toString());
        assertTrue(d.currentPlan().check().valid());
        d.shutdown();
    }
}
