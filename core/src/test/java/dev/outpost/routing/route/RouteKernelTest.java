package dev.outpost.routing.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.routing.Courier;
import dev.outpost.routing.Pickup;
import dev.outpost.routing.RandomRoutingProblems;
import dev.outpost.routing.RoutingOptions;
import dev.outpost.routing.RoutingProblem;
import dev.outpost.travel.TravelTimes;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RouteKernelTest {

    /** Points hub 0, A 1, B 2; seconds 0-1 100, 1-2 50, 0-2 200 (symmetric); metres = 10 x seconds. */
    private static TravelTimes triangle() {
        int[] s = {0, 100, 200, 100, 0, 50, 200, 50, 0};
        int[] m = new int[9];
        for (int i = 0; i < 9; i++) {
            m[i] = s[i] * 10;
        }
        return new TravelTimes(List.of("hub", "A", "B"), s, m);
    }

    private static RoutingOptions weights(long response, long seconds, long metres, long fixed) {
        return RoutingOptions.defaults().withResponseWeight(response).withTravelSecondWeight(seconds)
                .withMetreWeight(metres).withVehicleFixedCost(fixed);
    }

    private static RouteKernel handProblem(RoutingOptions options) {
        Courier k = Courier.builder("k").startPoint(0).available(1000).shiftEnd(5000).capacity(5).loadOnBoard(1).build();
        Pickup a = Pickup.builder("a").point(1).window(1200, 2000).serviceSeconds(60).size(2).releaseSecond(1000).build();
        Pickup b = Pickup.builder("b").point(2).window(0, 1500).serviceSeconds(30).size(1).releaseSecond(1100).build();
        return RouteKernel.of(new RoutingProblem(List.of(k), List.of(a, b), 0, 4000, triangle()), options);
    }

    @Test
    void aWalkFollowsTheRulesByHand() {
        RouteKernel kernel = handProblem(weights(1, 1, 0, 0));
        RouteWalk walk = kernel.walker().start(0);
        walk.visit(0);
        // Arrival 1000 + 100; waits for the window at 1200; leaves at 1260 with 1 + 2 on board.
        assertEquals(1100, walk.arrival());
        assertEquals(1200, walk.serviceStart());
        assertEquals(1260, walk.departure());
        assertEquals(3, walk.load());
        walk.visit(1);
        assertEquals(1310, walk.arrival());
        assertEquals(1310, walk.serviceStart());
        assertEquals(1340, walk.departure());
        walk.finish();
        assertEquals(1540, walk.hubArrival());
        assertEquals(350, walk.travelSeconds());
        assertEquals(3500, walk.metres());
        assertEquals(200 + 210, walk.weightedResponseSeconds());
        assertEquals(0, walk.hardPenalty());
        assertEquals(410 + 350, walk.softCost());
    }

    @Test
    void hardTermsAreCountedInTheirUnits() {
        // b then a: b at 1200 (late 0), a at 1200 + 30 + 50 = 1280 fine; cut-off 1300 < hub arrival.
        Courier k = Courier.builder("k").startPoint(0).available(1000).shiftEnd(1400).capacity(2).loadOnBoard(1)
                .skills("x").build();
        Pickup a = Pickup.builder("a").point(1).window(0, 1100).serviceSeconds(0).size(2).requiredSkills("y").build();
        RoutingProblem problem = new RoutingProblem(List.of(k), List.of(a), 0, 1150, triangle());
        RouteKernel kernel = RouteKernel.of(problem, weights(0, 1, 0, 0));
        RouteWalk walk = kernel.walker().start(0);
        walk.visit(0);
        walk.finish();
        // Start 1100 (on time), hub 1200: 50 past the cut-off; load 3 over capacity 2: 1; one skill missing.
        assertEquals(50 + 1 + Penalties.SKILL, walk.hardPenalty());
    }

    @Test
    void anEmptyCourierWithLoadStillDrivesToTheHub() {
        Courier k = Courier.builder("k").startPoint(1).available(0).shiftEnd(50).loadOnBoard(1).build();
        RoutingProblem problem = new RoutingProblem(List.of(k), List.of(), 0, 1000, triangle());
        RouteWalk walk = RouteKernel.of(problem, weights(0, 1, 0, 0)).walker().start(0);
        walk.finish();
        assertEquals(100, walk.hubArrival());
        assertEquals(50, walk.hardPenalty());
        assertEquals(100, walk.softCost());
    }

    @Test
    void slackInsertionByHand() {
        RouteKernel kernel = handProblem(weights(0, 1, 0, 0));
        RouteSlack slack = new RouteSlack();
        kernel.slack(0, new int[] {0}, 1, slack);
        // b before a: 0 -> B (200) -> A (50) instead of 0 -> A (100): +150 s.
        assertEquals(150, kernel.insertionCost(slack, 1, 0));
        // b after a: A -> B (50) -> hub (200) instead of A -> hub (100): +150 s.
        assertEquals(150, kernel.insertionCost(slack, 1, 1));
        // Equal costs: the lower position wins.
        assertEquals(new Insertion(0, 0, 150), kernel.cheapestInsertion(1, new RouteSlack[] {slack}));
        // With a window that closes before b can follow a, only position 0 remains.
        RouteKernel tight = RouteKernel.of(new RoutingProblem(List.of(Courier.builder("k").startPoint(0).available(1000)
                .shiftEnd(5000).capacity(5).loadOnBoard(1).build()), List.of(
                Pickup.builder("a").point(1).window(1200, 2000).serviceSeconds(60).size(2).build(),
                Pickup.builder("b").point(2).window(0, 1300).serviceSeconds(30).size(1).build()), 0, 4000, triangle()),
                weights(0, 1, 0, 0));
        tight.slack(0, new int[] {0}, 1, slack);
        assertEquals(RouteKernel.INFEASIBLE, tight.insertionCost(slack, 1, 1));
        assertEquals(new Insertion(0, 0, 150), tight.cheapestInsertion(1, new RouteSlack[] {slack}));
    }

    @Test
    void aPositionPastTheWindowSaysNoLaterPositionWorks() {
        Courier k = Courier.builder("k").startPoint(0).available(0).build();
        Pickup a = Pickup.builder("a").point(1).window(500, 600).serviceSeconds(10).build();
        Pickup early = Pickup.builder("early").point(2).window(0, 300).build();
        RouteKernel kernel = RouteKernel.of(new RoutingProblem(List.of(k), List.of(a, early), 0, 10_000, triangle()),
                weights(0, 1, 0, 0));
        RouteSlack slack = new RouteSlack();
        kernel.slack(0, new int[] {0}, 1, slack);
        assertEquals(RouteKernel.NO_LATER, kernel.insertionCost(slack, 1, 1));
        // Before a: 0 -> B (200, in its window) -> A (50, waits for 500) -> hub (100) instead of
        // 0 -> A (100) -> hub (100): feasible at +150 s, the difference of the two full walks.
        assertEquals(150, kernel.insertionCost(slack, 1, 0));
        RouteWalk walk = kernel.walker();
        assertTrue(kernel.feasible(0, new int[] {1, 0}, 2, walk));
        long with = walk.softCost();
        kernel.feasible(0, new int[] {0}, 1, walk);
        assertEquals(with - walk.softCost(), kernel.insertionCost(slack, 1, 0));
    }

    /** Two identical couriers whose ids sort opposite to their indices, with an equal-cost position tie. */
    private static RouteKernel twins(boolean swapped) {
        Courier zed = Courier.builder("zed").startPoint(0).build();
        Courier amy = Courier.builder("amy").startPoint(0).build();
        List<Courier> couriers = swapped ? List.of(amy, zed) : List.of(zed, amy);
        Pickup x = Pickup.builder("x").point(1).window(0, 10_000).build();
        Pickup y = Pickup.builder("y").point(1).window(0, 10_000).build();
        return RouteKernel.of(new RoutingProblem(couriers, List.of(x, y), 0, 20_000, triangle()), weights(0, 1, 1, 0));
    }

    @Test
    void tiesGoToTheLowerCourierIdThenTheLowerPositionInBothInputOrders() {
        for (boolean swapped : new boolean[] {false, true}) {
            RouteKernel kernel = twins(swapped);
            int amy = swapped ? 0 : 1;
            RouteSlack[] empty = {new RouteSlack(), new RouteSlack()};
            kernel.slack(0, new int[0], 0, empty[0]);
            kernel.slack(1, new int[0], 0, empty[1]);
            Insertion first = kernel.cheapestInsertion(0, empty);
            assertEquals(amy, first.courier(), "swapped " + swapped);
            // Both couriers serve x at the same point: y before or after x costs 0 in both; amy, position 0 wins.
            RouteSlack[] both = {new RouteSlack(), new RouteSlack()};
            kernel.slack(0, new int[] {0}, 1, both[0]);
            kernel.slack(1, new int[] {0}, 1, both[1]);
            assertEquals(0, kernel.insertionCost(both[0], 1, 0));
            assertEquals(0, kernel.insertionCost(both[0], 1, 1));
            assertEquals(new Insertion(amy, 0, 0), kernel.cheapestInsertion(1, both), "swapped " + swapped);
        }
    }

    @Test
    void moreThan64SkillNamesAreRejected() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 65; i++) {
            names.add("skill" + i);
        }
        Courier k = Courier.builder("k").startPoint(0).skills(names).build();
        RoutingProblem problem = new RoutingProblem(List.of(k), List.of(), 0, 1000, triangle());
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> RouteKernel.of(problem, RoutingOptions.defaults()));
        assertTrue(e.getMessage().contains("65 distinct skill names"), e.getMessage());
    }

    /**
     * The O(1) insertion check and cost equal a brute-force re-walk of the route with the pickup
     * inserted, on random problems (unreachable points, skills, loads on board, couriers not ending
     * at the hub) and random routes, feasible and not; and the scan returns the brute-force
     * minimum under the tie order.
     */
    @Test
    void insertionEqualsABruteForceReWalk() {
        checkInsertionsAgainstBruteForce(seed -> RandomRoutingProblems.generate(1000 + seed, 2 + seed % 3, 8 + seed % 9, seed % 3 == 0));
    }

    /**
     * As {@link #insertionEqualsABruteForceReWalk()} with time-dependent legs: couriers of two
     * time-dependent profiles (tables switching every 15 minutes at random) and one static profile;
     * the brute force re-walks with the legs from each actual departure, so the exact propagation
     * of the push-forward (and of the travel seconds of re-timed legs) is checked at every position.
     */
    @Test
    void timeDependentInsertionEqualsABruteForceReWalk() {
        checkInsertionsAgainstBruteForce(seed -> RandomRoutingProblems.generateTimeDependent(
                2000 + seed, 2 + seed % 3, 8 + seed % 9, seed % 3 == 0));
    }

    private static void checkInsertionsAgainstBruteForce(java.util.function.IntFunction<RoutingProblem> problems) {
        int checked = 0;
        int feasibleSeen = 0;
        int skipped = 0;
        for (int seed = 0; seed < 60; seed++) {
            RoutingProblem problem = problems.apply(seed);
            SplittableRandom random = new SplittableRandom(seed);
            RoutingOptions options = weights(random.nextInt(3), random.nextInt(3), random.nextInt(2), random.nextInt(2) * 500);
            RouteKernel k = RouteKernel.of(problem, options);
            RouteWalk walk = k.walker();
            int couriers = k.courierCount();
            RandomRoutes randomRoutes = new RandomRoutes(k, walk, random, 8);
            List<List<Integer>> routes = randomRoutes.routes;
            List<Integer> free = randomRoutes.free;
            RouteSlack[] slacks = new RouteSlack[couriers];
            for (int c = 0; c < couriers; c++) {
                slacks[c] = new RouteSlack();
                int[] seq = toArray(routes.get(c));
                k.slack(c, seq, seq.length, slacks[c]);
            }
            for (int p : free) {
                long bestCost = Long.MAX_VALUE;
                int bestRank = -1;
                int bestPos = -1;
                for (int c = 0; c < couriers; c++) {
                    List<Integer> route = routes.get(c);
                    boolean noLater = false;
                    long ownCost = RouteKernel.INFEASIBLE;
                    int ownPos = -1;
                    for (int pos = 0; pos <= route.size(); pos++) {
                        List<Integer> trial = new ArrayList<>(route);
                        trial.add(pos, p);
                        walk.start(c);
                        for (int i = 0; i <= pos; i++) {
                            walk.visit(trial.get(i));
                        }
                        assertEquals(walk.arrival(), k.insertedArrival(slacks[c], p, pos),
                                "arrival, seed " + seed + " courier " + c + " pickup " + p + " pos " + pos);
                        Long expected = bruteForceCost(k, walk, c, route, trial, p);
                        long actual = k.canTake(slacks[c], p) ? k.insertionCost(slacks[c], p, pos) : RouteKernel.INFEASIBLE;
                        String where = "seed " + seed + " courier " + c + " route " + route + " pickup " + p + " pos " + pos;
                        if (actual == RouteKernel.NO_LATER) {
                            noLater = true;
                        }
                        if (noLater || actual == RouteKernel.INFEASIBLE) {
                            assertNull(expected, where + " kernel says infeasible");
                        } else {
                            assertNotNull(expected, where + " kernel says feasible at " + actual);
                            assertEquals(expected.longValue(), actual, where);
                            feasibleSeen++;
                            if (actual < ownCost) {
                                ownCost = actual;
                                ownPos = pos;
                            }
                            int rank = k.courierRank(c);
                            if (actual < bestCost || (actual == bestCost && (rank < bestRank || (rank == bestRank && pos < bestPos)))) {
                                bestCost = actual;
                                bestRank = rank;
                                bestPos = pos;
                            }
                        }
                        checked++;
                    }
                    if (k.canTake(slacks[c], p)) {
                        // The one-pass scan of a route: the cheapest of the brute force, lowest position on ties.
                        long[] cost = new long[1];
                        assertEquals(ownPos, k.cheapestPosition(slacks[c], p, cost), "seed " + seed + " courier " + c + " pickup " + p);
                        assertEquals(ownCost, cost[0], "seed " + seed + " courier " + c + " pickup " + p);
                        skipped += checkBlinkingScan(k, slacks[c], p, seed * 1_000_003L + c * 7919L + p);
                    }
                }
                Insertion scan = k.cheapestInsertion(p, slacks);
                if (bestRank < 0) {
                    assertNull(scan, "seed " + seed + " pickup " + p);
                } else {
                    assertEquals(new Insertion(k.courierByRank(bestRank), bestPos, bestCost), scan, "seed " + seed + " pickup " + p);
                }
            }
        }
        assertTrue(checked > 2000, "checked " + checked);
        assertTrue(feasibleSeen > 200, "feasible " + feasibleSeen);
        assertFalse(checked == feasibleSeen);
        assertTrue(skipped > 20, "blinks " + skipped);
    }

    /**
     * The blinking one-pass scan (ruin-and-recreate's) against its loop over insertionCost with the
     * same xorshift skips, for 8 blink states: same position, cost and state after. Returns the skips seen.
     */
    private static int checkBlinkingScan(RouteKernel k, RouteSlack slack, int p, long seed) {
        int skipped = 0;
        SplittableRandom states = new SplittableRandom(seed);
        for (int t = 0; t < 8; t++) {
            long state = states.nextLong() | 1L;
            long blink = state;
            long bestCost = RouteKernel.INFEASIBLE;
            int bestPos = -1;
            for (int pos = 0; pos <= slack.length(); pos++) {
                blink ^= blink << 13;
                blink ^= blink >>> 7;
                blink ^= blink << 17;
                if ((blink >>> 57) == 0) {
                    skipped++;
                    continue;
                }
                long cost = k.insertionCost(slack, p, pos);
                if (cost == RouteKernel.NO_LATER) {
                    break;
                }
                if (cost < bestCost) {
                    bestCost = cost;
                    bestPos = pos;
                }
            }
            long[] found = new long[2];
            String where = "pickup " + p + " courier " + slack.courier() + " state " + state;
            assertEquals(bestPos, k.cheapestPosition(slack, p, found, state), where);
            assertEquals(bestCost, found[0], where);
            assertEquals(blink, found[1], where);
        }
        return skipped;
    }

    /** The cost by re-walking both routes, or null when the new route breaks a hard rule. */
    private static Long bruteForceCost(RouteKernel k, RouteWalk walk, int c, List<Integer> before, List<Integer> after, int p) {
        walk.start(c);
        int start = -1;
        for (int q : after) {
            walk.visit(q);
            if (q == p) {
                start = walk.serviceStart();
            }
        }
        walk.finish();
        if (walk.hardPenalty() != 0) {
            return null;
        }
        long seconds = walk.travelSeconds();
        long metres = walk.metres();
        walk.start(c);
        before.forEach(walk::visit);
        walk.finish();
        return k.travelSecondWeight() * (seconds - walk.travelSeconds()) + k.metreWeight() * (metres - walk.metres())
                + k.responseWeight() * k.priority(p) * Math.max(0, start - k.release(p))
                + (before.isEmpty() ? k.vehicleFixedCost() : 0);
    }

    private static int[] toArray(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }
}
