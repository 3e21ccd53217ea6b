package dev.outpost.travel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.city.DefaultCity;
import dev.outpost.io.ScenarioIo;
import dev.outpost.io.ScenarioValidator;
import dev.outpost.model.Problem;
import dev.outpost.model.Scenario;
import dev.outpost.model.TravelSpec;
import dev.outpost.travel.road.RoadTravelModel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TravelModelsTest {

    static Scenario smallTown() throws IOException {
        try (InputStream in = TravelModelsTest.class.getResourceAsStream("/scenarios/small-town.json")) {
            return ScenarioIo.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), "small-town.json");
        }
    }

    @Test
    void pointsAreHubThenSitesThenClients() throws IOException {
        Scenario s = smallTown();
        ScenarioPoints points = ScenarioPoints.of(s);
        assertEquals(1 + 3 + 5, points.size());
        assertEquals("hub", points.id(points.hubIndex()));
        assertEquals("s-east", points.id(points.siteIndex(2)));
        assertEquals("c-tax", points.id(points.clientIndex(1)));
        assertEquals(points.clientIndex(1), points.indexOf("c-tax"));
        assertEquals(-1, points.indexOf("nobody"));
        assertEquals("$.clients[1]", points.jsonPath(points.clientIndex(1)));
        assertEquals("$.sites[0]", points.jsonPath(1));
        assertEquals("client 'c-tax'", points.describe(points.clientIndex(1)));
    }

    @Test
    void straightLineUsesTheCourierTypeSpeed() throws IOException {
        Scenario s = smallTown();
        TravelModel model = TravelModels.forScenario(s, s.courierTypes().get(0));
        StraightLineTravelModel line = assertInstanceOf(StraightLineTravelModel.class, model);
        assertEquals(30.0, line.speedKmh(), 1e-9);
        assertEquals(1.35, line.detourFactor());
        TravelTimes t = ScenarioPoints.of(s).table(model);
        assertTrue(t.isComplete());
        assertEquals(List.of(), Reachability.problems(s, t));
    }

    @Test
    void roadSpecBuildsTheRoadModelAndNamesAMissingFile() throws IOException {
        Scenario s = smallTown();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TravelModels.forScenario(
                withTravel(s, new TravelSpec.Road("no-such-network.osm", List.of(), List.of())), null));
        assertTrue(e.getMessage().contains("no-such-network.osm"), e.getMessage());

        Scenario city = DefaultCity.scenario();
        TravelModel road = TravelModels.forScenario(city, null);
        assertInstanceOf(RoadTravelModel.class, road);
        TravelTimes t = ScenarioPoints.of(city).table(road);
        assertTrue(t.isComplete(), () -> "unreachable: " + t.unreachablePairs());
        assertEquals(List.of(), Reachability.problems(city, t));
    }

    @Test
    void reachabilityNamesEveryPointCutOffFromTheHub() throws IOException {
        Scenario base = smallTown();
        List<String> ids = ScenarioPoints.of(base).ids();
        int n = ids.size();
        List<List<Integer>> seconds = new ArrayList<>();
        List<List<Integer>> metres = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Integer[] s = new Integer[n];
            Integer[] m = new Integer[n];
            for (int j = 0; j < n; j++) {
                s[j] = i == j ? 0 : 60 + i + j;
                m[j] = i == j ? 0 : 500 + i + j;
            }
            seconds.add(Arrays.asList(s));
            metres.add(Arrays.asList(m));
        }
        int trap = ids.indexOf("c-land");
        int island = ids.indexOf("s-east");
        seconds.get(trap).set(0, null);
        metres.get(trap).set(0, null);
        for (int j = 0; j < n; j++) {
            if (j != island) {
                seconds.get(island).set(j, null);
                metres.get(island).set(j, null);
                seconds.get(j).set(island, null);
                metres.get(j).set(island, null);
            }
        }
        Scenario s = withTravel(base, new TravelSpec.Matrix(ids, seconds, metres));
        assertEquals(List.of(), ScenarioValidator.validate(s));
        TravelTimes t = ScenarioPoints.of(s).table(TravelModels.forScenario(s, null));
        List<Problem> problems = Reachability.problems(s, t);
        assertEquals(List.of("$.sites[2]", "$.clients[2]"), problems.stream().map(Problem::path).toList());
        assertTrue(problems.get(0).reason().contains("The site 's-east' cannot be reached from the hub 'hub' and cannot reach it"),
                problems.get(0).reason());
        assertTrue(problems.get(1).reason().startsWith("The client 'c-land' cannot reach the hub 'hub'"),
                problems.get(1).reason());
        assertThrows(IllegalArgumentException.class, () -> Reachability.problems(base, t.pointIds().size() > 0
                ? new TravelTimes(List.of("x"), new int[] {0}, new int[] {0}) : t));
    }

    static Scenario withTravel(Scenario s, TravelSpec travel) {
        return new Scenario(s.name(), s.coordinates(), s.clients(), s.sites(), s.courierTypes(), s.hub(), s.horizon(),
                s.budget(), travel);
    }
}
