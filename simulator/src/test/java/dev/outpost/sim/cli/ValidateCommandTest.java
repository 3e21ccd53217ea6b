package dev.outpost.sim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ValidateCommandTest {

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

    private Path copy(String resource, String name) throws IOException {
        Path target = dir.resolve(name);
        try (InputStream in = ValidateCommandTest.class.getResourceAsStream(resource)) {
            Files.write(target, in.readAllBytes());
        }
        return target;
    }

    @Test
    void validScenarioPrintsOneSummaryLineAndExitsZero() throws IOException {
        Path file = copy("/scenarios/small-town.json", "town.json");
        assertEquals(0, run("validate", file.toString()), err.toString());
        List<String> lines = out.toString().lines().toList();
        assertEquals(1, lines.size(), out.toString());
        assertTrue(lines.get(0).startsWith(file + ": valid: 5 clients, 3 sites, 1 courier type (4 couriers)"), lines.get(0));
        assertEquals("", err.toString());
    }

    @Test
    void everyProblemIsPrintedOnItsOwnLineAndExitIsOne() throws IOException {
        Path file = copy("/malformed/15-negative-values.json", "bad.json");
        assertEquals(1, run("validate", file.toString()));
        List<String> lines = out.toString().lines().toList();
        assertEquals(5, lines.size(), out.toString());
        assertTrue(lines.contains("$.courierTypes[0].capacity: The capacity (-5) must not be negative."), out.toString());
        assertEquals(file + ": 5 problems.", err.toString().strip());
        assertFalse(err.toString().contains("Exception"), err.toString());
    }

    @Test
    void unreachableMatrixPointsAreReported() throws IOException {
        String town = Files.readString(copy("/scenarios/small-town.json", "town.json"));
        String ids = "[\"hub\", \"s-north\", \"s-centre\", \"s-east\", \"c-townhall\", \"c-tax\", \"c-land\", \"c-court\", \"c-east-centre\"]";
        StringBuilder rows = new StringBuilder("[");
        for (int i = 0; i < 9; i++) {
            rows.append(i == 0 ? "[" : ", [");
            for (int j = 0; j < 9; j++) {
                String entry = i == j ? "0" : (i == 8 && j == 0) ? "null" : String.valueOf(100 + i + j);
                rows.append(j == 0 ? "" : ", ").append(entry);
            }
            rows.append(']');
        }
        rows.append(']');
        String matrix = "{\"model\": \"matrix\", \"points\": " + ids + ", \"seconds\": " + rows + ", \"metres\": " + rows + "}";
        String text = town.replace("{\"model\": \"straight-line\", \"detourFactor\": 1.35}", matrix);
        Path file = dir.resolve("matrix.json");
        Files.writeString(file, text);
        assertEquals(1, run("validate", file.toString()), out + "" + err);
        assertEquals(List.of("$.clients[4]: The client 'c-east-centre' cannot reach the hub 'hub' "
                + "(disconnected road piece or one-way trap); move it or fix the network."), out.toString().lines().toList());
    }

    @Test
    void missingFileIsOneProblemNotAStackTrace() {
        assertEquals(1, run("validate", dir.resolve("absent.json").toString()));
        assertTrue(err.toString().contains("The scenario file (") && err.toString().contains("does not exist"), err.toString());
        assertFalse((out.toString() + err).contains("\tat "), out.toString() + err);
    }

    @Test
    void clientsFromCsvAreValidatedWithLineAndColumn() throws IOException {
        Path town = copy("/scenarios/small-town.json", "town.json");
        Path good = copy("/csv/clients.csv", "clients.csv");
        assertEquals(0, run("validate", town.toString(), "--clients-csv", good.toString(), "--sites-csv",
                copy("/csv/sites.csv", "sites.csv").toString()), out + "" + err);
        assertTrue(out.toString().startsWith(town + ": valid: 3 clients, 3 sites"), out.toString());
        out.getBuffer().setLength(0);
        Path bad = copy("/csv/clients-bad.csv", "clients-bad.csv");
        assertEquals(1, run("validate", town.toString(), "--clients-csv", bad.toString()));
        List<String> lines = out.toString().lines().toList();
        assertEquals(8, lines.size(), out.toString());
        assertTrue(lines.contains("clients-bad.csv line 4, column 'id': The id 'c1' is already used on line 2; ids must be unique."),
                out.toString());
    }

    @Test
    void helpDescribesTheCommand() {
        assertEquals(0, run("validate", "--help"));
        assertTrue(out.toString().contains("Usage: outpost validate"), out.toString());
    }
}
