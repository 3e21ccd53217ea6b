package dev.outpost.routing.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.outpost.routing.Courier;
import dev.outpost.routing.Pickup;
import dev.outpost.routing.RoutingOptions;
import dev.outpost.routing.RoutingProblem;
import dev.outpost.travel.TravelTimes;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The dispatcher's incremental kernel paths (derive, withPickup) equal a kernel built from the whole problem. */
class RouteKernelIncrementalTest {

    private static TravelTimes line(int n) {
        int[] s = new int[n * n];
        int[] m = new int[n * n];
        List<String> ids = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            ids.add("p" + a);
            for (int b = 0; b < n; b++) {
                s[a * n + b] = 100 * Math.abs(a - b);
                m[a * n + b] = 900 * Math.abs(a - b);
            }
        }
        return new TravelTimes(ids, s, m);
    }

    @Test
    void derivedAndAppendedKernelsInsertLikeAFreshOne() {
        TravelTimes travel = line(12);
        SplittableRandom random = new SplittableRandom(4);
        List<Courier> couriers = List.of(
                Courier.builder("b").startPoint(3).available(1000).capacity(6).skills("x").build(),
                Courier.builder("a").startPoint(9).available(500).capacity(8).build());
        List<Pickup> pickups = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            int start = random.nextInt(20_000);
            Pickup.Builder b = Pickup.builder("q" + i).point(1 + random.nextInt(11)).window(start, start + 4000 + random.nextInt(8000))
                    .serviceSeconds(random.nextInt(300)).size(1 + random.nextInt(2));
            if (i % 7 == 0) {
                b.requiredSkills(i % 14 == 0 ? "x" : "y");
            }
            pickups.add(b.build());
        }
        RoutingOptions options = RoutingOptions.defaults();
        RouteKernel incremental = RouteKernel.of(new RoutingProblem(couriers, List.of(), 0, 100_000, travel), options);
        List<List<Integer>> routes = List.of(new ArrayList<>(), new ArrayList<>());
        List<List<Integer>> expectedRoutes = List.of(new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < pickups.size(); i++) {
            incremental = i % 2 == 0 ? incremental.withPickup(pickups.get(i)) : incremental.derive(couriers, pickups.subList(0, i + 1));
            RouteKernel fresh = RouteKernel.of(new RoutingProblem(couriers, pickups.subList(0, i + 1), 0, 100_000, travel), options);
            List<Integer> left = incremental.insertAll(routes, List.of(i));
            List<Integer> expectedLeft = fresh.insertAll(expectedRoutes, List.of(i));
            assertEquals(expectedLeft, left, "pickup " + i);
            assertEquals(expectedRoutes, routes, "pickup " + i);
        }
        // A courier's new live state: withCourier inserts like a fresh kernel of the changed problem.
        Courier moved = couriers.get(1).toBuilder().startPoint(5).available(4000).loadOnBoard(3).build();
        List<Courier> changed = List.of(couriers.get(0), moved);
        RouteKernel replaced = incremental.withCourier(1, moved);
        RouteKernel fresh = RouteKernel.of(new RoutingProblem(changed, pickups, 0, 100_000, travel), options);
        List<List<Integer>> a = List.of(new ArrayList<>(), new ArrayList<>());
        List<List<Integer>> b = List.of(new ArrayList<>(), new ArrayList<>());
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < pickups.size(); i++) {
            all.add(i);
        }
        assertEquals(fresh.insertAll(b, all), replaced.insertAll(a, all));
        assertEquals(b, a);
        assertThrows(IllegalArgumentException.class, () -> RouteKernel.of(new RoutingProblem(couriers, List.of(), 0, 100_000, travel),
                options).withPickup(Pickup.builder("far").point(12).window(0, 10).build()));
    }

    @Test
    void appendingTwiceToOneKernelGivesIndependentKernels() {
        TravelTimes travel = line(12);
        List<Courier> couriers = List.of(Courier.builder("a").startPoint(0).capacity(100).build());
        RoutingOptions options = RoutingOptions.defaults();
        RouteKernel base = RouteKernel.of(new RoutingProblem(couriers, List.of(), 0, 100_000, travel), options);
        for (int i = 0; i < 40; i++) {
            // Grows past several capacity doublings; every step keeps its own view.
            base = base.withPickup(Pickup.builder("q" + i).point(1 + i % 11).window(0, 50_000).serviceSeconds(i).build());
        }
        RouteKernel left = base.withPickup(Pickup.builder("left").point(2).window(100, 200).serviceSeconds(7).size(3).build());
        RouteKernel right = base.withPickup(Pickup.builder("right").point(9).window(300, 400).serviceSeconds(9).size(5)
                .requiredSkills("z").build());
        RouteKernel leftAgain = left.withPickup(Pickup.builder("next").point(4).window(0, 900).build());
        assertEquals(40, base.pickupCount());
        assertEquals(41, left.pickupCount());
        assertEquals(41, right.pickupCount());
        assertEquals(42, leftAgain.pickupCount());
        assertEquals(2, left.pickupPoint(40));
        assertEquals(2, leftAgain.pickupPoint(40));
        assertEquals(4, leftAgain.pickupPoint(41));
        assertEquals(9, right.pickupPoint(40));
        assertEquals(100, left.windowStart(40));
        assertEquals(300, right.windowStart(40));
        assertEquals(3, left.size(40));
        assertEquals(5, right.size(40));
        assertEquals(0L, left.requiredSkills(40));
        assertEquals(1L, right.requiredSkills(40));
        for (int i = 0; i < 40; i++) {
            assertEquals(1 + i % 11, right.pickupPoint(i), "pickup " + i);
            assertEquals(i, leftAgain.service(i), "pickup " + i);
        }
    }
}
