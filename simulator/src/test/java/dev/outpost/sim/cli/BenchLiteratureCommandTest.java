package dev.outpost.sim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.testing.SharedData;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class BenchLiteratureCommandTest {

    /** A folder of symbolic links to some shared files: the data is read in place, never copied. */
    private static Path linkFolder(Path tmp, Path source, String... names) throws IOException {
        Path dir = Files.createDirectory(tmp.resolve("data"));
        for (String name : names) {
            Files.createSymbolicLink(dir.resolve(name), source.resolve(name));
        }
        return dir;
    }

    private record Result(int exitCode, String out, String err) {
    }

    private static Result run(String... args) {
        CommandLine cl = OutpostCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void solomonOnTwoInstancesWritesTheCsvTableAndMeanGap(@TempDir Path tmp) throws IOException {
        Path dir = linkFolder(tmp, SharedData.require("solomon"), "r101.txt", "c101.txt", "bks_distance.csv");
        Path csv = tmp.resolve("out.csv");
        Result r = run("bench-literature", "solomon", "--dir", dir.toString(), "--seconds", "0.1",
                "--threads", "2", "--csv", csv.toString(), "--no-progress");
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = Files.readAllLines(csv);
        assertEquals("instance,vehicles,distance,best_known,gap_percent,seconds,valid,best_vehicles,vehicle_difference", lines.get(0));
        assertEquals(3, lines.size());
        // Rows in instance-name order whatever the thread finishing order.
        assertTrue(lines.get(1).startsWith("c101,"), lines.get(1));
        assertTrue(lines.get(2).startsWith("r101,"), lines.get(2));
        for (String row : lines.subList(1, 3)) {
            String[] f = row.split(",", -1);
            assertEquals(9, f.length, row);
            assertEquals("true", f[6], row);
            assertTrue(Integer.parseInt(f[1]) <= 25, row);
            double distance = Double.parseDouble(f[2]);
            double best = Double.parseDouble(f[3]);
            assertTrue(distance >= best, row);
            assertEquals(100 * (distance - best) / best, Double.parseDouble(f[4]), 0.006, row);
            assertTrue(f[2].matches("\\d+\\.\\d"), "one decimal under the truncated convention: " + row);
        }
        assertEquals("827.3", lines.get(1).split(",")[3]);
        String[] out = r.out().strip().split("\n");
        assertTrue(out[out.length - 1].matches("Mean gap: \\d+\\.\\d\\d% \\(2 of 2 instances valid\\)"), out[out.length - 1]);
        assertTrue(r.out().contains("| instance | vehicles | distance | best known | gap % | seconds | cpu s | valid |"), r.out());
        assertTrue(r.out().contains("| c101 | "), r.out());
        assertTrue(r.out().contains("Mean gap C1: "), r.out());
    }

    @Test
    void hierarchicalSolomonUsesBksCsvAndExactArcs(@TempDir Path tmp) throws IOException {
        Path dir = linkFolder(tmp, SharedData.require("solomon"), "c101.txt", "bks.csv");
        Path csv = tmp.resolve("h.csv");
        Result r = run("bench-literature", "solomon", "--objective", "hierarchical", "--dir", dir.toString(),
                "--seconds", "0.1", "--seeds", "2", "--csv", csv.toString(), "--no-progress");
        assertEquals(0, r.exitCode(), r.err());
        String row = Files.readAllLines(csv).get(1);
        assertTrue(row.matches("c101,\\d+,\\d+\\.\\d\\d,828\\.94,(\\d+\\.\\d\\d)?,\\d+\\.\\d\\d,true,10,(0|\\+\\d+)"), row);
        assertTrue(r.out().contains("| best vehicles |"), r.out());
    }

    @Test
    void cvrpOnTwoInstances(@TempDir Path tmp) throws IOException {
        Path dir = linkFolder(tmp, SharedData.require("cvrp"), "A-n32-k5.vrp", "A-n33-k5.vrp", "optima.csv");
        Path csv = tmp.resolve("c.csv");
        Result r = run("bench-literature", "cvrp", "--dir", dir.toString(), "--seconds", "0.1",
                "--csv", csv.toString(), "--no-progress");
        List<String> lines = Files.readAllLines(csv);
        assertEquals(3, lines.size());
        assertTrue(lines.get(1).startsWith("A-n32-k5,"), lines.get(1));
        assertTrue(lines.get(1).matches("A-n32-k5,\\d+,\\d+,784,\\d+\\.\\d\\d,\\d+\\.\\d\\d,(true|false),5,[-+]?\\d+"), lines.get(1));
        boolean allValid = lines.stream().skip(1).allMatch(l -> l.contains(",true,"));
        assertEquals(allValid ? 0 : 1, r.exitCode(), r.err());
    }

    @Test
    void thePopulationPhaseRunsWithTheOutpostSolverOnly(@TempDir Path tmp) throws IOException {
        Path dir = linkFolder(tmp, SharedData.require("cvrp"), "A-n32-k5.vrp", "optima.csv");
        Path csv = tmp.resolve("p.csv");
        Result r = run("bench-literature", "cvrp", "--dir", dir.toString(), "--seconds", "0.5", "--population-size", "2",
                "--csv", csv.toString(), "--no-progress");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(Files.readAllLines(csv).get(1).matches("A-n32-k5,\\d+,\\d+,784,\\d+\\.\\d\\d,\\d+\\.\\d\\d,true,5,[-+]?\\d+"),
                Files.readAllLines(csv).get(1));
        assertTrue(r.out().contains("outpost+population"), r.out());
        Result insertion = run("bench-literature", "cvrp", "--dir", dir.toString(), "--seconds", "1", "--solver", "insertion",
                "--population-size", "4", "--csv", tmp.resolve("q.csv").toString(), "--no-progress");
        assertEquals(2, insertion.exitCode());
        assertTrue(insertion.err().contains("needs --solver outpost"), insertion.err());
        Result one = run("bench-literature", "cvrp", "--dir", dir.toString(), "--seconds", "1", "--population-size", "1",
                "--csv", tmp.resolve("q.csv").toString(), "--no-progress");
        assertEquals(2, one.exitCode());
        assertTrue(one.err().contains("must be 0 (none) or 2 to 1000"), one.err());
        assertTrue(Files.notExists(tmp.resolve("q.csv")));
    }

    @Test
    void badOptionsAndMissingFolderAreReported(@TempDir Path tmp) {
        Result badObjective = run("bench-literature", "solomon", "--objective", "cheapest", "--dir", tmp.toString(),
                "--seconds", "1", "--csv", tmp.resolve("x.csv").toString());
        assertEquals(2, badObjective.exitCode());
        assertTrue(badObjective.err().contains("The objective (cheapest) is unknown"), badObjective.err());

        Result unknownSolver = run("bench-literature", "solomon", "--solver", "magic", "--dir", tmp.toString(),
                "--seconds", "1", "--csv", tmp.resolve("x.csv").toString(), "--no-progress");
        assertEquals(2, unknownSolver.exitCode());
        assertTrue(unknownSolver.err().contains("The solver (magic) is unknown"), unknownSolver.err());

        Result missing = run("bench-literature", "cvrp", "--dir", tmp.resolve("nope").toString(), "--seconds", "1",
                "--csv", tmp.resolve("x.csv").toString(), "--no-progress");
        assertTrue(missing.exitCode() != 0);
        assertTrue(missing.err().contains("does not exist"), missing.err());
    }
}
