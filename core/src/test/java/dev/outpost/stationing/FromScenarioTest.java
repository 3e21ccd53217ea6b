package dev.outpost.stationing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.model.Budget;
import dev.outpost.model.Client;
import dev.outpost.model.ClientKind;
import dev.outpost.model.CoordinateSystem;
import dev.outpost.model.Horizon;
import dev.outpost.model.Hub;
import dev.outpost.model.Location;
import dev.outpost.model.Scenario;
import dev.outpost.model.Site;
import dev.outpost.model.SiteStatus;
import dev.outpost.model.TimeWindow;
import dev.outpost.model.TravelSpec;
import dev.outpost.travel.TravelTimes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class FromScenarioTest {

    private static Client client(String id, double perDay, int peakHour) {
        List<Double> profile = new ArrayList<>(Collections.nCopies(24, 0.0));
        profile.set(9, 1.0);
        profile.set(peakHour, 3.0);
        return new Client(id, id, ClientKind.SERVICE_CENTRE, Location.planar(0, 0), perDay, profile, 120,
                new TimeWindow(8 * 3600, 17 * 3600), 1800, 1, List.of(), 1);
    }

    private static Scenario scenario(Budget budget) {
        return new Scenario("t", CoordinateSystem.PLANAR, List.of(client("c1", 8.0, 11), client("c2", 4.0, 14)),
                List.of(new Site("s1", "s1", Location.planar(0, 0), SiteStatus.FIXED_OPEN, 50, 2),
                        new Site("s2", "s2", Location.planar(1, 1), SiteStatus.CANDIDATE, 70, 3)),
                List.of(), new Hub("h", Location.planar(0, 0), 18 * 3600), new Horizon(1, new TimeWindow(8 * 3600, 17 * 3600)),
                budget, new TravelSpec.StraightLine(1.3));
    }

    @Test
    void mapsWeightsPeakRatesTravelAndBudget() {
        // Points in a different order from the scenario: s2, c2, s1, c1.
        List<String> ids = List.of("s2", "c2", "s1", "c1");
        int[] sec = new int[16];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                sec[i * 4 + j] = i == j ? 0 : 100 * (i + 1) + j;
            }
        }
        TravelTimes times = new TravelTimes(ids, sec, sec.clone());
        StationingProblem p = StationingProblem.fromScenario(scenario(new Budget(1, null, 200L)), times,
                StationingObjective.P_MEDIAN);
        assertEquals(8000, p.demandWeight(0));
        // 8 per day, profile weights 1 and 3: the peak hour holds 3/4 of the day, 6 per hour.
        assertEquals(6000, p.milliRequestsPerHour(0));
        assertEquals(3000, p.milliRequestsPerHour(1));
        assertEquals(1800, p.responseTargetSeconds(0));
        assertEquals(120, p.serviceSeconds(1));
        // site s1 is point 2, client c1 is point 3: 100 * 3 + 3.
        assertEquals(303, p.travelSeconds(0, 0));
        // site s2 is point 0, client c2 is point 1.
        assertEquals(101, p.travelSeconds(1, 1));
        assertEquals(SiteStatus.FIXED_OPEN, p.siteStatus(0));
        assertEquals(1, p.maxOutposts());
        assertEquals(StationingProblem.NO_LIMIT, p.maxCouriers());
        assertEquals(200L, p.maxOpeningCost());
    }

    @Test
    void missingPointIsNamed() {
        TravelTimes times = new TravelTimes(List.of("s1", "s2", "c1"), new int[9], new int[9]);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StationingProblem.fromScenario(scenario(null), times, StationingObjective.P_MEDIAN));
        assertTrue(e.getMessage().contains("clients[1] id (c2)"), e.getMessage());
    }
}
