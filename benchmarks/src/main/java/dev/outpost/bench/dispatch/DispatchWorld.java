package dev.outpost.bench.dispatch;

import dev.outpost.dispatch.Fleet;
import dev.outpost.model.CoordinateSystem;
import dev.outpost.model.Location;
import dev.outpost.routing.Courier;
import dev.outpost.routing.Pickup;
import dev.outpost.travel.StraightLineTravelModel;
import dev.outpost.travel.TravelModel;
import dev.outpost.travel.TravelTables;
import dev.outpost.travel.TravelTimes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/** A grid city for dispatcher benchmarks: side x side points, 60 s and 500 m per block, hub at point 0. */
final class DispatchWorld {

    private DispatchWorld() {
    }

    static Fleet fleet(int side, int couriers, long seed) {
        int n = side * side;
        int[] seconds = new int[n * n];
        int[] metres = new int[n * n];
        List<String> ids = new ArrayList<>(n);
        for (int a = 0; a < n; a++) {
            ids.add("g" + a);
            for (int b = 0; b < n; b++) {
                int blocks = Math.abs(a % side - b % side) + Math.abs(a / side - b / side);
                seconds[a * n + b] = 60 * blocks;
                metres[a * n + b] = 500 * blocks;
            }
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<Courier> list = new ArrayList<>(couriers);
        for (int c = 0; c < couriers; c++) {
            list.add(Courier.builder(String.format("k%04d", c)).startPoint(random.nextInt(n)).available(7 * 3600)
                    .shiftEnd(23 * 3600).capacity(200).build());
        }
        return new Fleet(new TravelTimes(ids, seconds, metres), 0, 23 * 3600, list);
    }

    /**
     * As {@link #fleet}, on time-of-day tables of two profiles: "bike" drives the grid at every hour,
     * "van" 1.5 times slower from 07:30 to 09:30 and from 16:30 to 18:30 (slices of 30 minutes);
     * couriers alternate van, bike.
     */
    static Fleet timeDependentFleet(int side, int couriers, long seed) {
        Fleet grid = fleet(side, couriers, seed);
        TravelTimes free = grid.travel();
        int[] slow = free.secondsTable();
        for (int i = 0; i < slow.length; i++) {
            slow[i] = slow[i] * 3 / 2;
        }
        int[] vanSlices = new int[48];
        Arrays.fill(vanSlices, 15, 19, 1);
        Arrays.fill(vanSlices, 33, 37, 1);
        TravelTables tables = new TravelTables(List.of("van", "bike"), 1800,
                List.of(List.of(free, new TravelTimes(free.pointIds(), slow, free.metresTable())), List.of(free)),
                Arrays.asList(vanSlices, null), 0);
        List<Courier> list = new ArrayList<>(couriers);
        for (int c = 0; c < couriers; c++) {
            list.add(grid.couriers().get(c).toBuilder().profile(c % 2 == 0 ? "van" : "bike").build());
        }
        return Fleet.timeDependent(tables, grid.hubPoint(), grid.cutoffSecond(), list);
    }

    /**
     * As {@link #fleet}, but the table is built by a straight-line model (planar, 500 m between
     * grid neighbours, 30 km/h) over the grid's locations, and the fleet carries the model and the
     * locations, so that requests and positions may be given as coordinates.
     */
    static Fleet fleetWithModel(int side, int couriers, long seed) {
        List<Location> locations = new ArrayList<>(side * side);
        List<String> ids = new ArrayList<>(side * side);
        for (int i = 0; i < side * side; i++) {
            locations.add(Location.planar(500.0 * (i % side), 500.0 * (i / side)));
            ids.add("g" + i);
        }
        TravelModel model = new StraightLineTravelModel(CoordinateSystem.PLANAR, 1.0, 30);
        Fleet grid = fleet(side, couriers, seed);
        return grid.toBuilder().travel(model.table(ids, locations)).build().withModel(model, locations);
    }

    /**
     * Seeded requests: random points, windows of 2-6 h between 8:00 and 20:00, all released (called
     * in) at 7:00: the dispatcher's clock is the latest release it has seen, so releases spread
     * over the day would expire the open requests of a benchmark's setup.
     */
    static List<Pickup> requests(String prefix, int count, int points, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Pickup> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int start = 8 * 3600 + random.nextInt(10 * 3600);
            out.add(Pickup.builder(prefix + i).point(1 + random.nextInt(points - 1))
                    .window(start, start + 2 * 3600 + random.nextInt(4 * 3600)).serviceSeconds(60 + random.nextInt(120))
                    .size(1 + random.nextInt(3)).priority(1 + random.nextInt(3)).releaseSecond(7 * 3600).build());
        }
        return out;
    }
}
