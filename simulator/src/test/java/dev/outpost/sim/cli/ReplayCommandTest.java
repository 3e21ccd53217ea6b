package dev.outpost.sim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.outpost.city.DefaultCity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code outpost replay} on logs of the default city: one answer per event line, refused lines do
 * not stop it, a bad log is exit 1 with every problem, and the same log gives the same bytes.
 */
class ReplayCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;

    static Path log;
    static List<String> lines;
    static CliRun first;

    @BeforeAll
    static void replay() throws IOException {
        String text = DispatchLogs.log(DefaultCity.scenario(), 120, false, 3)
                + "{\"type\":\"request\",\"time\":\"12:00:00\",\"pickup\":\"x1\",\"client\":\"no-such-client\"}\n"
                + "{\"type\":\"done\",\"time\":\"12:00:01\",\"courier\":\"nobody\",\"pickup\":\"x1\"}\n"
                + "{\"type\":\"clock\",\"time\":\"12:00:03\"}\n";
        log = tmp.resolve("day.jsonl");
        Files.writeString(log, text, StandardCharsets.UTF_8);
        lines = text.lines().toList();
        first = CliRun.of("replay", log.toString(), "--out", tmp.resolve("a").toString());
        assertEquals(0, first.exitCode(), first.toString());
    }

    @Test
    void everyLineIsAnsweredInOrderAndRefusedLinesDoNotStopTheReplay() throws IOException {
        List<String> decisions = Files.readAllLines(tmp.resolve("a").resolve("decisions.jsonl"));
        assertEquals(lines.size(), decisions.size());
        for (int i = 0; i < decisions.size(); i++) {
            JsonNode d = JSON.readTree(decisions.get(i));
            assertEquals(i + 1, d.get("line").asInt());
            assertEquals(JSON.readTree(lines.get(i)).get("type").asText(), d.get("type").asText());
            assertTrue(List.of("assigned", "unserved", "expired", "refused", "ok").contains(d.get("status").asText()), d.toString());
        }
        JsonNode unknownClient = JSON.readTree(decisions.get(lines.size() - 3));
        assertEquals("refused", unknownClient.get("status").asText());
        assertTrue(unknownClient.get("reason").asText().contains("no-such-client"), unknownClient.toString());
        assertEquals("x1", unknownClient.get("pickup").asText());
        assertEquals("refused", JSON.readTree(decisions.get(lines.size() - 2)).get("status").asText(), "an unknown courier");
        assertEquals("ok", JSON.readTree(decisions.get(lines.size() - 1)).get("status").asText());
        long assigned = decisions.stream().filter(d -> d.contains("\"status\":\"assigned\"")).count();
        assertTrue(assigned >= 100, "most of 120 requests assigned: " + assigned);
        JsonNode a = decisions.stream().filter(d -> d.contains("\"status\":\"assigned\"")).findFirst().map(ReplayCommandTest::tree)
                .orElseThrow();
        assertTrue(a.get("arrival").asText().matches("\\d\\d:\\d\\d:\\d\\d"), a.toString());
        assertTrue(a.get("alternatives").isArray(), a.toString());
    }

    @Test
    void theSummaryCountsEveryPickupOnceAndTheFinalPlanIsValid() throws IOException {
        JsonNode s = JSON.readTree(tmp.resolve("a").resolve("summary.json").toFile());
        assertTrue(s.get("valid").asBoolean(), s.toString());
        assertEquals(lines.size(), s.get("lines").asInt());
        int pickups = 0;
        for (JsonNode n : s.get("pickupsByStatus")) {
            pickups += n.asInt();
        }
        assertEquals(121, pickups, s.toString());
        assertEquals(1, s.at("/pickupsByStatus/refused").asInt(), s.toString());
        assertEquals(s.get("pickups").asInt(), pickups);
        JsonNode latency = JSON.readTree(tmp.resolve("a").resolve("latency.json").toFile());
        assertEquals(121, latency.at("/byType/request/answers").asInt());
        JsonNode plan = JSON.readTree(tmp.resolve("a").resolve("plan.json").toFile());
        assertEquals(1, plan.get("days").size());
        JsonNode geo = JSON.readTree(tmp.resolve("a").resolve("plan.geojson").toFile());
        assertEquals("FeatureCollection", geo.get("type").asText());
    }

    @Test
    void theSameLogGivesTheSameBytesApartFromLatency() throws IOException {
        CliRun again = CliRun.of("replay", log.toString(), "--out", tmp.resolve("b").toString());
        assertEquals(0, again.exitCode(), again.toString());
        for (String name : List.of("decisions.jsonl", "plan.json", "plan.geojson", "summary.json")) {
            assertEquals(Files.readString(tmp.resolve("a").resolve(name)), Files.readString(tmp.resolve("b").resolve(name)), name);
        }
    }

    @Test
    void aBadLogIsExitOneWithEveryProblemAndNothingWritten() throws IOException {
        Path bad = tmp.resolve("bad.jsonl");
        Files.writeString(bad, "{\"type\":\"clock\",\"time\":\"8:00\"}\n{\"type\":\"done\",\"time\":\"08:00:00\"}\n");
        CliRun run = CliRun.of("replay", bad.toString(), "--out", tmp.resolve("c").toString());
        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.err().contains("line 1, time:"), run.err());
        assertTrue(run.err().contains("line 2, courier: missing"), run.err());
        assertTrue(run.err().contains("line 2, pickup: missing"), run.err());
        assertFalse(Files.exists(tmp.resolve("c")));
    }

    @Test
    void existingOutputsAreKeptWithoutForceBeforeAnyWork() {
        CliRun run = CliRun.of("replay", log.toString(), "--out", tmp.resolve("a").toString());
        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().contains("--force"), run.err());
    }

    @Test
    void aMissingLogOrLayoutIsExitOneAndNothingIsWritten() {
        CliRun missing = CliRun.of("replay", tmp.resolve("none.jsonl").toString(), "--out", tmp.resolve("d").toString());
        assertEquals(1, missing.exitCode(), missing.toString());
        assertTrue(missing.err().contains("none.jsonl"), missing.err());
        CliRun layout = CliRun.of("replay", log.toString(), "--layout", tmp.resolve("none.json").toString(), "--out",
                tmp.resolve("d").toString());
        assertEquals(1, layout.exitCode(), layout.toString());
        assertFalse(Files.exists(tmp.resolve("d")));
    }

    @Test
    void aClosedLoopLogIsReplayedToTheSameDecisionsEveryPickupServedAndNoLineRefused() throws IOException {
        StringBuilder answers = new StringBuilder();
        String text = DispatchLogs.closedLoop(DefaultCity.scenario(), ReplayCommand.fleet(ScenarioSource.load(null), null), 60,
                true, 5, answers);
        Path closed = tmp.resolve("closed.jsonl");
        Files.writeString(closed, text, StandardCharsets.UTF_8);
        CliRun run = CliRun.of("replay", closed.toString(), "--out", tmp.resolve("e").toString());
        assertEquals(0, run.exitCode(), run.toString());
        assertEquals(answers.toString(), Files.readString(tmp.resolve("e").resolve("decisions.jsonl")));
        assertTrue(text.contains("\"type\":\"done\""), "the log has the couriers' progress");
        JsonNode s = JSON.readTree(tmp.resolve("e").resolve("summary.json").toFile());
        assertEquals(60, s.at("/pickupsByStatus/served").asInt(), s.toString());
        assertEquals(0, s.at("/linesByStatus/refused").asInt(), s.toString());
        assertTrue(s.get("valid").asBoolean(), s.toString());
    }

    private static JsonNode tree(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
