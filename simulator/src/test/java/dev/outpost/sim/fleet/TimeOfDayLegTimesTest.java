package dev.outpost.sim.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.city.DefaultCity;
import dev.outpost.model.Scenario;
import dev.outpost.sim.experiment.Layout;
import dev.outpost.sim.experiment.SimSetup;
import dev.outpost.sim.experiment.Simulator;
import dev.outpost.sim.testing.TinyScenarios;
import dev.outpost.travel.ScenarioPoints;
import dev.outpost.travel.TravelModels;
import dev.outpost.travel.TravelTables;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The simulator drives each courier type on its own time-of-day tables. */
class TimeOfDayLegTimesTest {

    @Test
    void onTheDefaultCityLegsAreSlowerAtThePeakAndDifferPerType() {
        Scenario city = DefaultCity.scenario();
        ScenarioPoints points = ScenarioPoints.of(city);
        TravelTables tables = TravelModels.tables(city, null, points.ids(), points.locations());
        TimeOfDayLegTimes legs = new TimeOfDayLegTimes(tables);
        long peak = 0;
        long midday = 0;
        long scooter = 0;
        long van = 0;
        int n = points.size();
        for (int i = 0; i < n; i += 7) {
            for (int j = 0; j < n; j += 5) {
                peak += legs.seconds(0, i, j, 8 * 3600);
                midday += legs.seconds(0, i, j, 14 * 3600);
                scooter += legs.seconds(0, i, j, 14 * 3600);
                van += legs.seconds(1, i, j, 14 * 3600);
                assertEquals(tables.legSeconds(1, i, j, 17 * 3600 + 1799), legs.seconds(1, i, j, 17 * 3600 + 1799));
                assertEquals(tables.legMetres(0, i, j), legs.metres(0, i, j));
                // the next day repeats the first
                assertEquals(legs.seconds(0, i, j, 8 * 3600), legs.seconds(0, i, j, 86_400 + 8 * 3600));
            }
        }
        assertTrue(peak > midday, peak + " vs " + midday);
        assertTrue(scooter != van);
        assertThrows(IllegalArgumentException.class, () -> legs.seconds(0, 0, 1, -1));
    }

    @Test
    void aScenarioWithoutProfilesOrCongestionDrivesOnTodaysTables() {
        Scenario town = TinyScenarios.town(1.0);
        SimSetup setup = new SimSetup(town, new Layout("hub", List.of()), "nearest-idle", "stay",
                FleetOptions.defaults(), null);
        LegTimes prepared = Simulator.prepare(setup, null).legs();
        ScenarioPoints points = ScenarioPoints.of(town);
        for (int t = 0; t < town.courierTypes().size(); t++) {
            int[] today = points.table(TravelModels.forScenario(town, town.courierTypes().get(t))).secondsTable();
            int n = points.size();
            for (int c = 0; c < today.length; c++) {
                assertEquals(today[c], prepared.seconds(t, c / n, c % n, 9 * 3600));
                assertEquals(today[c], prepared.seconds(t, c / n, c % n, 17 * 3600));
            }
        }
    }
}
