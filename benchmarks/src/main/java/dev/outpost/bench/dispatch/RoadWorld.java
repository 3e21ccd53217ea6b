package dev.outpost.bench.dispatch;

import dev.outpost.city.DefaultCity;
import dev.outpost.dispatch.DispatchEvent;
import dev.outpost.dispatch.Dispatcher;
import dev.outpost.dispatch.DispatcherOptions;
import dev.outpost.dispatch.Fleet;
import dev.outpost.model.Location;
import dev.outpost.model.Scenario;
import dev.outpost.routing.Courier;
import dev.outpost.routing.Pickup;
import dev.outpost.travel.ScenarioPoints;
import dev.outpost.travel.TravelModel;
import dev.outpost.travel.TravelModels;
import dev.outpost.travel.TravelTables;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The default city on its time-of-day road tables (2 courier types, 48 slices of 30 minutes, 5
 * distinct tables each) for the dispatcher's location benchmarks: the scenario's points, then
 * seeded points near them (within about 300 m) up to {@code points}; 50 couriers (scooter, van
 * alternately) from 07:00 at random points, hub at point 0.
 */
final class RoadWorld {

    final Scenario city = DefaultCity.scenario();
    final List<Location> locations = new ArrayList<>();
    final Fleet fleet;
    private final SplittableRandom random;

    RoadWorld(int points, long seed) {
        this(points, seed, 0);
    }

    /**
     * As {@link #RoadWorld(int, long)}, the tables built with room for {@code room} more points
     * ({@link TravelModel#tables(List, List, List, dev.outpost.model.Congestion, int)}): new
     * addresses up to that many are written in place, never copied (on 10,000 points a copy would
     * need the gigabytes of the tables twice).
     */
    RoadWorld(int points, long seed, int room) {
        random = new SplittableRandom(seed);
        ScenarioPoints base = ScenarioPoints.of(city);
        List<String> ids = new ArrayList<>(base.ids());
        locations.addAll(base.locations());
        int scenarioPoints = locations.size();
        while (locations.size() < points) {
            locations.add(near(locations.get(random.nextInt(scenarioPoints))));
            ids.add("extra" + ids.size());
        }
        TravelModel model = TravelModels.forScenario(city, city.courierTypes().get(0));
        long started = System.nanoTime();
        TravelTables tables = model.tables(ids, locations, city.courierTypes(), TravelModels.congestion(city),
                points + room);
        long buildMillis = (System.nanoTime() - started) / 1_000_000;
        List<Courier> couriers = new ArrayList<>();
        for (int c = 0; c < 50; c++) {
            couriers.add(Courier.builder(String.format("k%04d", c)).startPoint(random.nextInt(points))
                    .available(7 * 3600).shiftEnd(23 * 3600).capacity(200)
                    .profile(city.courierTypes().get(c % 2).id()).build());
        }
        fleet = Fleet.timeDependent(tables, 0, 23 * 3600, couriers)
                .withModel(model, locations, city.courierTypes(), TravelModels.congestion(city));
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        System.err.printf("RoadWorld: %s, built in %d ms with room for %d points; entries %.0f MB (%.1f bytes a pair);"
                + " heap used after GC %.0f MB%n", tables, buildMillis, points + room, tables.bytes() / 1e6,
                (double) tables.bytes() / ((long) points * points), (runtime.totalMemory() - runtime.freeMemory()) / 1e6);
    }

    /**
     * A dispatcher on this world's fleet from 07:00 with these options, holding 1,000 seeded open
     * pickups at the table's points (the state every road dispatch benchmark starts from).
     *
     * @param options the dispatcher's mode (deterministic or live)
     * @return the dispatcher
     * @throws Exception when a request fails
     */
    Dispatcher dispatcherWithOpenPickups(DispatcherOptions options) throws Exception {
        Dispatcher dispatcher = Dispatcher.create(fleet, options.withStartSecond(7 * 3600));
        for (Pickup p : requests("open", 1000, 2)) {
            dispatcher.submit(new DispatchEvent.PickupRequested(p)).get();
        }
        return dispatcher;
    }

    /** A seeded location within about 300 m of a point of the scenario (a new address on its streets). */
    Location somewhere() {
        return near(locations.get(random.nextInt(Math.min(locations.size(), 353))));
    }

    private Location near(Location l) {
        // geographic; 0.003 degrees is about 200-330 m here (the longitude drawn first, as before)
        double longitude = l.longitude() + (random.nextDouble() - 0.5) * 0.006;
        return Location.ofLatLon(l.latitude() + (random.nextDouble() - 0.5) * 0.004, longitude);
    }

    /** Seeded requests at the table's points (no new location), as {@link DispatchWorld#requests}. */
    List<Pickup> requests(String prefix, int count, long seed) {
        return DispatchWorld.requests(prefix, count, locations.size(), seed);
    }
}
