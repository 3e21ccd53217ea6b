package dev.outpost.bench.peers;

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

class PeerComparisonTest {

    @Test
    void runsEachSolverOnTheSameInstancesAndPrintsBothTablesAndFamilyMeans(@TempDir Path tmp) throws IOException {
        Path source = SharedData.require("solomon");
        Path dir = Files.createDirectory(tmp.resolve("data"));
        for (String name : List.of("c101.txt", "rc101.txt", "bks_distance.csv")) {
            Files.createSymbolicLink(dir.resolve(name), source.resolve(name));
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new PeerComparison());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute("solomon", "--dir", dir.toString(), "--seconds", "0.3", "--solvers", "jsprit,insertion",
                "--csv-prefix", tmp.resolve("p").toString());
        assertEquals(0, code, err.toString());
        for (String solver : List.of("jsprit", "insertion")) {
            List<String> csv = Files.readAllLines(tmp.resolve("p-" + solver + ".csv"));
            assertEquals("instance,vehicles,distance,best_known,gap_percent,seconds,valid,best_vehicles,vehicle_difference", csv.get(0));
            assertEquals(3, csv.size());
            assertTrue(csv.get(1).startsWith("c101,") && csv.get(1).contains(",true,"), csv.get(1));
            assertTrue(csv.get(2).startsWith("rc101,") && csv.get(2).contains(",true,"), csv.get(2));
        }
        String text = out.toString();
        assertTrue(text.contains("## jsprit on solomon"), text);
        assertTrue(text.contains("## insertion on solomon"), text);
        assertTrue(text.contains("| family | instances | jsprit | insertion |"), text);
        assertTrue(text.contains("| RC1 | 1 | "), text);
        assertTrue(text.contains("| all | 2 | "), text);

        StringWriter badErr = new StringWriter();
        CommandLine bad = new CommandLine(new PeerComparison());
        bad.setErr(new PrintWriter(badErr));
        assertEquals(2, bad.execute("tsp", "--dir", dir.toString(), "--seconds", "1", "--csv-prefix", "x"));
        assertTrue(badErr.toString().contains("The family (tsp) is unknown"), badErr.toString());
    }
}
