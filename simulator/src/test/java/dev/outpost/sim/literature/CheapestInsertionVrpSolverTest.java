package dev.outpost.sim.literature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.sim.literature.check.VrpCheck;
import dev.outpost.sim.literature.check.VrpSolutionChecker;
import dev.outpost.sim.literature.io.ArcConvention;
import dev.outpost.sim.literature.io.GeneratedVrpInstances;
import dev.outpost.sim.literature.io.VrpInstance;
import dev.outpost.sim.literature.io.VrpNode;
import dev.outpost.sim.literature.io.VrpObjective;
import dev.outpost.sim.literature.io.VrpSolution;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheapestInsertionVrpSolverTest {

    @Test
    void generatedThousandCustomerInstanceIsSolvedValidlyAndDeterministically() {
        VrpInstance instance = GeneratedVrpInstances.randomSolomonLike(1000, 11);
        CheapestInsertionVrpSolver solver = new CheapestInsertionVrpSolver();
        for (ArcConvention convention : ArcConvention.values()) {
            VrpSolution a = solver.solve(instance, convention, VrpObjective.DISTANCE, 1, 0);
            VrpCheck check = VrpSolutionChecker.check(instance, convention, a);
            assertEquals(List.of(), check.violations(), convention.name());
            assertEquals(a, solver.solve(instance, convention, VrpObjective.DISTANCE, 1, 99));
        }
    }

    @Test
    void insertsAtTheCheapestFeasiblePositionAndRespectsWindows() {
        // On a line: depot 0, customers at 1, 2, 3; customer 2 must be served before time 1.5.
        VrpInstance line = new VrpInstance("line", 2, 10, List.of(
                new VrpNode(0, 0, 0, 0, 0, 100, 0),
                new VrpNode(1, 1, 0, 1, 0, 100, 0),
                new VrpNode(2, 3, 0, 1, 0, 100, 0),
                new VrpNode(3, 2, 0, 1, 0, 100, 0)));
        VrpSolution s = new CheapestInsertionVrpSolver().solve(line, ArcConvention.EXACT, VrpObjective.DISTANCE, 1, 0);
        // Seed = farthest (customer 2 at x=3), then 3 and 1 at zero added distance on the way out.
        assertEquals(new VrpSolution(List.of(List.of(1, 3, 2)), List.of()), s);

        VrpInstance tight = new VrpInstance("tight", 1, 10, List.of(
                new VrpNode(0, 0, 0, 0, 0, 100, 0),
                new VrpNode(1, 1, 0, 1, 0, 100, 0),
                new VrpNode(2, 3, 0, 1, 0, 100, 0),
                new VrpNode(3, 2, 0, 1, 0, 1.5, 0)));
        VrpSolution t = new CheapestInsertionVrpSolver().solve(tight, ArcConvention.EXACT, VrpObjective.DISTANCE, 1, 0);
        // Customer 3 at x=2 cannot be reached by 1.5: with one vehicle it stays unassigned.
        assertEquals(new VrpSolution(List.of(List.of(1, 2)), List.of(3)), t);
        assertTrue(VrpSolutionChecker.check(tight, ArcConvention.EXACT, t).violations().get(0).contains("unassigned"));
    }
}
