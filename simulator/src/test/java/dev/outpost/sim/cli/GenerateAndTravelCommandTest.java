package dev.outpost.sim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class GenerateAndTravelCommandTest {

    record Run(int exitCode, String out, String err) {
    }

    static Run run(String... args) {
        CommandLine cli = OutpostCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void generateIsByteIdenticalForTheSameSeedAndDiffersForAnother(@TempDir Path dir) throws IOException {
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        assertEquals(0, run("generate", "--clients", "60", "--sites", "10", "--seed", "5", "-o", a.toString()).exitCode());
        assertEquals(0, run("generate", "--clients", "60", "--sites", "10", "--seed", "5", "-o", b.toString()).exitCode());
        assertEquals(Files.readString(a), Files.readString(b));
        Run stdout = run("generate", "--clients", "60", "--sites", "10", "--seed", "6");
        assertEquals(0, stdout.exitCode());
        assertTrue(stdout.out().startsWith("{"), stdout.out().substring(0, 40));
        assertTrue(!stdout.out().equals(Files.readString(a)), "another seed must give another town");
    }

    @Test
    void generatedTownValidatesAndItsRoadTablesHaveNoUnreachablePair(@TempDir Path dir) {
        Path town = dir.resolve("town.json");
        assertEquals(0, run("generate", "--clients", "60", "--sites", "10", "--seed", "5", "-o", town.toString()).exitCode());

        Run validate = run("validate", town.toString());
        assertEquals(0, validate.exitCode(), validate.out() + validate.err());
        assertTrue(validate.out().contains("valid: 60 clients, 10 sites"), validate.out());

        Run travel = run("travel", town.toString());
        assertEquals(0, travel.exitCode(), travel.out() + travel.err());
        assertTrue(travel.out().contains("travel model: road network"), travel.out());
        assertTrue(travel.out().contains("points: 71 (hub 1, sites 10, clients 60)"), travel.out());
        assertTrue(travel.out().contains("unreachable pairs: 0"), travel.out());
        assertTrue(travel.err().contains("build time"), travel.err());
        // Deterministic standard output: a second run prints the same text.
        assertEquals(travel.out(), run("travel", town.toString()).out());
    }

    @Test
    void travelWithoutAFileRunsOnTheDefaultCity() {
        Run travel = run("travel");
        assertEquals(0, travel.exitCode(), travel.out() + travel.err());
        assertTrue(travel.out().contains("built-in default city"), travel.out());
        assertTrue(travel.out().contains("points: 353 (hub 1, sites 40, clients 312)"), travel.out());
    }

    @Test
    void travelNamesAnUnknownCourierType() {
        Run travel = run("travel", "--courier-type", "bicycle");
        assertEquals(2, travel.exitCode());
        assertTrue(travel.err().contains("The courier type (bicycle) is not in the scenario"), travel.err());
    }

    @Test
    void stationPlansAndChecksAGeneratedTownReproducibly(@TempDir Path dir) {
        Path town = dir.resolve("town.json");
        assertEquals(0, run("generate", "--clients", "80", "--sites", "12", "--seed", "3", "-o", town.toString()).exitCode());
        Run first = run("station", town.toString(), "--objective", "p-median", "--steps", "300");
        assertEquals(0, first.exitCode(), first.out() + first.err());
        assertTrue(first.out().contains("checked independently: feasible"), first.out());
        assertTrue(first.out().contains("clients served: 80 of 80"), first.out());
        assertEquals(first.out(), run("station", town.toString(), "--objective", "p-median", "--steps", "300").out());

        Run queue = run("station", town.toString(), "--objective", "expected-response", "--steps", "300");
        assertTrue(queue.out().contains("| outpost | couriers |"), queue.out());

        Run bad = run("station", town.toString(), "--objective", "cheapest");
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("The objective (cheapest) is unknown"), bad.err());
    }

    @Test
    void aBrokenScenarioIsReportedByPathWithoutAStackTrace(@TempDir Path dir) throws IOException {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"name\": \"x\", \"clinets\": []}\n");
        for (String command : new String[] {"travel", "station"}) {
            Run run = run(command, broken.toString());
            assertEquals(1, run.exitCode(), command);
            assertTrue(run.err().contains("clinets"), run.err());
            assertTrue(!run.err().contains("\tat "), "no stack trace: " + run.err());
        }
    }
}
