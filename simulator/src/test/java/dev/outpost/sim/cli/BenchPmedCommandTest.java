package dev.outpost.sim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class BenchPmedCommandTest {

    @TempDir
    Path tmp;

    @Test
    void writesCsvWithExactHeaderAndReportsOptimaOnLastLine() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("pmed"));
        // A path 1-2-3-4-5 with unit edges; the duplicate 1 2 appears last with cost 1 (last wins).
        // p = 2: medians {2, 4} give 1 + 0 + 1 + 0 + 1 = 3, the optimum.
        Files.writeString(dir.resolve("pmed1.txt"), "5 5 2\n1 2 7\n2 3 1\n3 4 1\n4 5 1\n1 2 1\n");
        Files.writeString(dir.resolve("optima.csv"), "instance,n,p,optimum,source\npmed1,5,2,3,\"hand, checked\"\n");
        Path csv = tmp.resolve("pmed.csv");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream old = System.out;
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            code = new CommandLine(new OutpostCommand()).execute("bench-literature", "pmed", "--dir", dir.toString(), "--seconds", "2",
                    "--csv", csv.toString(), "--no-progress");
        } finally {
            System.setOut(old);
        }
        assertEquals(0, code);
        List<String> rows = Files.readAllLines(csv);
        assertEquals("instance,n,p,value,optimum,gap_percent,seconds_to_best,valid", rows.get(0));
        assertTrue(rows.get(1).startsWith("pmed1,5,2,3,3,0.0000,"), rows.get(1));
        assertTrue(rows.get(1).endsWith(",true"), rows.get(1));
        String[] lines = out.toString(StandardCharsets.UTF_8).trim().split("\\R");
        assertEquals("Optima reached: 1/1", lines[lines.length - 1]);
        assertTrue(lines[0].startsWith("| instance |"), lines[0]);
    }
}
