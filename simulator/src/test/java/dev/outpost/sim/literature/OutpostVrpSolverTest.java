package dev.outpost.sim.literature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.routing.RoutingOptions;
import dev.outpost.routing.RoutingProblem;
import dev.outpost.sim.literature.io.ArcConvention;
import dev.outpost.sim.literature.io.GeneratedVrpInstances;
import dev.outpost.sim.literature.io.SolomonReader;
import dev.outpost.sim.literature.io.TsplibCvrpReader;
import dev.outpost.sim.literature.io.VrpInstance;
import dev.outpost.sim.literature.io.VrpNode;
import dev.outpost.sim.literature.io.VrpObjective;
import dev.outpost.sim.literature.io.VrpSolution;
import dev.outpost.testing.SharedData;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class OutpostVrpSolverTest {

    private static final OutpostVrpSolver STEP_LIMITED = new OutpostVrpSolver(RoutingOptions.defaults()
            .withAcceptor(RoutingOptions.Acceptor.SIMULATED_ANNEALING, 100).withTimeLimit(null).withStepLimit(400));

    /** Independent check: every customer once, capacity, windows (scaled), depot due time; returns scaled distance. */
    private static long checkedDistance(VrpInstance instance, ArcConvention convention, VrpSolution solution) {
        TreeSet<Integer> served = new TreeSet<>();
        long total = 0;
        for (List<Integer> route : solution.routes()) {
            VrpNode previous = instance.depot();
            long time = convention.scaled(instance.depot().readyTime());
            int load = 0;
            for (int index : route) {
                VrpNode node = instance.nodes().get(index);
                int arc = convention.scaledArc(previous, node);
                total += arc;
                time = Math.max(time + arc, convention.scaled(node.readyTime()));
                if (Double.isFinite(node.dueTime())) {
                    assertTrue(time <= convention.scaled(node.dueTime()), "late at " + index);
                }
                time += convention.scaled(node.serviceTime());
                load += node.demand();
                assertTrue(served.add(index), "served twice: " + index);
                previous = node;
            }
            int back = convention.scaledArc(previous, instance.depot());
            total += back;
            if (Double.isFinite(instance.depot().dueTime())) {
                assertTrue(time + back <= convention.scaled(instance.depot().dueTime()), "late at the depot");
            }
            assertTrue(load <= instance.capacity(), "over capacity: " + load);
        }
        assertEquals(instance.customerCount(), served.size());
        assertTrue(solution.routes().size() <= instance.vehicleLimit());
        return total;
    }

    @Test
    void mapsASolomonInstanceWithScaledTruncatedArcs() {
        VrpInstance instance = new VrpInstance("tiny", 2, 10, List.of(
                new VrpNode(0, 0, 0, 0, 0, 1000, 0),
                new VrpNode(1, 3, 4, 4, 0, 100, 10),
                new VrpNode(2, 0, 0.35, 3, 50, 60, 5)));
        RoutingProblem problem = OutpostVrpSolver.toProblem(instance, ArcConvention.TRUNCATED_ONE_DECIMAL);
        assertEquals(50, problem.travel().seconds(0, 1));
        assertEquals(3, problem.travel().metres(0, 2));
        assertEquals(2, problem.couriers().size());
        assertEquals(10_000, problem.cutoffSecond());
        assertEquals(500, problem.pickups().get(1).windowStartSecond());
        assertEquals(50, problem.pickups().get(1).serviceSeconds());
    }

    @Test
    void solvesR101ValidlyForBothObjectives() {
        VrpInstance r101 = SolomonReader.read(SharedData.require("solomon").resolve("r101.txt"));
        for (VrpObjective objective : VrpObjective.values()) {
            VrpSolution solution = STEP_LIMITED.solve(r101, ArcConvention.TRUNCATED_ONE_DECIMAL, objective, 600, 1);
            assertEquals(List.of(), solution.unassigned());
            long distance = checkedDistance(r101, ArcConvention.TRUNCATED_ONE_DECIMAL, solution);
            // Best known 1637.7; a 400-step run from the construction heuristic stays within 25%.
            assertTrue(distance < 1.25 * 16_377, "distance " + distance);
        }
    }

    @Test
    void sameSeedAndStepLimitGiveTheSameSolution() {
        VrpInstance a32 = TsplibCvrpReader.read(SharedData.require("cvrp").resolve("A-n32-k5.vrp"));
        VrpSolution first = STEP_LIMITED.solve(a32, ArcConvention.ROUNDED_INTEGER, VrpObjective.DISTANCE, 600, 5);
        VrpSolution second = STEP_LIMITED.solve(a32, ArcConvention.ROUNDED_INTEGER, VrpObjective.DISTANCE, 600, 5);
        assertEquals(first, second);
        long distance = checkedDistance(a32, ArcConvention.ROUNDED_INTEGER, first);
        assertTrue(distance < 1.10 * 784, "distance " + distance);
    }

    /** Moved from core's ShortTimeLimitTest with the adapter. */
    @Test
    void literatureAdapterAnswersEveryCustomerUnderATinyLimit() {
        VrpInstance instance = GeneratedVrpInstances.randomSolomonLike(200, 3);
        VrpSolution solution = new OutpostVrpSolver().solve(instance, ArcConvention.TRUNCATED_ONE_DECIMAL,
                VrpObjective.DISTANCE, 0.001, 1);
        int answered = solution.unassigned().size();
        for (var route : solution.routes()) {
            answered += route.size();
        }
        assertEquals(200, answered);
    }
}
