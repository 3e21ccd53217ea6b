package dev.outpost.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class HintsTest {

    @Test
    void suggestsCloseNamesAndAliasesOnly() {
        assertEquals("pickupsPerDay", Hints.closest("pickupPerDay", ScenarioJson.CLIENT));
        assertEquals("pickupsPerDay", Hints.closest("pickups_per_day", ScenarioJson.CLIENT), "snake case");
        assertEquals("responseTargetMinutes", Hints.closest("ResponseTargetMinutes", ScenarioJson.CLIENT));
        assertEquals("lon", Hints.closest("lng", ScenarioJson.GEOGRAPHIC));
        assertEquals("lat", Hints.closest("latitude", ScenarioJson.GEOGRAPHIC));
        assertNull(Hints.closest("x", ScenarioJson.SITE), "'x' is not a typo of 'id'");
        assertNull(Hints.closest("colour", ScenarioJson.SITE));
        assertEquals("The field 'colour' is unknown; expected one of: a, b.", Hints.unknown("field", "colour", List.of("a", "b")));
    }
}
