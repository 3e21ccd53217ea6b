package dev.outpost.routing.internal.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.routing.RandomRoutingProblems;
import dev.outpost.routing.RoutingOptions;
import dev.outpost.routing.RoutingProblem;
import dev.outpost.routing.route.RouteKernel;
import dev.outpost.routing.route.RouteWalk;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The ejection search on random problems (windows, skills, capacities, load on board, couriers
 * that do not end at the hub): the routes it returns serve the same pickups, each route is
 * feasible, the number of used routes falls by the number it reports, a removal kept under "no
 * loss" never raises the cost, and the result depends only on the seed.
 */
class RouteMinimiserTest {

    private static List<List<Integer>> construct(RouteKernel k) {
        List<List<Integer>> routes = new ArrayList<>();
        for (int c = 0; c < k.courierCount(); c++) {
            routes.add(new ArrayList<>());
        }
        k.insertAll(routes, IntStream.range(0, k.pickupCount()).boxed().toList());
        return routes;
    }

    private static long used(List<List<Integer>> routes) {
        return routes.stream().filter(r -> !r.isEmpty()).count();
    }

    private static List<Integer> served(List<List<Integer>> routes) {
        List<Integer> all = new ArrayList<>();
        routes.forEach(all::addAll);
        all.sort(Integer::compare);
        return all;
    }

    private static long cost(RouteKernel k, List<List<Integer>> routes) {
        RouteWalk walk = k.walker();
        long total = 0;
        for (int c = 0; c < routes.size(); c++) {
            walk.start(c);
            routes.get(c).forEach(walk::visit);
            walk.finish();
            assertEquals(0, walk.hardPenalty(), "route of courier " + c + " breaks a hard rule");
            total += walk.softCost();
        }
        return total;
    }

    private static List<List<Integer>> copy(List<List<Integer>> routes) {
        List<List<Integer>> copy = new ArrayList<>();
        routes.forEach(r -> copy.add(new ArrayList<>(r)));
        return copy;
    }

    @Test
    void savesRoutesKeepingEveryPickupAndEveryRouteFeasible() {
        int savedTotal = 0;
        for (long seed = 1; seed <= 12; seed++) {
            RoutingProblem problem = RandomRoutingProblems.generate(seed, 12, 60, false);
            RouteKernel k = RouteKernel.of(problem, RoutingOptions.defaults().withVehicleFixedCost(100_000));
            List<List<Integer>> routes = construct(k);
            List<Integer> before = served(routes);
            long usedBefore = used(routes);
            long costBefore = cost(k, routes);
            List<List<Integer>> again = copy(routes);
            int saved = new RouteMinimiser(k, 2_000, Double.POSITIVE_INFINITY, seed, Long.MAX_VALUE).minimise(routes, 100);
            assertEquals(before, served(routes), "seed " + seed);
            assertEquals(usedBefore - saved, used(routes), "seed " + seed);
            long costAfter = cost(k, routes);
            assertTrue(saved == 0 || costAfter != costBefore, "seed " + seed);
            new RouteMinimiser(k, 2_000, Double.POSITIVE_INFINITY, seed, Long.MAX_VALUE).minimise(again, 100);
            assertEquals(routes, again, "same seed, same routes (seed " + seed + ")");
            savedTotal += saved;
        }
        assertTrue(savedTotal > 0, "the construction of some of these problems leaves a route to save");
    }

    @Test
    void underNoLossARemovalNeverRaisesTheCost() {
        for (long seed = 1; seed <= 12; seed++) {
            RoutingProblem problem = RandomRoutingProblems.generate(seed, 12, 60, false);
            RouteKernel k = RouteKernel.of(problem, RoutingOptions.defaults());
            List<List<Integer>> routes = construct(k);
            long before = cost(k, routes);
            new RouteMinimiser(k, 2_000, 0, seed, Long.MAX_VALUE).minimise(routes, 100);
            assertTrue(cost(k, routes) <= before, "seed " + seed);
        }
    }

    @Test
    void aPassedDeadlineSavesNothing() {
        RoutingProblem problem = RandomRoutingProblems.generate(3, 12, 60, false);
        RouteKernel k = RouteKernel.of(problem, RoutingOptions.defaults().withVehicleFixedCost(100_000));
        List<List<Integer>> routes = construct(k);
        List<List<Integer>> before = copy(routes);
        // Every ejection search gives up at its 16th step; the ones that finish sooner may still save.
        int saved = new RouteMinimiser(k, 2_000, Double.POSITIVE_INFINITY, 3, System.nanoTime() - 1).minimise(routes, 100);
        assertEquals(used(before) - saved, used(routes));
        assertEquals(served(before), served(routes));
    }
}
