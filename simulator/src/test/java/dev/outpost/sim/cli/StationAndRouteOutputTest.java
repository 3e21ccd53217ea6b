package dev.outpost.sim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code station --out} and {@code route --plan --out} on the default city: every GeoJSON geometry
 * is checked, station.json feeds route, and the same commands give the same bytes.
 */
class StationAndRouteOutputTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;

    static Path out;

    @BeforeAll
    static void stationAndRoute() {
        out = tmp.resolve("out");
        CliRun station = CliRun.of("station", "--steps", "300", "--out", out.toString());
        assertEquals(0, station.exitCode(), station.toString());
        CliRun route = CliRun.of("route", "--plan", out.resolve("station.json").toString(), "--steps", "100",
                "--out", out.toString());
        assertEquals(0, route.exitCode(), route.toString());
        assertTrue(route.out().contains("checked independently: valid"), route.out());
        assertTrue(route.out().contains("travel: time-dependent, 48 slices of 30 min; profiles [scooter, van]"), route.out());
    }

    @Test
    void anUnknownTravelModeIsAUsageErrorBeforeAnyWork() {
        CliRun run = CliRun.of("route", "--travel", "rush", "--out", tmp.resolve("t").toString());
        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().contains("--travel mode (rush)") && run.err().contains("free-flow"), run.err());
        assertFalse(Files.exists(tmp.resolve("t")));
    }

    @Test
    void stationJsonHasObjectiveWithUnitOutpostsAndVerdict() throws IOException {
        JsonNode root = JSON.readTree(out.resolve("station.json").toFile());
        assertEquals("outpost-station/1", root.get("format").asText());
        assertEquals("expected-response", root.at("/objective/name").asText());
        assertFalse(root.at("/objective/unit").asText().isEmpty());
        assertTrue(root.at("/check/feasible").asBoolean());
        assertTrue(root.get("outposts").size() > 0);
        Set<String> clients = new HashSet<>();
        for (JsonNode o : root.get("outposts")) {
            assertTrue(o.get("siteId").isTextual());
            assertTrue(o.get("couriers").asInt() >= 1);
            assertTrue(o.at("/location/lat").isNumber() && o.at("/location/lon").isNumber());
            o.get("clients").forEach(c -> assertTrue(clients.add(c.asText()), "served twice: " + c));
        }
        assertEquals(312, clients.size() + root.get("unservedClients").size());
        // the default: the most numerous courier type (24 scooters) at the peak of the service day
        assertEquals("scooter", root.at("/travel/courierType").asText());
        assertEquals("peak", root.at("/travel/basis").asText());
        assertTrue(root.at("/travel/timeDependent").asBoolean());
        String hour = root.at("/travel/hour").asText();
        assertTrue(hour.compareTo("07:00") >= 0 && hour.compareTo("09:30") < 0
                || hour.compareTo("16:00") >= 0 && hour.compareTo("18:30") < 0, hour);
    }

    @Test
    void theHourAndTheCourierTypeAreChosenAndABadHourIsAUsageError() {
        CliRun midday = CliRun.of("station", "--steps", "50", "--hour", "14:00", "--courier-type", "van",
                "--objective", "p-median");
        assertEquals(0, midday.exitCode(), midday.toString());
        assertTrue(midday.out().contains("travel: courier type van at 14:00 (the chosen hour's slice)"), midday.out());
        CliRun free = CliRun.of("station", "--steps", "50", "--hour", "free-flow", "--objective", "p-median");
        assertTrue(free.out().contains("travel: courier type scooter at free-flow (no congestion)"), free.out());
        CliRun bad = CliRun.of("station", "--hour", "25:00");
        assertEquals(2, bad.exitCode(), bad.toString());
        assertTrue(bad.err().contains("The hour (25:00)"), bad.err());
    }

    @Test
    void everyGeoJsonGeometryIsValid() throws IOException {
        int outposts = 0;
        for (JsonNode f : features(out.resolve("station.geojson"))) {
            assertEquals("Point", f.at("/geometry/type").asText());
            checkPosition(f.at("/geometry/coordinates"));
            String kind = f.at("/properties/kind").asText();
            assertTrue(kind.equals("outpost") || kind.equals("client"), kind);
            if (kind.equals("outpost")) {
                outposts++;
                assertTrue(f.at("/properties/siteId").isTextual());
                assertTrue(f.at("/properties/couriers").asInt() >= 1);
            } else {
                assertTrue(f.at("/properties/clientId").isTextual());
                assertTrue(f.get("properties").has("outpostId"));
            }
        }
        assertTrue(outposts > 0);
        int lines = 0;
        for (JsonNode f : features(out.resolve("routes.geojson"))) {
            String type = f.at("/geometry/type").asText();
            if (type.equals("LineString")) {
                lines++;
                JsonNode coordinates = f.at("/geometry/coordinates");
                assertTrue(coordinates.size() >= 2, f.toString());
                coordinates.forEach(StationAndRouteOutputTest::checkPosition);
                assertEquals("route", f.at("/properties/kind").asText());
                assertTrue(f.at("/properties/courierId").isTextual());
                assertEquals(coordinates.size() - 2, f.at("/properties/stops").asInt());
            } else {
                assertEquals("Point", type, f.toString());
                checkPosition(f.at("/geometry/coordinates"));
                assertEquals("stop", f.at("/properties/kind").asText());
                for (String time : new String[] {"arrival", "start", "departure"}) {
                    assertTrue(f.at("/properties/" + time).asText().matches("\\d\\d:\\d\\d:\\d\\d"), f.toString());
                }
            }
        }
        assertTrue(lines > 0);
    }

    @Test
    void routesJsonStartsCouriersAtTheOutpostsAndListsReasons() throws IOException {
        JsonNode station = JSON.readTree(out.resolve("station.json").toFile());
        Set<String> outposts = new HashSet<>();
        station.get("outposts").forEach(o -> outposts.add(o.get("siteId").asText()));
        JsonNode routes = JSON.readTree(out.resolve("routes.json").toFile());
        assertEquals("outpost-routes/1", routes.get("format").asText());
        assertTrue(routes.at("/check/valid").asBoolean());
        assertTrue(outposts.contains(routes.at("/routes/0/start").asText()), routes.at("/routes/0").toString());
        int stops = 0;
        for (JsonNode r : routes.get("routes")) {
            stops += r.get("stops").size();
        }
        assertEquals(routes.get("assigned").asInt(), stops);
        assertEquals(routes.get("pickups").asInt(), stops + routes.get("unassigned").size());
        routes.get("unassigned").forEach(u -> assertTrue(u.get("reason").asText().matches("[a-z-]+")));
    }

    @Test
    void thePopulationPhaseGivesAValidPlanAndTheSameBytesTwice() throws IOException {
        String plan = out.resolve("station.json").toString();
        Path first = tmp.resolve("population-1");
        Path second = tmp.resolve("population-2");
        CliRun run = CliRun.of("route", "--plan", plan, "--steps", "20", "--population-size", "2", "--out", first.toString());
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("checked independently: valid"), run.out());
        assertEquals(0, CliRun.of("route", "--plan", plan, "--steps", "20", "--population-size", "2",
                "--out", second.toString()).exitCode());
        assertArrayEquals(Files.readAllBytes(first.resolve("routes.json")), Files.readAllBytes(second.resolve("routes.json")));
        CliRun one = CliRun.of("route", "--population-size", "1", "--out", tmp.resolve("p1").toString());
        assertEquals(2, one.exitCode(), one.toString());
        assertTrue(one.err().contains("--population-size (1) must be 0 (none) or 2 to 1000"), one.err());
        CliRun tooMany = CliRun.of("route", "--population-size", "1001", "--out", tmp.resolve("p2").toString());
        assertEquals(2, tooMany.exitCode(), tooMany.toString());
        assertFalse(Files.exists(tmp.resolve("p1")) || Files.exists(tmp.resolve("p2")));
    }

    @Test
    void theSameCommandsGiveTheSameBytes() throws IOException {
        Path again = tmp.resolve("again");
        assertEquals(0, CliRun.of("station", "--steps", "300", "--out", again.toString()).exitCode());
        assertEquals(0, CliRun.of("route", "--plan", again.resolve("station.json").toString(), "--steps", "100",
                "--out", again.toString()).exitCode());
        for (String file : new String[] {"station.json", "station.geojson", "routes.json", "routes.geojson"}) {
            assertArrayEquals(Files.readAllBytes(out.resolve(file)), Files.readAllBytes(again.resolve(file)), file);
        }
    }

    @Test
    void aPlanOfTheWrongShapeNamesTheJsonPath() throws IOException {
        Path plan = tmp.resolve("bad-plan.json");
        Files.writeString(plan, "{\"format\": \"outpost-station/1\", \"outposts\": [{\"siteId\": \"site-02\", \"couriers\": 2},"
                + " {\"siteId\": \"nowhere\", \"couriers\": 1}]}");
        CliRun run = CliRun.of("route", "--plan", plan.toString(), "--out", tmp.resolve("r").toString());
        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.err().contains("$.outposts[1].siteId") && run.err().contains("(nowhere)"), run.err());
        assertFalse(Files.exists(tmp.resolve("r/routes.json")));
    }

    private static JsonNode features(Path file) throws IOException {
        JsonNode root = JSON.readTree(file.toFile());
        assertEquals("FeatureCollection", root.get("type").asText());
        JsonNode features = root.get("features");
        assertTrue(features.isArray() && features.size() > 0);
        for (JsonNode f : features) {
            assertEquals("Feature", f.get("type").asText());
            assertTrue(f.get("properties").isObject());
        }
        return features;
    }

    private static void checkPosition(JsonNode position) {
        assertTrue(position.isArray() && position.size() == 2, String.valueOf(position));
        double lon = position.get(0).asDouble();
        double lat = position.get(1).asDouble();
        assertTrue(position.get(0).isNumber() && lon >= -180 && lon <= 180, "lon " + position);
        assertTrue(position.get(1).isNumber() && lat >= -90 && lat <= 90, "lat " + position);
    }
}
