package dev.outpost.sim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SimulateCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = OutpostCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    private Path town() throws IOException {
        Path target = dir.resolve("town.json");
        try (InputStream in = SimulateCommandTest.class.getResourceAsStream("/scenarios/small-town.json")) {
            Files.write(target, in.readAllBytes());
        }
        return target;
    }

    @Test
    void simulateWritesTheSameKpisJsonForTheSameSeedAlsoWithThreads() throws IOException {
        Path town = town();
        assertEquals(0, run("simulate", town.toString(), "--replications", "4", "--seed", "3", "--no-progress",
                "--policy", "cheapest-insertion", "--relocation", "home", "--out", dir.resolve("a").toString()), err.toString());
        assertEquals(0, run("simulate", town.toString(), "--replications", "4", "--seed", "3", "--no-progress", "--threads", "3",
                "--policy", "cheapest-insertion", "--relocation", "home", "--event-log", "--out", dir.resolve("b").toString()),
                err.toString());
        assertTrue(Files.readString(dir.resolve("b/events.jsonl")).startsWith("{\"type\":"));
        assertArrayEquals(Files.readAllBytes(dir.resolve("a/kpis.json")), Files.readAllBytes(dir.resolve("b/kpis.json")));
        assertTrue(Files.readString(dir.resolve("a/kpis.csv")).startsWith("group,name,unit,n,mean,ci_low,ci_high\n"));
        assertTrue(out.toString().contains("| all/responseMean | seconds |"), out.toString());
    }

    /**
     * {@code --dispatch-log}: the re-optimising policy's dispatcher events of replication 0 in the
     * wire format, checked before the run and kept without --force; {@code outpost replay} of that
     * log on the same scenario and layout refuses no line and ends with valid plans.
     */
    @Test
    void theDispatchLogReplaysOnTheSameLayoutWithoutARefusedLine() throws IOException {
        Path town = town();
        assertEquals(0, run("station", town.toString(), "--steps", "200", "--out", dir.resolve("st").toString()), err.toString());
        String layout = dir.resolve("st/station.json").toString();
        Path log = dir.resolve("dispatch.jsonl");
        assertEquals(0, run("simulate", town.toString(), "--layout", layout, "--policy", "reoptimise", "--replications", "2",
                "--days", "2", "--no-progress", "--dispatch-log", log.toString(), "--out", dir.resolve("s").toString()),
                err.toString());
        String text = Files.readString(log);
        assertTrue(text.startsWith("{\"type\":\"request\""), text.substring(0, Math.min(200, text.length())));
        assertTrue(text.contains("\"type\":\"reoptimise\"") && text.contains("\"day\":2"), "rounds and day 2");
        assertTrue(out.toString().contains("wrote " + log), out.toString());

        assertEquals(2, run("simulate", town.toString(), "--layout", layout, "--policy", "reoptimise", "--replications", "2",
                "--no-progress", "--dispatch-log", log.toString(), "--out", dir.resolve("s2").toString()));
        assertTrue(err.toString().contains("--dispatch-log file") && err.toString().contains("pass --force"), err.toString());
        assertEquals(2, run("simulate", town.toString(), "--policy", "cheapest-insertion", "--dispatch-log",
                dir.resolve("other.jsonl").toString(), "--out", dir.resolve("s3").toString()));
        assertTrue(err.toString().contains("--dispatch-log needs --policy reoptimise"), err.toString());
        assertTrue(Files.notExists(dir.resolve("s3")), "nothing written");

        assertEquals(0, run("replay", log.toString(), town.toString(), "--layout", layout, "--out", dir.resolve("r").toString()),
                err.toString());
        String decisions = Files.readString(dir.resolve("r/decisions.jsonl"));
        assertEquals(text.lines().count(), decisions.lines().count());
        assertTrue(!decisions.contains("\"status\":\"refused\""), "no refused line");
        String summary = Files.readString(dir.resolve("r/summary.json"));
        assertTrue(summary.contains("\"valid\": true") && !summary.contains("\"valid\": false"), summary);
    }

    @Test
    void existingOutputsAreKeptWithoutForce() throws IOException {
        Path town = town();
        String outDir = dir.resolve("o").toString();
        assertEquals(0, run("simulate", town.toString(), "--replications", "2", "--no-progress", "--out", outDir), err.toString());
        assertEquals(2, run("simulate", town.toString(), "--replications", "2", "--no-progress", "--out", outDir));
        assertTrue(err.toString().contains("pass --force"), err.toString());
        assertEquals(0, run("simulate", town.toString(), "--replications", "2", "--no-progress", "--out", outDir, "--force"),
                err.toString());
    }

    @Test
    void unknownPolicyAndBadLayoutAreNamed() throws IOException {
        Path town = town();
        assertEquals(2, run("simulate", town.toString(), "--policy", "fastest", "--out", dir.resolve("x").toString()));
        assertTrue(err.toString().contains("The dispatch policy (fastest) is unknown"), err.toString());
        Path layout = dir.resolve("station.json");
        Files.writeString(layout, "{\"format\": \"outpost-station/1\", \"outposts\": [{\"siteId\": \"nowhere\", \"couriers\": 2}]}");
        assertEquals(1, run("simulate", town.toString(), "--layout", layout.toString(), "--out", dir.resolve("y").toString()));
        assertTrue(err.toString().contains("$.outposts[0].siteId"), err.toString());
    }

    @Test
    void aStationJsonWrittenByStationIsALayout() throws IOException {
        Path town = town();
        assertEquals(0, run("station", town.toString(), "--steps", "200", "--out", dir.resolve("st").toString()), err.toString());
        assertEquals(0, run("simulate", town.toString(), "--layout", dir.resolve("st/station.json").toString(),
                "--replications", "2", "--no-progress", "--relocation", "coverage", "--out", dir.resolve("z").toString()),
                err.toString());
        String json = Files.readString(dir.resolve("z/kpis.json"));
        assertTrue(json.contains("\"layout\": \"station.json\""), json.substring(0, 400));
        assertTrue(json.contains("\"group\": \"outpost:"), "per-outpost KPIs");
    }

    @Test
    void compareAndSweepWriteTheirTables() throws IOException {
        Path town = town();
        assertEquals(0, run("compare", town.toString(), "--replications", "3", "--no-progress", "--layout-b", "station",
                "--steps", "200", "--relocation-b", "coverage", "--out", dir.resolve("c").toString()), err.toString());
        String json = Files.readString(dir.resolve("c/kpis.json"));
        assertTrue(json.contains("\"differenceBminusA\""), json);
        assertTrue(Files.readString(dir.resolve("c/difference.csv")).contains("all,responseMean,seconds,3,"));
        assertEquals(0, run("sweep", town.toString(), "--over", "growth", "--values", "1,2", "--replications", "2",
                "--no-progress", "--out", dir.resolve("s").toString()), err.toString());
        String csv = Files.readString(dir.resolve("s/sweep.csv"));
        assertEquals(3, csv.lines().count(), csv);
        assertTrue(csv.startsWith("growth,all/requests,"), csv);
    }
}
