package dev.outpost.sim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.outpost.sim.report.AttributionReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What each change is worth: every cell of {@code compare --attribution}'s table equals a separate
 * {@code compare} of today against that cell's set-up with the same seed, and {@code sweep
 * --factorial} writes the same table.
 */
class AttributionCommandTest {

    @TempDir
    static Path tmp;

    static Path scenario;
    static Path factorial;
    static CliRun run;

    private static final String[] COMMON = {"--replications", "3", "--steps", "200", "--seed", "4", "--no-progress"};

    @BeforeAll
    static void compareWithAttribution() {
        scenario = tmp.resolve("tiny.json");
        CliRun generate = CliRun.of("generate", "--clients", "30", "--sites", "6", "--seed", "5", "-o", scenario.toString());
        assertEquals(0, generate.exitCode(), generate.toString());
        factorial = tmp.resolve("factorial");
        run = compare(factorial, "station", "cheapest-insertion", "home", "--attribution");
        assertEquals(0, run.exitCode(), run.toString());
    }

    private static CliRun compare(Path out, String layout, String dispatch, String relocation, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("compare", scenario.toString(), "--layout-a", "hub",
                "--policy-a", "nearest-idle", "--relocation-a", "stay", "--layout-b", layout, "--policy-b", dispatch,
                "--relocation-b", relocation, "--out", out.toString()));
        args.addAll(List.of(COMMON));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    private static double metric(JsonNode rows, String name) {
        for (JsonNode row : rows) {
            if (row.get("group").asText().equals("all") && row.get("name").asText().equals(name)) {
                return row.get("mean").asDouble();
            }
        }
        throw new AssertionError("no all/" + name);
    }

    @Test
    void everyCellEqualsASeparateCompareWithTheSameSeed() throws IOException {
        List<String> lines = Files.readAllLines(factorial.resolve(AttributionReport.CSV));
        assertEquals(9, lines.size(), "header and eight set-ups: " + lines);
        List<String> header = List.of(lines.get(0).split(","));
        int mean = header.indexOf("response_mean_s");
        int within = header.indexOf("within_target_percent");
        int diff = header.indexOf("response_diff_to_today_s");
        ObjectMapper json = new ObjectMapper();
        for (int i = 2; i < lines.size(); i++) {
            String[] cells = lines.get(i).split(",");
            String layout = cells[0].equals("hub") ? "hub" : "station";
            Path out = tmp.resolve("cell" + i);
            CliRun single = compare(out, layout, cells[1], cells[2]);
            assertEquals(0, single.exitCode(), single.toString());
            JsonNode kpis = json.readTree(out.resolve(SimulateCommand.KPIS_JSON).toFile());
            assertEquals(cells[0], kpis.at("/b/layout").asText(), lines.get(i));
            assertEquals(Double.parseDouble(cells[mean]), metric(kpis.get("metricsB"), "responseMean"), 0.0, lines.get(i));
            assertEquals(Double.parseDouble(cells[within]), metric(kpis.get("metricsB"), "withinTarget"), 0.0, lines.get(i));
            assertEquals(Double.parseDouble(cells[diff]), metric(kpis.get("differenceBminusA"), "responseMean"), 0.0,
                    lines.get(i));
            if (i == 2) {
                String[] today = lines.get(1).split(",");
                assertEquals(Double.parseDouble(today[mean]), metric(kpis.get("metricsA"), "responseMean"), 0.0);
            }
        }
        assertTrue(run.out().contains(AttributionReport.HEADING), run.out());
        assertTrue(Files.readString(factorial.resolve(SimulateCommand.REPORT_HTML)).contains(AttributionReport.HEADING));
    }

    @Test
    void sweepFactorialWritesTheSameTable() throws IOException {
        Path out = tmp.resolve("sweep");
        List<String> args = new java.util.ArrayList<>(List.of("sweep", scenario.toString(), "--factorial", "--today", "hub",
                "--layout", "station", "--policy", "cheapest-insertion", "--relocation", "home", "--out", out.toString()));
        args.addAll(List.of(COMMON));
        CliRun sweep = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, sweep.exitCode(), sweep.toString());
        assertArrayEquals(Files.readAllBytes(factorial.resolve(AttributionReport.CSV)),
                Files.readAllBytes(out.resolve(AttributionReport.CSV)));
        assertEquals(9, Files.readAllLines(out.resolve(SweepCommand.SWEEP_CSV)).size());
    }

    @Test
    void compareTakesTheScenarioCurrentLayoutAndRefusesABadLayoutFileWithItsPath() throws IOException {
        Path out = tmp.resolve("current");
        CliRun run = CliRun.of("compare", scenario.toString(), "--layout-a", "current", "--layout-b", "hub",
                "--replications", "2", "--no-progress", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.toString());
        JsonNode kpis = new ObjectMapper().readTree(out.resolve(SimulateCommand.KPIS_JSON).toFile());
        assertEquals("current branches", kpis.at("/a/layout").asText());
        assertTrue(kpis.at("/a/outposts").asInt() >= 1);

        String site = new ObjectMapper().readTree(scenario.toFile()).at("/sites/0/id").asText();
        Path bad = tmp.resolve("too-many.json");
        Files.writeString(bad, "{\"format\": \"outpost-station/1\", \"outposts\": [{\"siteId\": \"" + site
                + "\", \"couriers\": 9999}]}");
        CliRun refused = CliRun.of("compare", scenario.toString(), "--layout-a", bad.toString(), "--replications", "2",
                "--no-progress", "--out", tmp.resolve("never-bad").toString());
        assertEquals(ExitCode.INVALID_INPUT, refused.exitCode(), refused.toString());
        assertTrue(refused.err().contains("$.outposts[0].couriers"), refused.err());
    }

    @Test
    void sweepRefusesFactorialWithOver() {
        CliRun sweep = CliRun.of("sweep", "--factorial", "--over", "growth", "--values", "1", "--out",
                tmp.resolve("never").toString());
        assertEquals(ExitCode.USAGE, sweep.exitCode(), sweep.toString());
        assertTrue(sweep.err().contains("--factorial"), sweep.err());
    }
}
