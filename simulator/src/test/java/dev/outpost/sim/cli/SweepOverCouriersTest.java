package dev.outpost.sim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.outpost.io.OutpostJson;
import dev.outpost.io.ScenarioIo;
import dev.outpost.model.CourierBreak;
import dev.outpost.model.CourierType;
import dev.outpost.model.Scenario;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sweep --over couriers} simulates the scenario's own couriers, breaks included: at factor 1
 * its KPIs equal those of {@code sweep --over growth} at factor 1 (which leaves the scenario as read),
 * and the couriers take their breaks.
 */
class SweepOverCouriersTest {

    @TempDir
    Path dir;

    private Path townWithBreaks() throws IOException {
        Scenario town;
        try (InputStream in = SweepOverCouriersTest.class.getResourceAsStream("/scenarios/small-town.json")) {
            town = ScenarioIo.read(in, "small-town.json");
        }
        List<CourierType> types = new ArrayList<>();
        for (CourierType t : town.courierTypes()) {
            types.add(t.toBuilder().breaks(List.of(new CourierBreak(11 * 3600, 13 * 3600, 3600))).build());
        }
        Path file = dir.resolve("town-breaks.json");
        ScenarioIo.write(town.withCourierTypes(types), file);
        return file;
    }

    private JsonNode metrics(Path file, String over, String out) throws IOException {
        CliRun run = CliRun.of("sweep", file.toString(), "--over", over, "--values", "1", "--replications", "2",
                "--seed", "4", "--no-progress", "--out", dir.resolve(out).toString());
        assertEquals(0, run.exitCode(), run.toString());
        JsonNode root = OutpostJson.mapper().readTree(dir.resolve(out).resolve("kpis.json").toFile());
        return root.get("points").get(0).get("metrics");
    }

    private static double mean(JsonNode metrics, String group, String name) {
        for (JsonNode row : metrics) {
            if (row.get("group").asText().equals(group) && row.get("name").asText().equals(name)) {
                return row.get("mean").asDouble();
            }
        }
        throw new AssertionError("no metric " + group + "/" + name + " in " + metrics);
    }

    @Test
    void aSweepOverCouriersKeepsTheCouriersBreaks() throws IOException {
        Path file = townWithBreaks();
        JsonNode couriers = metrics(file, "couriers", "couriers");
        JsonNode growth = metrics(file, "growth", "growth");
        assertTrue(mean(growth, "fleet", "breakSeconds") > 0, "precondition: the couriers take breaks");
        assertEquals(mean(growth, "fleet", "breakSeconds"), mean(couriers, "fleet", "breakSeconds"));
        assertEquals(growth, couriers);
    }
}
