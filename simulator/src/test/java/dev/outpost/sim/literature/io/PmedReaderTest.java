package dev.outpost.sim.literature.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.check.StationingChecker;
import dev.outpost.stationing.StationingOptions;
import dev.outpost.stationing.StationingPlan;
import dev.outpost.stationing.StationingProblem;
import dev.outpost.stationing.StationingSolver;
import dev.outpost.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

class PmedReaderTest {

    @TempDir
    Path tmp;

    @Test
    void lastDuplicateEdgeWinsAndDistancesAreShortestPaths() throws IOException {
        Path f = tmp.resolve("pmedx.txt");
        // 1-2 appears twice: the later cost 9 wins although 1 is shorter; 1-3-2 (2+3) is then shortest.
        Files.writeString(f, "3 4 1\n1 2 1\n1 3 2\n2 1 9\n3 2 3\n");
        PmedInstance inst = PmedReader.read(f);
        assertEquals("pmedx", inst.name());
        assertEquals(3, inst.n());
        assertEquals(1, inst.p());
        assertEquals(5, inst.distance(0, 1));
        assertEquals(5, inst.distance(1, 0));
        assertEquals(2, inst.distance(0, 2));
        assertEquals(0, inst.distance(2, 2));
    }

    @Test
    void rejectsBadLineWithLineAndColumn() throws IOException {
        Path f = tmp.resolve("pmedy.txt");
        Files.writeString(f, "3 2 1\n1 2 1\n1 x 2\n");
        IOException e = assertThrows(IOException.class, () -> PmedReader.read(f));
        assertTrue(e.getMessage().contains("Line 3, column 2"), e.getMessage());
    }

    @Test
    void everySharedFileReadsAndMatchesOptimaHeader() throws IOException {
        Path dir = SharedData.require("pmed");
        Map<String, Long> optima = PmedReader.readOptima(dir.resolve("optima.csv"));
        List<Path> files = PmedReader.instanceFiles(dir);
        assertEquals(20, files.size());
        List<String> csv = Files.readAllLines(dir.resolve("optima.csv"));
        for (Path file : files) {
            PmedInstance inst = PmedReader.read(file);
            assertTrue(optima.containsKey(inst.name()), inst.name());
            String row = csv.stream().filter(l -> l.startsWith(inst.name() + ",")).findFirst().orElseThrow();
            String[] cells = row.split(",");
            assertEquals(Integer.parseInt(cells[1]), inst.n(), inst.name());
            assertEquals(Integer.parseInt(cells[2]), inst.p(), inst.name());
        }
        assertEquals(5819L, optima.get("pmed1"));
    }

    /** Opt-in (-Doutpost.pmed.all=true, about 10 s): every instance reaches its optimum, step-bounded. */
    @Test
    @EnabledIfSystemProperty(named = "outpost.pmed.all", matches = "true")
    void everyInstanceReachesItsOptimum() throws IOException {
        Path dir = SharedData.require("pmed");
        Map<String, Long> optima = PmedReader.readOptima(dir.resolve("optima.csv"));
        for (Path file : PmedReader.instanceFiles(dir)) {
            PmedInstance inst = PmedReader.read(file);
            long optimum = optima.get(inst.name());
            StationingPlan plan = StationingSolver.create(StationingOptions.defaults().withSeed(1)
                    .withStepLimit(200_000).withObjectiveTarget(optimum)).solve(inst.toProblem());
            assertEquals(optimum, plan.objectiveValue(), inst.name());
        }
    }

    @Test
    void pmed1ReachesItsOptimumReproducibly() throws IOException {
        Path dir = SharedData.require("pmed");
        PmedInstance inst = PmedReader.read(dir.resolve("pmed1.txt"));
        StationingProblem problem = inst.toProblem();
        StationingOptions options = StationingOptions.defaults().withSeed(1).withStepLimit(2000).withObjectiveTarget(5819L);
        StationingPlan plan = StationingSolver.create(options).solve(problem);
        assertEquals(5819L, plan.objectiveValue());
        assertEquals(5, plan.outposts().size());
        StationingChecker.StationingCheck check = StationingChecker.check(problem, plan);
        assertTrue(check.feasible(), check.violations().toString());
        assertEquals(5819L, check.objectiveValue());
        assertEquals(plan, StationingSolver.create(options).solve(problem));
    }
}
