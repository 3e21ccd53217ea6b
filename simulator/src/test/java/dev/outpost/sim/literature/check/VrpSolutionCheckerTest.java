package dev.outpost.sim.literature.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.sim.literature.io.ArcConvention;
import dev.outpost.sim.literature.io.SolomonReader;
import dev.outpost.sim.literature.io.TsplibCvrpReader;
import dev.outpost.sim.literature.io.VrpInstance;
import dev.outpost.sim.literature.io.VrpNode;
import dev.outpost.sim.literature.io.VrpSolution;
import dev.outpost.testing.SharedData;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class VrpSolutionCheckerTest {

    /** The published optimal routes of c101 (10 vehicles; 827.3 truncated, 828.94 exact). */
    private static final List<List<Integer>> C101_OPTIMUM = List.of(
            List.of(5, 3, 7, 8, 10, 11, 9, 6, 4, 2, 1, 75),
            List.of(13, 17, 18, 19, 15, 16, 14, 12),
            List.of(20, 24, 25, 27, 29, 30, 28, 26, 23, 22, 21),
            List.of(32, 33, 31, 35, 37, 38, 39, 36, 34),
            List.of(43, 42, 41, 40, 44, 46, 45, 48, 51, 50, 52, 49, 47),
            List.of(57, 55, 54, 53, 56, 58, 60, 59),
            List.of(67, 65, 63, 62, 74, 72, 61, 64, 68, 66, 69),
            List.of(81, 78, 76, 71, 70, 73, 77, 79, 80),
            List.of(90, 87, 86, 83, 82, 84, 85, 88, 89, 91),
            List.of(98, 96, 95, 94, 92, 93, 97, 100, 99));

    /** The proven optimal routes of A-n32-k5 (CVRPLIB numbering = our customer indices), cost 784. */
    private static final List<List<Integer>> AN32K5_OPTIMUM = List.of(
            List.of(21, 31, 19, 17, 13, 7, 26),
            List.of(12, 1, 16, 30),
            List.of(27, 24),
            List.of(29, 18, 8, 9, 22, 15, 10, 25, 5, 20),
            List.of(14, 28, 11, 4, 23, 3, 2, 6));

    /** Depot (0,0) with horizon 100; customers at (3,4), (1,1) and (3,0). */
    private static VrpInstance triangle() {
        return new VrpInstance("triangle", 2, 10, List.of(
                new VrpNode(0, 0, 0, 0, 0, 100, 0),
                new VrpNode(1, 3, 4, 4, 0, 100, 1),
                new VrpNode(2, 1, 1, 4, 0, 100, 1),
                new VrpNode(3, 3, 0, 4, 20, 30, 1)));
    }

    @Test
    void publishedC101OptimumIsValidUnderBothSolomonConventions() {
        VrpInstance c101 = SolomonReader.read(SharedData.require("solomon").resolve("c101.txt"));
        VrpSolution optimum = new VrpSolution(C101_OPTIMUM, List.of());
        VrpCheck truncated = VrpSolutionChecker.check(c101, ArcConvention.TRUNCATED_ONE_DECIMAL, optimum);
        assertEquals(List.of(), truncated.violations());
        assertEquals(827.3, truncated.distance(), 1e-6);
        assertEquals(10, truncated.vehicles());
        assertEquals(100, truncated.served());
        VrpCheck exact = VrpSolutionChecker.check(c101, ArcConvention.EXACT, optimum);
        assertTrue(exact.valid(), exact.violations()::toString);
        assertEquals(828.94, exact.distance(), 0.005);
    }

    @Test
    void provenAn32k5OptimumCosts784() {
        VrpInstance a = TsplibCvrpReader.read(SharedData.require("cvrp").resolve("A-n32-k5.vrp"));
        VrpCheck check = VrpSolutionChecker.check(a, ArcConvention.ROUNDED_INTEGER, new VrpSolution(AN32K5_OPTIMUM, List.of()));
        assertEquals(List.of(), check.violations());
        assertEquals(784.0, check.distance());
        assertEquals(5, check.vehicles());
    }

    @Test
    void measuresArcsInEachConvention() {
        // 0 -> 2 -> 0 is two arcs of sqrt(2) = 1.41421...
        VrpSolution one = new VrpSolution(List.of(List.of(2), List.of(1, 3)), List.of());
        // Route 2: 0 -> (3,4) = 5, (3,4) -> (3,0) = 4, (3,0) -> 0 = 3.
        assertEquals(2.8 + 12, VrpSolutionChecker.check(triangle(), ArcConvention.TRUNCATED_ONE_DECIMAL, one).distance(), 1e-9);
        assertEquals(2 * Math.sqrt(2) + 12, VrpSolutionChecker.check(triangle(), ArcConvention.EXACT, one).distance(), 1e-9);
        assertEquals(2 + 12, VrpSolutionChecker.check(triangle(), ArcConvention.ROUNDED_INTEGER, one).distance(), 1e-9);
        assertTrue(VrpSolutionChecker.check(triangle(), ArcConvention.EXACT, one).valid());
    }

    @Test
    void waitingIsAllowedButLatenessIsNot() {
        // Customer 3 opens at 20: arriving at 3 means waiting, not a violation.
        VrpCheck early = VrpSolutionChecker.check(triangle(), ArcConvention.EXACT,
                new VrpSolution(List.of(List.of(3, 1), List.of(2)), List.of()));
        assertTrue(early.valid(), early.violations()::toString);
        VrpInstance tight = new VrpInstance("tight", 2, 10, List.of(
                new VrpNode(0, 0, 0, 0, 0, 100, 0),
                new VrpNode(1, 3, 4, 4, 0, 100, 10),
                new VrpNode(2, 3, 0, 4, 0, 8, 0)));
        // 0 -> 1 arrives at 5, leaves at 15, reaches 2 at 19 > 8.
        VrpCheck late = VrpSolutionChecker.check(tight, ArcConvention.EXACT, new VrpSolution(List.of(List.of(1, 2)), List.of()));
        assertEquals(1, late.violations().size());
        assertTrue(late.violations().get(0).contains("customer 2 (id 2) is served at 19.0000, after its due time 8.0000"),
                late.violations().toString());
        // The other order is feasible: 2 at 3, 1 at 3 + 4 = 7.
        assertTrue(VrpSolutionChecker.check(tight, ArcConvention.EXACT, new VrpSolution(List.of(List.of(2, 1)), List.of())).valid());
    }

    @Test
    void lateReturnToTheDepotIsAViolation() {
        VrpInstance shortDay = new VrpInstance("short", 2, 10, List.of(
                new VrpNode(0, 0, 0, 0, 0, 12, 0),
                new VrpNode(1, 3, 4, 1, 0, 100, 3)));
        VrpCheck check = VrpSolutionChecker.check(shortDay, ArcConvention.EXACT, new VrpSolution(List.of(List.of(1)), List.of()));
        assertFalse(check.valid());
        assertTrue(check.violations().get(0).contains("back at the depot at 13.0000"), check.violations().toString());
    }

    @Test
    void detectsCapacityVehicleLimitDuplicatesMissingAndUnassigned() {
        VrpInstance a = TsplibCvrpReader.read(SharedData.require("cvrp").resolve("A-n32-k5.vrp"));
        List<List<Integer>> merged = new ArrayList<>(AN32K5_OPTIMUM);
        List<Integer> both = new ArrayList<>(merged.remove(0));
        both.addAll(merged.remove(0));
        merged.add(0, both);
        VrpCheck capacity = VrpSolutionChecker.check(a, ArcConvention.ROUNDED_INTEGER, new VrpSolution(merged, List.of()));
        assertEquals(List.of("Route 0: the load (170) exceeds the capacity (100)."), capacity.violations());

        List<List<Integer>> split = new ArrayList<>(AN32K5_OPTIMUM);
        split.set(2, List.of(27));
        split.add(List.of(24));
        VrpCheck limit = VrpSolutionChecker.check(a, ArcConvention.ROUNDED_INTEGER, new VrpSolution(split, List.of()));
        assertEquals(List.of("The solution uses 6 vehicles; the limit is 5."), limit.violations());

        List<List<Integer>> broken = new ArrayList<>(AN32K5_OPTIMUM);
        broken.set(2, List.of(27, 21));
        broken.set(1, List.of(12, 1, 16));
        VrpCheck duplicate = VrpSolutionChecker.check(a, ArcConvention.ROUNDED_INTEGER, new VrpSolution(broken, List.of()));
        assertTrue(duplicate.violations().contains("The customer 21 is visited 2 times."), duplicate.violations().toString());
        assertTrue(duplicate.violations().contains("The customer 24 is neither on a route nor listed unassigned."));
        assertTrue(duplicate.violations().contains("The customer 30 is neither on a route nor listed unassigned."));
        assertEquals(29, duplicate.served());

        List<List<Integer>> dropped = new ArrayList<>(AN32K5_OPTIMUM);
        dropped.set(2, List.of(27));
        VrpCheck unassigned = VrpSolutionChecker.check(a, ArcConvention.ROUNDED_INTEGER, new VrpSolution(dropped, List.of(24)));
        assertEquals(List.of("1 customers are unassigned; every customer must be served."), unassigned.violations());

        VrpCheck outside = VrpSolutionChecker.check(a, ArcConvention.ROUNDED_INTEGER,
                new VrpSolution(List.of(List.of(0, 32)), List.of()));
        assertTrue(outside.violations().get(0).contains("the customer index (0) is outside 1..31"), outside.violations().toString());
        assertTrue(outside.violations().get(1).contains("the customer index (32) is outside 1..31"));
    }

    @Test
    void reversedOptimalRouteOfC101BreaksWindows() {
        VrpInstance c101 = SolomonReader.read(SharedData.require("solomon").resolve("c101.txt"));
        List<List<Integer>> routes = new ArrayList<>(C101_OPTIMUM);
        List<Integer> reversed = new ArrayList<>(routes.get(1));
        Collections.reverse(reversed);
        routes.set(1, reversed);
        VrpCheck check = VrpSolutionChecker.check(c101, ArcConvention.TRUNCATED_ONE_DECIMAL, new VrpSolution(routes, List.of()));
        assertFalse(check.valid());
        assertTrue(check.violations().stream().allMatch(v -> v.startsWith("Route 1: ")), check.violations().toString());
        // Reversing a route does not change its length under a symmetric convention.
        assertEquals(827.3, check.distance(), 1e-6);
    }
}
