package dev.outpost.bench.routing;

import dev.outpost.routing.Courier;
import dev.outpost.routing.Pickup;
import dev.outpost.routing.RoutingProblem;
import dev.outpost.travel.TravelTimes;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded city-like routing problems for the benchmarks: a hub in the middle of a 20 km square,
 * couriers starting at 10 outposts at 08:00 with 40 units of capacity until 18:00 (cut-off
 * 18:30), pickups of 1-3 units with 2-hour windows between 08:00 and 17:00, 3-minute service,
 * straight-line travel at 8 m/s.
 */
final class CityProblems {

    private CityProblems() {
    }

    /** Pickup {@code i} of the city of this seed (the same for every pickup count). */
    static Pickup pickup(SplittableRandom random, int i, int point) {
        int open = 8 * 3600 + random.nextInt(7 * 3600);
        return Pickup.builder("p" + i).point(point).window(open, open + 2 * 3600).serviceSeconds(180)
                .size(1 + random.nextInt(3)).releaseSecond(open - 1800).build();
    }

    /**
     * A problem with {@code pickups} pickups and {@code couriers} couriers; with {@code extra} > 0
     * the first {@code pickups} pickups are the same as without, plus {@code extra} more.
     */
    static RoutingProblem generate(long seed, int couriers, int pickups, int extra) {
        SplittableRandom random = new SplittableRandom(seed);
        int outposts = 10;
        int total = pickups + extra;
        int points = 1 + outposts + total;
        double[] x = new double[points];
        double[] y = new double[points];
        x[0] = 10_000;
        y[0] = 10_000;
        for (int i = 1; i < points; i++) {
            x[i] = random.nextDouble(20_000);
            y[i] = random.nextDouble(20_000);
        }
        int[] seconds = new int[points * points];
        int[] metres = new int[points * points];
        List<String> ids = new ArrayList<>(points);
        for (int i = 0; i < points; i++) {
            ids.add("pt" + i);
            for (int j = 0; j < points; j++) {
                int m = (int) Math.round(Math.hypot(x[i] - x[j], y[i] - y[j]));
                metres[i * points + j] = m;
                seconds[i * points + j] = m / 8;
            }
        }
        List<Courier> courierList = new ArrayList<>(couriers);
        for (int c = 0; c < couriers; c++) {
            courierList.add(Courier.builder(String.format("k%03d", c)).startPoint(1 + c % outposts).available(8 * 3600)
                    .shiftEnd(18 * 3600).capacity(40).build());
        }
        List<Pickup> pickupList = new ArrayList<>(total);
        SplittableRandom windows = new SplittableRandom(seed + 1);
        for (int i = 0; i < total; i++) {
            pickupList.add(pickup(windows, i, 1 + outposts + i));
        }
        return new RoutingProblem(courierList, pickupList, 0, 18 * 3600 + 1800, new TravelTimes(ids, seconds, metres));
    }
}
