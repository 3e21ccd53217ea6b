package dev.outpost.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.city.DefaultCity;
import dev.outpost.model.Congestion;
import dev.outpost.model.CourierType;
import dev.outpost.model.RoadProfile;
import dev.outpost.model.Scenario;
import dev.outpost.model.TravelSpec;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Road profiles, road classes and congestion in the scenario JSON: round trip and old files. */
class RoadProfileJsonTest {

    @Test
    void theDefaultCityRoundTripsByteForByteWithProfilesClassesAndCongestion() {
        Scenario city = DefaultCity.scenario();
        String text = ScenarioIo.write(city);
        assertTrue(text.contains("\"roadProfile\""), "no road profile written");
        assertTrue(text.contains("\"roadClass\" : \"pedestrian\"") || text.contains("\"roadClass\": \"pedestrian\""),
                "no road class written");
        assertTrue(text.contains("\"congestion\""), "no congestion written");
        Scenario back = ScenarioIo.read(text, "city.json");
        assertEquals(city, back);
        assertEquals(text, ScenarioIo.write(back));
        CourierType van = back.courierTypes().get(1);
        assertEquals(List.of("pedestrian"), van.roadProfile().barredClasses());
        assertEquals(0.7, van.roadProfile().factor("old_town"));
        assertEquals(1.0, van.roadProfile().factor("ring"));
        Congestion congestion = ((TravelSpec.Road) back.travel()).congestion();
        assertEquals(48, congestion.sliceCount());
        assertEquals(0.5, congestion.factor("ring", 17));
        assertEquals(1.0, congestion.factor("old_town", 17));
    }

    @Test
    void anEmptyProfileAndAFileNetworkWithCongestionRoundTrip() {
        Scenario city = DefaultCity.scenario();
        CourierType t = city.courierTypes().get(0);
        CourierType plain = new CourierType(t.id(), t.count(), t.speedKmh(), t.capacity(), t.shift(), t.skills(),
                t.costPerHour(), t.costPerKm(), new RoadProfile(null, Map.of(), List.of()));
        Scenario s = new Scenario(city.name(), city.coordinates(), city.clients(), city.sites(),
                List.of(plain, city.courierTypes().get(1)),
                city.hub(), city.horizon(), city.budget(), new TravelSpec.Road("maps/town.osm.gz", List.of(), List.of(),
                        new Congestion(720, Map.of("primary", List.of(0.75, 1.0)))));
        String text = ScenarioIo.write(s);
        Scenario back = ScenarioIo.read(text, "file.json");
        assertEquals(s, back);
        assertEquals(text, ScenarioIo.write(back));
        assertTrue(back.courierTypes().get(0).roadProfile().isUnrestricted());
    }

    @Test
    void oldScenarioFilesStayValidWithoutProfiles() throws IOException {
        try (InputStream in = RoadProfileJsonTest.class.getResourceAsStream("/scenarios/small-town.json")) {
            Scenario s = ScenarioIo.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), "small-town.json");
            for (CourierType type : s.courierTypes()) {
                assertNull(type.roadProfile());
                assertEquals(RoadProfile.UNRESTRICTED, type.roadProfileOrDefault());
            }
            assertTrue(!ScenarioIo.write(s).contains("roadProfile"));
        }
    }
}
