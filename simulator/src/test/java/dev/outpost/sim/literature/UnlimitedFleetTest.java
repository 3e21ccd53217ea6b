package dev.outpost.sim.literature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.sim.literature.check.VrpSolutionChecker;
import dev.outpost.sim.literature.io.ArcConvention;
import dev.outpost.sim.literature.io.TsplibCvrpReader;
import dev.outpost.sim.literature.io.VrpInstance;
import dev.outpost.sim.literature.io.VrpObjective;
import dev.outpost.sim.literature.io.VrpSolution;
import dev.outpost.sim.literature.io.VrpSolverAdapter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Uchoa X instances are solved with an unlimited fleet (the {@code k} in the name is a lower bound
 * on the routes); Augerat A keeps its published fleet of {@code k}. The shared data has no X
 * instance, so an X-style one is written here: four customers of demand 6 with capacity 10 need
 * four routes although the name says {@code k2}.
 */
class UnlimitedFleetTest {

    private static String instance(String name) {
        return String.join("\n", "NAME : " + name, "COMMENT : (written by UnlimitedFleetTest)", "TYPE : CVRP",
                "DIMENSION : 7", "EDGE_WEIGHT_TYPE : EUC_2D", "CAPACITY : 10", "NODE_COORD_SECTION",
                "1 0 0", "2 10 0", "3 0 10", "4 -10 0", "5 0 -10", "6 5 5", "7 -5 -5",
                "DEMAND_SECTION", "1 0", "2 6", "3 6", "4 6", "5 6", "6 1", "7 1",
                "DEPOT_SECTION", "1", "-1", "EOF", "");
    }

    private static VrpInstance read(Path dir, String name) throws IOException {
        Path file = dir.resolve(name + ".vrp");
        Files.writeString(file, instance(name));
        return TsplibCvrpReader.read(file);
    }

    @Test
    void xInstancesHaveAnUnlimitedFleetAndAugeratKeepsK(@TempDir Path tmp) throws IOException {
        VrpInstance x = read(tmp, "X-n7-k2");
        assertEquals(6, x.vehicleLimit());
        assertTrue(x.unlimitedFleet());
        VrpInstance a = read(tmp, "A-n7-k2");
        assertEquals(2, a.vehicleLimit());
        assertFalse(a.unlimitedFleet());
    }

    @Test
    void bothSolversServeEveryCustomerOfAnXInstanceWithMoreRoutesThanK(@TempDir Path tmp) throws IOException {
        VrpInstance x = read(tmp, "X-n7-k2");
        for (Supplier<VrpSolverAdapter> solver
                : List.<Supplier<VrpSolverAdapter>>of(Solvers::outpost, Solvers::insertion)) {
            VrpSolution solution = solver.get().solve(x, ArcConvention.ROUNDED_INTEGER, VrpObjective.DISTANCE, 0.2, 1);
            var check = VrpSolutionChecker.check(x, ArcConvention.ROUNDED_INTEGER, solution);
            assertTrue(check.valid(), check.violations().toString());
            assertEquals(List.of(), solution.unassigned());
            assertTrue(check.vehicles() >= 4, "four customers of 6 with capacity 10: " + check.vehicles());
        }
        // Under Augerat's convention the same customers with k = 2 cannot all be served.
        VrpInstance a = read(tmp, "A-n7-k2");
        VrpSolution limited = Solvers.outpost().solve(a, ArcConvention.ROUNDED_INTEGER, VrpObjective.DISTANCE, 0.2, 1);
        assertFalse(VrpSolutionChecker.check(a, ArcConvention.ROUNDED_INTEGER, limited).valid());
    }

    @Test
    void aLiteratureRunOnAnXFolderIsValid(@TempDir Path tmp) throws IOException {
        read(tmp, "X-n7-k2");
        // Optimum by hand: four out-and-back routes of 20, each unit customer inserted for +4 (arcs of 7).
        Files.writeString(tmp.resolve("optima.csv"),
                "instance,dimension,capacity,vehicles,optimum,source\nX-n7-k2,7,10,4,88,by hand\n");
        List<LiteratureRow> rows = new LiteratureRun(LiteratureSet.cvrp(), tmp, Solvers::outpost, 0.2, 1, 1)
                .run((instance, seed) -> { });
        assertEquals(1, rows.size());
        LiteratureRow row = rows.get(0);
        assertTrue(row.valid(), row.problem());
        assertEquals(4, row.vehicles());
        assertEquals(88, row.distance(), 1e-9);
        assertEquals(0.0, row.gapPercent(), 1e-9);
    }
}
