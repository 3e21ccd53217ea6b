package dev.outpost.sim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.model.Scenario;
import dev.outpost.sim.engine.SimEvent;
import dev.outpost.sim.fleet.FleetOptions;
import dev.outpost.sim.kpi.RunKpis;
import dev.outpost.sim.report.StationingPlanReader;
import dev.outpost.sim.testing.TinyScenarios;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The simulator groups per-outpost KPIs by the stationing plan's own client-to-outpost assignment
 * (station.json's {@code clients}), not by a nearest-outpost assignment of its own.
 */
class PlanAssignmentTest {

    /**
     * A plan for the town that gives each client the outpost farther from it: west (x = 2000 m)
     * serves the two eastmost clients, east (x = 7000 m) the four westmost; "odd" is listed nowhere.
     */
    private static final String STATION_JSON = """
            {"format": "outpost-station/1",
             "outposts": [
               {"siteId": "west", "couriers": 2, "clients": ["c4", "c5"]},
               {"siteId": "east", "couriers": 2, "clients": ["c0", "c1", "c2", "c3"]}
             ]}
            """;

    private static final Map<String, String> PLAN = Map.of("c0", "east", "c1", "east", "c2", "east", "c3", "east",
            "c4", "west", "c5", "west", "odd", ClientOutposts.NONE);

    @Test
    void perOutpostKpisFollowStationJsonsAssignment() {
        Scenario town = TinyScenarios.town(3.0);
        Layout layout = Layouts.of(StationingPlanReader.read(STATION_JSON, "station.json", town), "station.json");
        assertTrue(layout.assigned());
        Simulator simulator = Simulator.prepare(new SimSetup(town, layout, "cheapest-insertion", "home",
                FleetOptions.defaults(), null), null);
        Map<String, String> seen = new TreeMap<>();
        Map<String, Integer> arrivals = new HashMap<>();
        RunKpis kpis = simulator.day(7, 0, event -> {
            if (event instanceof SimEvent.RequestArrived e) {
                String before = seen.putIfAbsent(e.clientId(), e.outpostId());
                assertTrue(before == null || before.equals(e.outpostId()), "one outpost per client");
                arrivals.merge(e.outpostId(), 1, Integer::sum);
            }
        });
        assertEquals(PLAN.keySet(), seen.keySet(), "every client asked at least once on this day");
        assertEquals(new TreeMap<>(PLAN), seen);
        assertTrue(arrivals.get("west") > 0 && arrivals.get("east") > 0, arrivals.toString());
        assertEquals(arrivals.get("west"), (int) kpis.value("outpost:west", "requests"));
        assertEquals(arrivals.get("east"), (int) kpis.value("outpost:east", "requests"));
        assertEquals(kpis.value("all", "requests") - arrivals.get(ClientOutposts.NONE),
                kpis.value("outpost:west", "requests") + kpis.value("outpost:east", "requests"));
    }

    @Test
    void withoutAnAssignmentEachClientGoesToItsNearestOutpost() {
        Scenario town = TinyScenarios.town(1.0);
        Layout byHand = new Layout("posts", List.of(new Layout.Post("west", 2), new Layout.Post("east", 2)));
        ClientOutposts nearest = ClientOutposts.of(town, byHand, Simulator.prepare(
                new SimSetup(town, byHand, "nearest-idle", "stay", FleetOptions.defaults(), null), null).legs());
        // Clients at x = 1000, 2500, 4000 (and "odd" at 2000) are nearer west; 5500, 7000, 8500 nearer east.
        assertEquals(List.of("west", "west", "west", "east", "east", "east", "west"),
                List.of(nearest.idsByClient()));
        ClientOutposts hub = ClientOutposts.of(town, Layout.hub(), TinyScenarios.zeroLegs(town));
        assertEquals(List.of("hub"), hub.ids());
        assertEquals(0, hub.postOf(6));
    }

    @Test
    void anAssignmentNamingAnUnknownClientIsRefused() {
        Scenario town = TinyScenarios.town(1.0);
        Layout layout = new Layout("bad", List.of(new Layout.Post("west", 1, List.of("c0", "ghost"))), true);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ClientOutposts.of(town, layout, TinyScenarios.zeroLegs(town)));
        assertTrue(e.getMessage().contains("ghost"), e.getMessage());
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> new Layout("twice",
                List.of(new Layout.Post("west", 1, List.of("c0")), new Layout.Post("east", 1, List.of("c0"))), true));
        assertTrue(twice.getMessage().contains("c0"), twice.getMessage());
    }
}
