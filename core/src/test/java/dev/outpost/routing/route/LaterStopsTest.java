package dev.outpost.routing.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.model.CourierBreak;
import dev.outpost.routing.Courier;
import dev.outpost.routing.Pickup;
import dev.outpost.routing.RandomRoutingProblems;
import dev.outpost.routing.RoutingOptions;
import dev.outpost.routing.RoutingProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * {@link LaterStops#cost} equals a full walk of the route with the pickup inserted, at every
 * position of random routes (feasible or not), with static and time-dependent legs, windows that
 * make couriers wait and windows that are all open (a dispatcher's requests: the delay runs to the
 * route's end), and couriers with breaks.
 */
class LaterStopsTest {

    @Test
    void equalsTheFullWalkOnStaticRoutes() {
        Counts counts = check(seed -> RandomRoutingProblems.generate(3000 + seed, 2 + seed % 3, 10 + seed % 13, seed % 5 == 0));
        assertTrue(counts.visited < counts.fullVisits, counts.toString());
        // Windows all open, no breaks, static legs: the delay is constant to the route's end, so a
        // position walks the pickup and the stop after it only, however long the route.
        assertEquals(0, counts.longOpenWalks, counts.toString());
    }

    @Test
    void equalsTheFullWalkOnTimeDependentRoutes() {
        Counts counts = check(seed -> RandomRoutingProblems.generateTimeDependent(4000 + seed, 2 + seed % 3, 10 + seed % 13,
                seed % 5 == 0));
        assertTrue(counts.visited < counts.fullVisits, counts.toString());
    }

    private record Counts(long checked, long feasible, long visited, long fullVisits, long longOpenWalks) {
    }

    /** Variant by seed: as generated, all windows open from 08:00 (no waiting), or with breaks. */
    private static RoutingProblem variant(RoutingProblem base, int seed) {
        int kind = seed % 3;
        if (kind == 0) {
            return base;
        }
        List<Pickup> pickups = new ArrayList<>();
        for (Pickup p : base.pickups()) {
            pickups.add(kind == 1 ? p.toBuilder().window(8 * 3600, 20 * 3600).releaseSecond(8 * 3600).build() : p);
        }
        List<Courier> couriers = new ArrayList<>();
        for (Courier c : base.couriers()) {
            couriers.add(kind == 2 ? c.toBuilder().breaks(List.of(new CourierBreak(c.availableSecond() + 3600,
                    c.availableSecond() + 7200 + 900, 900))).build() : c);
        }
        return base.tables() == null
                ? new RoutingProblem(couriers, pickups, base.hubPoint(), base.cutoffSecond(), base.travel())
                : RoutingProblem.timeDependent(couriers, pickups, base.hubPoint(), base.cutoffSecond(), base.tables());
    }

    private static Counts check(IntFunction<RoutingProblem> problems) {
        long checked = 0;
        long feasible = 0;
        long visited = 0;
        long fullVisits = 0;
        long longOpenWalks = 0;
        for (int seed = 0; seed < 90; seed++) {
            RoutingProblem problem = variant(problems.apply(seed), seed);
            SplittableRandom random = new SplittableRandom(seed);
            RoutingOptions options = RoutingOptions.defaults().withResponseWeight(1 + random.nextInt(3))
                    .withTravelSecondWeight(random.nextInt(3)).withMetreWeight(random.nextInt(2))
                    .withVehicleFixedCost(random.nextInt(2) * 500L);
            RouteKernel k = RouteKernel.of(problem, options);
            RouteWalk walk = k.walker();
            LaterStops later = new LaterStops(k);
            int couriers = k.courierCount();
            RandomRoutes randomRoutes = new RandomRoutes(k, walk, random, 6);
            List<List<Integer>> routes = randomRoutes.routes;
            List<Integer> free = randomRoutes.free;
            for (int c = 0; c < couriers; c++) {
                int[] seq = routes.get(c).stream().mapToInt(Integer::intValue).toArray();
                int n = seq.length;
                walk.route(c, seq);
                long before = walk.softCost();
                assertEquals(before, later.prepare(c, seq, n));
                for (int p : free) {
                    for (int position = 0; position <= n; position++) {
                        walk.start(c);
                        for (int i = 0; i <= n; i++) {
                            if (i == position) {
                                walk.visit(p);
                            }
                            if (i < n) {
                                walk.visit(seq[i]);
                            }
                        }
                        walk.finish();
                        fullVisits += n + 1 - position;
                        long expected = walk.hardPenalty() > 0 ? RouteKernel.INFEASIBLE : walk.softCost() - before;
                        long visitsBefore = later.visited;
                        long actual = later.cost(p, position);
                        visited += later.visited - visitsBefore;
                        if (seed % 3 == 1 && problem.tables() == null && later.visited - visitsBefore > 2) {
                            longOpenWalks++;
                        }
                        assertEquals(expected, actual, "seed " + seed + " courier " + c + " route " + routes.get(c) + " pickup " + p
                                + " position " + position);
                        checked++;
                        if (expected != RouteKernel.INFEASIBLE) {
                            feasible++;
                        }
                    }
                }
            }
        }
        Counts counts = new Counts(checked, feasible, visited, fullVisits, longOpenWalks);
        assertTrue(checked > 5000 && feasible > 1000 && feasible < checked, counts.toString());
        return counts;
    }
}
