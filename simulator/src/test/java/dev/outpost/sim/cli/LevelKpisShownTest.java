package dev.outpost.sim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.city.ProvinceGenerator;
import dev.outpost.io.ScenarioIo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the service centres' share within target is shown (the printed summary, {@code report.html},
 * {@code sweep.csv}), each administrative level's share is shown beside it when the scenario's centres
 * carry levels, and nothing changes for a scenario without levels.
 */
class LevelKpisShownTest {

    @TempDir
    static Path dir;

    static Path county;

    @BeforeAll
    static void writeCounty() throws IOException {
        List<ProvinceGenerator.Unit> units = ProvinceGenerator.generate(1, 11);
        county = dir.resolve("county.json");
        Files.writeString(county, ScenarioIo.write(units.get(units.size() - 1).scenario()));
    }

    @Test
    void simulateShowsEachLevelInTheSummaryAndTheReport() throws IOException {
        Path out = dir.resolve("sim");
        CliRun run = CliRun.of("simulate", county.toString(), "--replications", "2", "--seed", "4", "--no-progress",
                "--out", out.toString());
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("| level:county/withinTarget |"), run.out());
        String html = Files.readString(out.resolve(SimulateCommand.REPORT_HTML));
        assertTrue(html.contains("Requests within target, county-level centres"), "report.html shows the county level");
    }

    @Test
    void sweepCsvHasAColumnPerLevel() throws IOException {
        Path out = dir.resolve("sweep");
        CliRun run = CliRun.of("sweep", county.toString(), "--over", "growth", "--values", "1", "--replications", "2",
                "--seed", "4", "--no-progress", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.toString());
        String header = Files.readAllLines(out.resolve(SweepCommand.SWEEP_CSV)).get(0);
        assertTrue(header.contains("level:county/withinTarget"), header);
    }

    @Test
    void aScenarioWithoutLevelsKeepsThePlainHeadline() {
        CliRun run = CliRun.of("simulate", "--replications", "2", "--seed", "4", "--no-progress", "--out",
                dir.resolve("plain").toString());
        assertEquals(0, run.exitCode(), run.toString());
        assertFalse(run.out().contains("level:"), run.out());
    }
}
