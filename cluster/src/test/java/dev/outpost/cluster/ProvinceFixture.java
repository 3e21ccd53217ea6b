package dev.outpost.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.outpost.sim.cli.OutpostCommand;
import dev.outpost.sim.province.ProvinceOutputs;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A small province for the tests: three generated towns ({@code outpost generate}, seeded) and one
 * unit whose scenario file is invalid, run with few days so a run takes seconds.
 */
final class ProvinceFixture {

    /** The options every run of the tests takes (few days, so a run takes seconds; a what-if growth). */
    static final List<String> ARGS = List.of("--replications", "3", "--pilot", "2", "--steps", "100", "--refine", "2",
            "--seed", "7", "--growth", "1.5");

    /** The name of the unit whose file is invalid. */
    static final String BROKEN_UNIT = "Broken County";
    /** Its scenario file, as the province file names it. */
    static final String BROKEN_FILE = "broken.json";

    private ProvinceFixture() {
    }

    /**
     * Writes the province into {@code dir}.
     *
     * @return the province file
     */
    static Path write(Path dir) throws IOException {
        int[] clients = {12, 18, 24};
        for (int i = 0; i < clients.length; i++) {
            StringWriter err = new StringWriter();
            int code = OutpostCommand.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "generate",
                    "--clients", Integer.toString(clients[i]), "--sites", "6", "--seed", Integer.toString(i + 1),
                    "-o", dir.resolve("town-" + i + ".json").toString());
            assertEquals(0, code, err.toString());
        }
        Files.writeString(dir.resolve(BROKEN_FILE), "{\"name\": \"broken\"}", StandardCharsets.UTF_8);
        Path province = dir.resolve("province.json");
        Files.writeString(province, """
                {
                  "format": "outpost-province/1",
                  "name": "Test Province",
                  "units": [
                    {"name": "Capital", "scenario": "town-2.json"},
                    {"name": "North County", "parent": "Capital", "scenario": "town-0.json"},
                    {"name": "%s", "parent": "Capital", "scenario": "%s"},
                    {"name": "South County", "scenario": "town-1.json"}
                  ]
                }
                """.formatted(BROKEN_UNIT, BROKEN_FILE), StandardCharsets.UTF_8);
        return province;
    }

    /**
     * The local run: {@code outpost province PROVINCE --threads 2} with {@link #ARGS}, its files written
     * into {@code out}; exit 1, as one unit is broken.
     */
    static void runLocal(Path province, Path out) {
        List<String> args = new ArrayList<>(List.of("province", province.toString(), "--threads", "2", "--no-progress",
                "--out", out.toString()));
        args.addAll(ARGS);
        StringWriter err = new StringWriter();
        int code = OutpostCommand.execute(new PrintWriter(new StringWriter()), new PrintWriter(err),
                args.toArray(String[]::new));
        assertEquals(1, code, "outpost province exits 1 (one unit is broken):\n" + err);
    }

    /** Asserts that {@code actual} holds every file of the local engine in {@code expected}, byte for byte. */
    static void assertSameFiles(Path expected, Path actual) throws IOException {
        List<String> compared = new ArrayList<>();
        for (String name : ProvinceOutputs.FILES) {
            assertArrayEquals(Files.readAllBytes(expected.resolve(name)), Files.readAllBytes(actual.resolve(name)),
                    name + " differs between the local engine and Spark");
            compared.add(name);
        }
        assertEquals(ProvinceOutputs.FILES, compared);
    }
}
