package dev.outpost.bench.peers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.sim.literature.check.VrpCheck;
import dev.outpost.sim.literature.check.VrpSolutionChecker;
import dev.outpost.sim.literature.io.ArcConvention;
import dev.outpost.sim.literature.io.SolomonReader;
import dev.outpost.sim.literature.io.TsplibCvrpReader;
import dev.outpost.sim.literature.io.VrpInstance;
import dev.outpost.sim.literature.io.VrpObjective;
import dev.outpost.sim.literature.io.VrpSolution;
import dev.outpost.testing.SharedData;
import java.util.List;
import org.junit.jupiter.api.Test;

class JspritVrpSolverTest {

    /** A time limit long enough never to bind before the iteration limit on this machine. */
    private static final double GENEROUS_SECONDS = 600;

    @Test
    void solvesC101UnderTheTruncatedConventionValidlyAndReproducibly() {
        VrpInstance c101 = SolomonReader.read(SharedData.require("solomon").resolve("c101.txt"));
        JspritVrpSolver solver = new JspritVrpSolver(300, false);
        VrpSolution a = solver.solve(c101, ArcConvention.TRUNCATED_ONE_DECIMAL, VrpObjective.DISTANCE, GENEROUS_SECONDS, 5);
        VrpCheck check = VrpSolutionChecker.check(c101, ArcConvention.TRUNCATED_ONE_DECIMAL, a);
        assertEquals(List.of(), check.violations());
        // Never below the proven optimum under the same convention: the matrices agree with the checker.
        assertTrue(check.distance() >= 827.3 - 1e-6, Double.toString(check.distance()));
        assertTrue(check.distance() <= 827.3 * 1.05, Double.toString(check.distance()));
        assertEquals(a, new JspritVrpSolver(300, false).solve(c101, ArcConvention.TRUNCATED_ONE_DECIMAL,
                VrpObjective.DISTANCE, GENEROUS_SECONDS, 5));
    }

    @Test
    void solvesAugeratWithinTheVehicleLimitAndAtLeastTheOptimum() {
        VrpInstance a = TsplibCvrpReader.read(SharedData.require("cvrp").resolve("A-n32-k5.vrp"));
        VrpSolution s = new JspritVrpSolver(300, false).solve(a, ArcConvention.ROUNDED_INTEGER, VrpObjective.DISTANCE,
                GENEROUS_SECONDS, 1);
        VrpCheck check = VrpSolutionChecker.check(a, ArcConvention.ROUNDED_INTEGER, s);
        assertTrue(check.vehicles() <= 5);
        assertEquals(31, check.served() + s.unassigned().size());
        assertTrue(check.distance() >= 784, Double.toString(check.distance()));
    }

    @Test
    void hierarchicalObjectiveUsesTheMinimumFleetOnC101() {
        VrpInstance c101 = SolomonReader.read(SharedData.require("solomon").resolve("c101.txt"));
        VrpSolution s = new JspritVrpSolver(300, false).solve(c101, ArcConvention.EXACT, VrpObjective.HIERARCHICAL,
                GENEROUS_SECONDS, 2);
        VrpCheck check = VrpSolutionChecker.check(c101, ArcConvention.EXACT, s);
        assertEquals(List.of(), check.violations());
        assertEquals(10, check.vehicles());
    }

    @Test
    void cpuTimeBudgetStopsAfterAboutThatMuchCpu() {
        VrpInstance a = TsplibCvrpReader.read(SharedData.require("cvrp").resolve("A-n32-k5.vrp"));
        java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
        long before = bean.getCurrentThreadCpuTime();
        VrpSolution s = new JspritVrpSolver(0, true).solve(a, ArcConvention.ROUNDED_INTEGER, VrpObjective.DISTANCE, 0.5, 3);
        double cpuSeconds = (bean.getCurrentThreadCpuTime() - before) / 1e9;
        assertTrue(cpuSeconds >= 0.5 && cpuSeconds < 5, Double.toString(cpuSeconds));
        assertEquals(31, VrpSolutionChecker.check(a, ArcConvention.ROUNDED_INTEGER, s).served() + s.unassigned().size());
        assertEquals("jsprit-cpu", new JspritVrpSolver(0, true).name());
    }
}
