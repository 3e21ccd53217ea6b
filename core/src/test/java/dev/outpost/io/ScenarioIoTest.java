package dev.outpost.io;

import dev.outpost.model.Problem;
import dev.outpost.model.ScenarioException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.model.Budget;
import dev.outpost.model.Client;
import dev.outpost.model.ClientKind;
import dev.outpost.model.CoordinateSystem;
import dev.outpost.model.CourierType;
import dev.outpost.model.Horizon;
import dev.outpost.model.Hub;
import dev.outpost.model.Location;
import dev.outpost.model.Scenario;
import dev.outpost.model.Site;
import dev.outpost.model.SiteStatus;
import dev.outpost.model.TimeWindow;
import dev.outpost.model.TravelSpec;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioIoTest {

    static String resource(String name) throws IOException {
        try (InputStream in = ScenarioIoTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The test resource (" + name + ") is missing.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void canonicalExampleIsByteIdenticalAfterReadAndWrite() throws IOException {
        String text = resource("/scenarios/small-town.json");
        Scenario scenario = ScenarioIo.read(text, "small-town.json");
        assertEquals(text, ScenarioIo.write(scenario));
        assertEquals(scenario, ScenarioIo.read(ScenarioIo.write(scenario), "again"));
        assertEquals(5, scenario.clients().size());
        assertEquals(150, scenario.clients().get(2).serviceSeconds(), "2.5 minutes");
        assertEquals(18 * 3600 + 1800, scenario.hub().cutoffSeconds());
        assertEquals(Location.ofLatLon(50.0755, 14.4378), scenario.hub().location());
    }

    @Test
    void awkwardValuesSurviveTheRoundTrip() {
        List<Double> profile = new ArrayList<>(Collections.nCopies(24, 0.0));
        profile.set(9, 1.0 / 3.0);
        profile.set(10, 1e-7);
        profile.set(11, 123456789.125);
        Client odd = new Client("c \"quoted\" \u00e9", "Name with\nnewline", ClientKind.SERVICE_CENTRE,
                Location.planar(-0.1, 1e-9), 0.1 + 0.2, profile, 91, new TimeWindow(0, 24 * 3600), 1, 7,
                List.of("cold-chain"), 0);
        Scenario planar = scenario(CoordinateSystem.PLANAR, odd,
                new TravelSpec.Matrix(List.of("h", "s", odd.id()),
                        List.of(List.of(0, 5, 7), Arrays.asList(5, 0, null), List.of(7, 3, 0)),
                        List.of(List.of(0, 50, 70), Arrays.asList(50, 0, null), List.of(70, 30, 0))),
                new Budget(3, null, 0L));
        assertRoundTrip(planar);
        Scenario road = scenario(CoordinateSystem.GEOGRAPHIC, odd("c1"),
                new TravelSpec.Road(null,
                        List.of(new TravelSpec.RoadNode(1, Location.ofLatLon(50.1, 14.2)),
                                new TravelSpec.RoadNode(-2, Location.ofLatLon(-33.8688, 151.2093))),
                        List.of(new TravelSpec.RoadEdge(1, -2, 1234.5, 47.25, true))),
                Budget.unlimited());
        assertRoundTrip(road);
        assertRoundTrip(scenario(CoordinateSystem.GEOGRAPHIC, odd("c1"), new TravelSpec.Road("maps/town.osm.gz",
                List.of(), List.of()), new Budget(null, 9, null)));
    }

    @Test
    void handWrittenScenarioGetsDefaultsAndBecomesCanonical() {
        String json = """
                {"horizon": {"days": 1, "serviceDay": {"start": "7:00", "end": "19:00:00"}},
                 "hub": {"id": "hub", "location": {"lat": 50, "lon": 14}, "cutoff": "18:00"},
                 "courierTypes": [{"id": "van", "count": 2, "speedKmh": 30, "capacity": 10,
                                   "shift": {"start": "08:00", "end": "16:00"}}],
                 "sites": [{"id": "s1", "location": {"lat": 50.01, "lon": 14.01}, "maxCouriers": 2}],
                 "clients": [{"id": "c1", "kind": "government-office", "location": {"lat": 50.02, "lon": 14.02},
                              "pickupsPerDay": 2, "serviceMinutes": 3, "responseTargetMinutes": 45}],
                 "travel": {"model": "straight-line", "detourFactor": 1.3}}
                """;
        Scenario s = ScenarioIo.read(json, "inline");
        assertEquals("unnamed", s.name());
        assertEquals(CoordinateSystem.GEOGRAPHIC, s.coordinates());
        assertEquals(7 * 3600, s.horizon().serviceDay().startSeconds());
        assertEquals(Budget.unlimited(), s.budget());
        Site site = s.sites().get(0);
        assertEquals("s1", site.name());
        assertEquals(SiteStatus.CANDIDATE, site.status());
        assertEquals(0L, site.openingCost());
        Client c = s.clients().get(0);
        assertEquals(Collections.nCopies(24, 1.0), c.hourlyProfile());
        assertEquals(new TimeWindow(0, 24 * 3600), c.window());
        assertEquals(1, c.priority());
        assertEquals(1, c.pickupSize());
        assertEquals(45 * 60, c.responseTargetSeconds());
        String canonical = ScenarioIo.write(s);
        assertEquals(canonical, ScenarioIo.write(ScenarioIo.read(canonical, "canonical")));
        assertTrue(canonical.endsWith("}\n"));
    }

    @Test
    void readsFromPathAndStreamAndReportsUnreadableInput(@TempDir Path dir) throws IOException {
        String text = resource("/scenarios/small-town.json");
        Path file = dir.resolve("town.json");
        ScenarioIo.write(ScenarioIo.read(text, "t"), file);
        assertEquals(text, Files.readString(file));
        assertEquals(ScenarioIo.read(file),
                ScenarioIo.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "stdin"));

        ScenarioException missing = assertThrows(ScenarioException.class, () -> ScenarioIo.read(dir.resolve("nope.json")));
        assertTrue(missing.getMessage().contains("nope.json"), missing.getMessage());
        ScenarioException syntax = assertThrows(ScenarioException.class,
                () -> ScenarioIo.read("{\"name\": \"x\",\n \"hub\": }", "broken.json"));
        assertEquals(1, syntax.problems().size());
        assertTrue(syntax.getMessage().startsWith("broken.json has 1 problem:"), syntax.getMessage());
        assertTrue(syntax.getMessage().contains("line 2"), syntax.getMessage());
        assertFalse(syntax.getMessage().contains("\tat "), syntax.getMessage());
        assertEquals(0, syntax.getStackTrace().length, "no stack trace is even recorded");
    }

    @Test
    void validatorAcceptsTheExampleAndFlagsBuiltInCodeMistakes() throws IOException {
        Scenario s = ScenarioIo.read(resource("/scenarios/small-town.json"), "t");
        assertEquals(List.of(), ScenarioValidator.validate(s));
        List<Client> clients = new ArrayList<>(s.clients());
        Client first = clients.get(0);
        clients.set(1, new Client(first.id(), "dup", first.kind(), Location.ofLatLon(95, 14), -1, first.hourlyProfile(),
                60, first.window(), 60, 1, List.of("flying"), 1));
        Scenario bad = new Scenario(s.name(), s.coordinates(), clients, s.sites(), s.courierTypes(), s.hub(),
                s.horizon(), s.budget(), s.travel());
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioValidator.requireValid(bad));
        List<String> paths = e.problems().stream().map(Problem::path).toList();
        assertEquals(List.of("$.clients[1].id", "$.clients[1].location.lat", "$.clients[1].pickupsPerDay",
                "$.clients[1].requiredSkills[0]"), paths);
    }

    @Test
    void validatorReportsMissingPartsAndTimesOutsideTheDayInCodeBuiltScenarios() throws IOException {
        Scenario s = ScenarioIo.read(resource("/scenarios/small-town.json"), "t");
        CourierType van = s.courierTypes().get(0);
        CourierType night = new CourierType("night", 1, 30, 10, new TimeWindow(-600, 90_000), List.of(), 0, 0);
        Scenario bad = new Scenario(s.name(), s.coordinates(), s.clients(), s.sites(), List.of(van, night), null,
                s.horizon(), s.budget(), null);
        assertEquals(List.of("$.hub", "$.travel", "$.courierTypes[1].shift"),
                ScenarioValidator.validate(bad).stream().map(Problem::path).toList());
    }

    private static Client odd(String id) {
        return new Client(id, id, ClientKind.GOVERNMENT_OFFICE, Location.ofLatLon(50.05, 14.05), 1.5,
                Collections.nCopies(24, 0.5), 59, new TimeWindow(8 * 3600 + 1, 16 * 3600 + 59), 3599, 1, List.of(), 2);
    }

    private static Scenario scenario(CoordinateSystem cs, Client client, TravelSpec travel, Budget budget) {
        Location hubAt = cs == CoordinateSystem.PLANAR ? Location.planar(0, 0) : Location.ofLatLon(50, 14);
        Location siteAt = cs == CoordinateSystem.PLANAR ? Location.planar(12.5, -3) : Location.ofLatLon(50.01, 14.01);
        return new Scenario("odd", cs, List.of(client),
                List.of(new Site("s", "s", siteAt, SiteStatus.CLOSED, dev.outpost.model.Limits.MAX_MONEY, 0)),
                List.of(new CourierType("t", 1, 27.7, 5, new TimeWindow(8 * 3600, 9 * 3600 + 1),
                        List.of("cold-chain", "keys"), 0.1, 1e-3)),
                new Hub("h", hubAt, 12 * 3600 + 5), new Horizon(3, new TimeWindow(0, 24 * 3600)), budget, travel);
    }

    private static void assertRoundTrip(Scenario s) {
        assertEquals(List.of(), ScenarioValidator.validate(s));
        String text = ScenarioIo.write(s);
        Scenario back = ScenarioIo.read(text, "round trip");
        assertEquals(s, back);
        assertEquals(text, ScenarioIo.write(back));
    }
}
