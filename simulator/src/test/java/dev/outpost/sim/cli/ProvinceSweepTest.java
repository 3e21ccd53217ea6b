package dev.outpost.sim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.sim.province.ProvinceOutputs;
import dev.outpost.sim.province.ProvinceSweep;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code outpost province --over growth --values ...} on a one-unit province: each value's usual
 * files in its subfolder and {@code sweep.csv} beside them; the growth-1.0 subfolder is byte for
 * byte a plain run's folder; an existing sweep is kept without {@code --force}; bad option
 * combinations are refused before any work, with a message naming the options.
 */
class ProvinceSweepTest {

    @TempDir
    static Path tmp;

    static Path province;
    static Path plain;
    static Path swept;
    static CliRun sweep;

    static final String[] RUN = {"--replications", "2", "--pilot", "0", "--steps", "50", "--seed", "7", "--threads",
        "2", "--no-progress"};

    @BeforeAll
    static void generateAndRun() throws IOException {
        Path generated = tmp.resolve("gen");
        CliRun generate = CliRun.of("generate-province", "--counties", "1", "--seed", "4", "--out", generated.toString());
        assertEquals(0, generate.exitCode(), generate.toString());
        Path dir = Files.createDirectories(tmp.resolve("prov"));
        Files.copy(generated.resolve("county-01.json"), dir.resolve("county-01.json"));
        province = dir.resolve("province.json");
        Files.writeString(province, """
                {
                  "format": "outpost-province/1",
                  "name": "Sweep province",
                  "units": [{"name": "County 01", "scenario": "county-01.json"}]
                }
                """);
        plain = tmp.resolve("plain");
        CliRun run = province(plain);
        assertEquals(0, run.exitCode(), run.toString());
        swept = tmp.resolve("swept");
        sweep = province(swept, "--over", "growth", "--values", "1,1.5");
    }

    private static CliRun province(Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("province", province.toString(), "--out", out.toString()));
        args.addAll(List.of(RUN));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void theSweepWritesOneSubfolderPerValueAndSweepCsv() throws IOException {
        assertEquals(0, sweep.exitCode(), sweep.toString());
        try (Stream<Path> files = Files.list(swept)) {
            assertEquals(List.of("growth-1.0", "growth-1.5", "sweep.csv"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        for (String folder : List.of("growth-1.0", "growth-1.5")) {
            for (String file : ProvinceOutputs.FILES) {
                assertTrue(Files.isRegularFile(swept.resolve(folder).resolve(file)), folder + "/" + file);
            }
        }
        List<String> lines = Files.readAllLines(swept.resolve(ProvinceSweep.SWEEP_CSV));
        assertEquals(3, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(0).startsWith("unit,parent,growth,status,couriers,outposts_optimised,requests_per_day,"
                + "response_today_s,response_optimised_s,response_optimised_half_width_s,"), lines.get(0));
        assertTrue(lines.get(1).startsWith("County 01,,1.0,ok,"), lines.get(1));
        assertTrue(lines.get(2).startsWith("County 01,,1.5,ok,"), lines.get(2));
        // More demand on the same days: more requests per day in the 1.5 row than in the 1.0 row.
        int requests = List.of(lines.get(0).split(",")).indexOf("requests_per_day");
        assertTrue(Double.parseDouble(lines.get(2).split(",")[requests])
                > Double.parseDouble(lines.get(1).split(",")[requests]), lines.get(1) + " / " + lines.get(2));
        assertTrue(sweep.out().contains("growth 1.5 (growth-1.5/)"), sweep.out());
    }

    @Test
    void theGrowthOneSubfolderIsAPlainRunByteForByte() throws IOException {
        for (String file : ProvinceOutputs.FILES) {
            assertArrayEquals(Files.readAllBytes(plain.resolve(file)),
                    Files.readAllBytes(swept.resolve("growth-1.0").resolve(file)), file);
        }
    }

    @Test
    void anExistingSweepIsKeptWithoutForce() throws IOException {
        Path again = tmp.resolve("again");
        Files.createDirectories(again.resolve("growth-2.0"));
        Files.writeString(again.resolve("growth-2.0").resolve(ProvinceOutputs.UNITS_CSV), "mine\n");
        CliRun run = province(again, "--over", "growth", "--values", "1,2");
        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().contains("already exists") && run.err().contains("--force"), run.err());
        assertEquals("mine\n", Files.readString(again.resolve("growth-2.0").resolve(ProvinceOutputs.UNITS_CSV)));
        assertFalse(Files.exists(again.resolve("growth-1.0")));
        assertFalse(Files.exists(again.resolve(ProvinceSweep.SWEEP_CSV)));
    }

    @Test
    void badCombinationsAreRefusedBeforeAnyWork() {
        String[][] cases = {
            {"--over", "growth"}, {"--over option needs --values"},
            {"--values", "1,2"}, {"--values option needs --over"},
            {"--over", "couriers", "--values", "1,2"}, {"--over (couriers)", "use one of growth"},
            {"--over", "growth", "--values", "1,2", "--growth", "1.5"}, {"--growth option cannot be combined"},
            {"--over", "growth", "--values", "1,0"}, {"--values entry (0.0) is out of range", "more than 0, at most 20"},
            {"--over", "growth", "--values", "1.5,1.50"}, {"(1.5) is given twice"},
        };
        for (int i = 0; i < cases.length; i += 2) {
            Path out = tmp.resolve("refused-" + i);
            CliRun run = province(out, cases[i]);
            assertEquals(2, run.exitCode(), String.join(" ", cases[i]) + ": " + run);
            for (String expected : cases[i + 1]) {
                assertTrue(run.err().contains(expected), expected + " in " + run.err());
            }
            assertFalse(run.err().contains("Exception"), run.err());
            assertFalse(Files.exists(out), out.toString());
        }
    }
}
