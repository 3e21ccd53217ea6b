package dev.outpost.sim.literature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.sim.literature.io.VrpObjective;
import dev.outpost.sim.literature.io.VrpSolution;
import dev.outpost.sim.literature.io.VrpSolverAdapter;
import dev.outpost.testing.SharedData;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LiteratureRunTest {

    @Test
    void insertionBaselineIsValidOnEverySolomonInstanceUnderBothConventions() {
        for (VrpObjective objective : VrpObjective.values()) {
            AtomicInteger solves = new AtomicInteger();
            List<LiteratureRow> rows = new LiteratureRun(LiteratureSet.solomon(objective), SharedData.require("solomon"),
                    Solvers::insertion, 1, 1, 2).run((instance, seed) -> solves.incrementAndGet());
            assertEquals(29, rows.size());
            assertEquals(29, solves.get());
            for (LiteratureRow r : rows) {
                assertTrue(r.valid(), r.instance() + ": " + r.problem());
                // A greedy construction cannot beat the best known (vehicles first when they rank
                // first, then distance) by more than rounding.
                assertTrue(r.vehicleDifference() >= 0 || objective == VrpObjective.DISTANCE, r.toString());
                assertTrue(r.vehiclesDecide() ? Double.isNaN(r.gapPercent()) : r.gapPercent() > -0.01, r.toString());
            }
            assertEquals(rows.stream().map(LiteratureRow::instance).sorted().toList(),
                    rows.stream().map(LiteratureRow::instance).toList());
        }
    }

    @Test
    void bestSeedIsReportedAndSolverErrorsBecomeInvalidRows() {
        // Seed 1 drops a customer (invalid), seed 0 and 2 are the baseline: a valid seed must win.
        VrpSolverAdapter flaky = new VrpSolverAdapter() {
            @Override
            public String name() {
                return "flaky";
            }

            @Override
            public VrpSolution solve(dev.outpost.sim.literature.io.VrpInstance instance,
                    dev.outpost.sim.literature.io.ArcConvention convention, VrpObjective objective, double seconds, long seed) {
                if (seed == 2) {
                    throw new IllegalStateException("boom");
                }
                VrpSolution s = new CheapestInsertionVrpSolver().solve(instance, convention, objective, seconds, seed);
                if (seed == 1) {
                    return new VrpSolution(s.routes().subList(1, s.routes().size()), List.of());
                }
                return s;
            }
        };
        LiteratureRun run = new LiteratureRun(LiteratureSet.cvrp(), SharedData.require("cvrp"), () -> flaky, 1, 3, 1);
        List<LiteratureRow> rows = run.run((i, s) -> { });
        assertEquals(27, rows.size());
        LiteratureRow first = rows.get(0);
        assertEquals("A-n32-k5", first.instance());
        assertEquals(0, first.seed());

        VrpSolverAdapter failing = new VrpSolverAdapter() {
            @Override
            public String name() {
                return "failing";
            }

            @Override
            public VrpSolution solve(dev.outpost.sim.literature.io.VrpInstance instance,
                    dev.outpost.sim.literature.io.ArcConvention convention, VrpObjective objective, double seconds, long seed) {
                throw new IllegalStateException("boom on " + instance.name());
            }
        };
        List<LiteratureRow> failed = new LiteratureRun(LiteratureSet.cvrp(), SharedData.require("cvrp"), () -> failing, 1, 1, 2)
                .run((i, s) -> { });
        assertFalse(failed.get(0).valid());
        assertTrue(failed.get(0).problem().contains("boom on A-n32-k5"), failed.get(0).problem());
        LiteratureReport report = new LiteratureReport(failed, 0);
        assertTrue(Double.isNaN(report.meanGapPercent()));
        StringWriter text = new StringWriter();
        report.printMarkdown(new PrintWriter(text), null, true);
        assertTrue(text.toString().strip().endsWith("Mean gap: n/a (0 of 27 instances valid)"), text.toString());
    }

    @Test
    void reportFormatsDeterministicallyAndAveragesValidRowsPerFamily() {
        List<LiteratureRow> rows = List.of(
                new LiteratureRow("c101", 10, 827.3, 827.3, -1, 0.0, 1.234, 1.0, true, 0, "", VrpObjective.DISTANCE),
                new LiteratureRow("r101", 20, 1670.45, 1637.7, -1, 2.0, 10, 9.5, true, 0, "", VrpObjective.DISTANCE),
                new LiteratureRow("rc101", 16, 1700, 1619.8, -1, 4.95, 10, 9.5, false, 0, "late", VrpObjective.DISTANCE),
                new LiteratureRow("rc102", 15, 1457.39, 1457.4, -1, -0.0007, 10, Double.NaN, true, 0, "", VrpObjective.DISTANCE));
        LiteratureReport report = new LiteratureReport(rows, 1);
        assertEquals(String.join("\n",
                "instance,vehicles,distance,best_known,gap_percent,seconds,valid,best_vehicles,vehicle_difference",
                "c101,10,827.3,827.3,0.00,1.23,true,,",
                "r101,20,1670.5,1637.7,2.00,10.00,true,,",
                "rc101,16,1700.0,1619.8,4.95,10.00,false,,",
                "rc102,15,1457.4,1457.4,0.00,10.00,true,,") + "\n", report.csv());
        assertEquals(3, report.validCount());
        assertEquals((0.0 + 2.0 - 0.0007) / 3, report.meanGapPercent(), 1e-12);
        StringWriter text = new StringWriter();
        report.printMarkdown(new PrintWriter(text), "T", false);
        String[] lines = text.toString().split("\n");
        assertEquals("Mean gap: 0.67% (3 of 4 instances valid)", lines[lines.length - 1]);
        assertEquals("Mean gap RC1: 0.00% (1 of 2 instances valid)", lines[lines.length - 2]);
        assertEquals("| c101 | 10 | 827.3 | 827.3 | 0.00 | 1.23 | 1.00 | true |", lines[4]);
        assertEquals("RC1", LiteratureReport.family("rc108"));
        assertEquals("A", LiteratureReport.family("A-n32-k5"));
    }

    @Test
    void underTheHierarchicalObjectiveMoreVehiclesIsWorseWhateverTheDistance() {
        // As seen on r205 and rc105: one vehicle more than the best known and a shorter distance.
        List<LiteratureRow> rows = List.of(
                new LiteratureRow("r201", 4, 1260.0, 1252.37, 4, 100 * (1260.0 - 1252.37) / 1252.37, 10, 10, true, 0, "",
                        VrpObjective.HIERARCHICAL),
                new LiteratureRow("r205", 4, 960.0, 994.43, 3, 100 * (960.0 - 994.43) / 994.43, 10, 10, true, 0, "",
                        VrpObjective.HIERARCHICAL),
                new LiteratureRow("rc105", 16, 1500.0, 1589.4, 15, 100 * (1500.0 - 1589.4) / 1589.4, 10, 10, true, 0, "",
                        VrpObjective.HIERARCHICAL));
        LiteratureRow r205 = rows.get(1);
        assertTrue(r205.vehiclesDecide());
        assertEquals(1, r205.vehicleDifference());
        assertTrue(Double.isNaN(r205.gapPercent()), "no distance gap, let alone a negative one: " + r205);
        assertFalse(rows.get(0).vehiclesDecide());
        assertEquals(0, rows.get(0).vehicleDifference());

        LiteratureReport report = new LiteratureReport(rows, 2);
        assertEquals(String.join("\n",
                "instance,vehicles,distance,best_known,gap_percent,seconds,valid,best_vehicles,vehicle_difference",
                "r201,4,1260.00,1252.37,0.61,10.00,true,4,0",
                "r205,4,960.00,994.43,,10.00,true,3,+1",
                "rc105,16,1500.00,1589.40,,10.00,true,15,+1") + "\n", report.csv());
        assertEquals(100 * (1260.0 - 1252.37) / 1252.37, report.meanGapPercent(), 1e-12);
        assertEquals(2, report.vehicleDifference());
        StringWriter text = new StringWriter();
        report.printMarkdown(new PrintWriter(text), null, false);
        String[] lines = text.toString().split("\n");
        assertEquals("| instance | vehicles | best vehicles | vehicle diff | distance | best known | gap % | seconds | cpu s "
                + "| valid |", lines[0]);
        assertEquals("| r205 | 4 | 3 | +1 | 960.00 | 994.43 | n/a | 10.00 | 10.00 | true |", lines[3]);
        assertEquals("| r201 | 4 | 4 | 0 | 1260.00 | 1252.37 | 0.61 | 10.00 | 10.00 | true |", lines[2]);
        assertEquals("Mean gap: vehicles +2 on 2 instances off the best-known count; distance 0.61% on the 1 at it"
                + " (3 of 3 instances valid)", lines[lines.length - 1]);
        assertEquals("Mean gap RC1: vehicles +1 on 1 instance off the best-known count; distance n/a on the 0 at it"
                + " (1 of 1 instances valid)", lines[lines.length - 2]);
        assertEquals("Mean gap R2: vehicles +1 on 1 instance off the best-known count; distance 0.61% on the 1 at it"
                + " (2 of 2 instances valid)", lines[lines.length - 3]);
    }

    @Test
    void underTheDistanceObjectiveTheVehicleCountDoesNotDecide() {
        // Augerat optima.csv gives vehicles, but the table ranks by distance only.
        LiteratureRow row = new LiteratureRow("A-n32-k5", 6, 790, 784, 5, 100 * (790 - 784) / 784.0, 1, 1, true, 0, "",
                VrpObjective.DISTANCE);
        assertFalse(row.vehiclesDecide());
        assertEquals(1, row.vehicleDifference());
        assertEquals(100 * 6 / 784.0, row.gapPercent(), 1e-12);
        assertEquals("A-n32-k5,6,790,784,0.77,1.00,true,5,+1\n",
                new LiteratureReport(List.of(row), 0).csv().split("\n", 2)[1]);
    }
}
