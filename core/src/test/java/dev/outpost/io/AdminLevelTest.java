package dev.outpost.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.model.AdminLevel;
import dev.outpost.model.Client;
import dev.outpost.model.ClientKind;
import dev.outpost.model.CoordinateSystem;
import dev.outpost.model.Problem;
import dev.outpost.model.Scenario;
import dev.outpost.model.ScenarioException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Service centres' administrative levels: written, read back equal, refused where they cannot be
 * (an office, an unknown level) with the JSON path or CSV line named.
 */
class AdminLevelTest {

    private static Scenario levelled() throws Exception {
        Scenario town = ScenarioIo.read(ScenarioIoTest.resource("/scenarios/small-town.json"), "t");
        List<Client> clients = town.clients().stream()
                .map(c -> c.kind() == ClientKind.SERVICE_CENTRE ? c.toBuilder().level(AdminLevel.TOWNSHIP).build() : c)
                .toList();
        return town.toBuilder().clients(clients).build();
    }

    @Test
    void levelsRoundTrip() throws Exception {
        Scenario scenario = levelled();
        assertTrue(scenario.clients().stream().anyMatch(c -> c.level() == AdminLevel.TOWNSHIP));
        String text = ScenarioIo.write(scenario);
        assertTrue(text.contains("\"level\": \"township\""), text);
        Scenario back = ScenarioIo.read(text, "levelled.json");
        assertEquals(scenario, back);
        assertEquals(text, ScenarioIo.write(back), "the written text reads back to the same text");
        for (AdminLevel level : AdminLevel.values()) {
            assertEquals(level, AdminLevel.parse(level.label()));
        }
    }

    @Test
    void withoutLevelsNothingIsWritten() throws Exception {
        Scenario town = ScenarioIo.read(ScenarioIoTest.resource("/scenarios/small-town.json"), "t");
        assertTrue(town.clients().stream().allMatch(c -> c.level() == null));
        assertTrue(!ScenarioIo.write(town).contains("\"level\""));
    }

    @Test
    void anOfficeWithALevelAndAnUnknownLevelAreRefusedByPath() throws Exception {
        String text = ScenarioIo.write(levelled());
        // c-tax, the second client, is a government office; the first client is a service centre.
        int tax = text.indexOf("\"id\": \"c-tax\"");
        String office = text.substring(0, tax) + text.substring(tax).replaceFirst("\"kind\": \"government-office\",",
                "\"kind\": \"government-office\", \"level\": \"county\",");
        String unknown = office.replaceFirst("\"level\": \"township\"", "\"level\": \"city\"");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioIo.read(unknown, "bad.json"));
        List<String> paths = e.problems().stream().map(Problem::path).toList();
        assertTrue(paths.contains("$.clients[0].level"), paths.toString());
        assertTrue(paths.contains("$.clients[1].level"), paths.toString());
        String reasons = e.getMessage();
        assertTrue(reasons.contains("city") && reasons.contains("township"), reasons);
        assertTrue(reasons.contains("Only a service centre has an administrative level"), reasons);
    }

    @Test
    void clientsCsvReadsTheLevelColumn() {
        String csv = "id,kind,lat,lon,pickups_per_day,service_minutes,response_target_minutes,level\n"
                + "a,service-centre,50.08,14.42,14,5,30,prefecture\n"
                + "b,government-office,50.07,14.45,3,3,60,\n"
                + "c,service-centre,50.09,14.44,9,5,30,capital\n"
                + "d,government-office,50.07,14.45,3,3,60,county\n";
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ClientCsv.read(new StringReader(csv), "clients.csv", CoordinateSystem.GEOGRAPHIC));
        String message = e.getMessage();
        assertTrue(message.contains("line 4") && message.contains("capital"), message);
        assertTrue(message.contains("line 5") && message.contains("Only a service centre"), message);
        List<Client> ok = ClientCsv.read(new StringReader(csv.lines().limit(3).reduce("", (a, l) -> a + l + "\n")),
                "clients.csv", CoordinateSystem.GEOGRAPHIC);
        assertEquals(AdminLevel.PREFECTURE, ok.get(0).level());
        assertNull(ok.get(1).level());
    }
}
