package dev.outpost.stationing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.city.DefaultCity;
import dev.outpost.model.CourierType;
import dev.outpost.model.Scenario;
import dev.outpost.model.TravelSpec;
import dev.outpost.travel.ScenarioPoints;
import dev.outpost.travel.TravelModel;
import dev.outpost.travel.TravelModels;
import dev.outpost.travel.TravelTables;
import dev.outpost.travel.TravelTimes;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The stationing table: the most numerous courier type's profile at the peak of the service day by default. */
class StationingTravelTest {

    private static Scenario city;
    private static CourierType scooter;
    private static TravelModel model;

    @BeforeAll
    static void build() {
        city = DefaultCity.scenario();
        scooter = StationingTravel.mostNumerous(city);
        model = TravelModels.forScenario(city, scooter);
    }

    private static long sum(TravelTimes t) {
        long s = 0;
        for (int v : t.secondsTable()) {
            s += v;
        }
        return s;
    }

    @Test
    void theDefaultIsTheMostNumerousTypeAtItsPeakInsideTheServiceDay() {
        assertEquals("scooter", scooter.id());
        assertTrue(city.courierTypes().stream().allMatch(t -> t.count() <= scooter.count()));
        StationingTravel peak = StationingTravel.of(city, model, scooter, StationingTravel.Basis.PEAK, 0);
        assertTrue(peak.timeDependent());
        int second = peak.second();
        boolean morning = second >= 7 * 3600 && second < 9 * 3600 + 1800;
        boolean evening = second >= 16 * 3600 && second < 18 * 3600 + 1800;
        assertTrue(morning || evening, "peak at " + peak.hour());
        assertTrue(second >= city.horizon().serviceDay().startSeconds()
                && second < city.horizon().serviceDay().endSeconds(), peak.hour());
        StationingTravel atPeakHour = StationingTravel.of(city, model, scooter, StationingTravel.Basis.HOUR, second);
        assertArrayEquals(peak.times().secondsTable(), atPeakHour.times().secondsTable());
        StationingTravel midday = StationingTravel.of(city, model, scooter, StationingTravel.Basis.HOUR, 14 * 3600);
        StationingTravel freeFlow = StationingTravel.of(city, model, scooter, StationingTravel.Basis.FREE_FLOW, 0);
        assertTrue(sum(peak.times()) > sum(midday.times()), "the peak is slower than 14:00");
        assertTrue(sum(midday.times()) >= sum(freeFlow.times()));
        assertEquals("14:00", midday.hour());
        assertEquals("free-flow", freeFlow.hour());
        assertEquals(ScenarioPoints.of(city).ids(), peak.times().pointIds());
    }

    @Test
    void aCourierTypesTableIsItsSliceOfTheScenarioTablesBuiltOnceOrOnItsOwn() {
        CourierType van = city.courierTypes().get(1);
        ScenarioPoints points = ScenarioPoints.of(city);
        TravelTables tables = TravelModels.tables(city, null, points.ids(), points.locations());
        TravelModel vans = TravelModels.forScenario(city, van);
        StationingTravel peak = StationingTravel.of(city, vans, van, StationingTravel.Basis.PEAK, 0);
        StationingTravel noon = StationingTravel.of(city, vans, van, StationingTravel.Basis.HOUR, 12 * 3600);
        assertEquals(tables.peakTimes(1).seconds(3, 40), peak.times().seconds(3, 40));
        assertArrayEquals(tables.timesAt(1, 12 * 3600).secondsTable(), noon.times().secondsTable());
        assertTrue(sum(peak.times()) > sum(noon.times()), "the peak is slower than noon");
        // On tables already built for every type: the same table and hour.
        StationingTravel shared = StationingTravel.of(city, tables, van.id(), StationingTravel.Basis.PEAK, 0);
        assertEquals(peak.second(), shared.second());
        assertArrayEquals(peak.times().secondsTable(), shared.times().secondsTable());
        assertThrows(IllegalArgumentException.class,
                () -> StationingTravel.of(city, tables, "bicycle", StationingTravel.Basis.PEAK, 0));
    }

    @Test
    void aVanIsStationedOnItsOwnRoads() {
        CourierType van = city.courierTypes().stream().filter(t -> t.id().equals("van")).findFirst().orElseThrow();
        StationingTravel vans = StationingTravel.of(city, model, van, StationingTravel.Basis.HOUR, 14 * 3600);
        StationingTravel scooters = StationingTravel.of(city, model, scooter, StationingTravel.Basis.HOUR, 14 * 3600);
        assertEquals("van", vans.courierTypeId());
        assertFalse(java.util.Arrays.equals(vans.times().secondsTable(), scooters.times().secondsTable()));
        StationingProblem problem = StationingProblem.fromScenario(city, vans.times(), StationingObjective.P_MEDIAN);
        assertEquals(city.clients().size(), problem.clientCount());
    }

    @Test
    void withoutCongestionEveryHourGivesTheSameTable() {
        Scenario line = new Scenario(city.name(), city.coordinates(), city.clients(), city.sites(), city.courierTypes(),
                city.hub(), city.horizon(), city.budget(), new TravelSpec.StraightLine(1.3));
        TravelModel straight = TravelModels.forScenario(line, scooter);
        StationingTravel peak = StationingTravel.of(line, straight, scooter, StationingTravel.Basis.PEAK, 0);
        StationingTravel night = StationingTravel.of(line, straight, scooter, StationingTravel.Basis.HOUR, 3 * 3600);
        assertFalse(peak.timeDependent());
        assertArrayEquals(peak.times().secondsTable(), night.times().secondsTable());
        assertArrayEquals(ScenarioPoints.of(line).table(straight).secondsTable(), peak.times().secondsTable());
    }

    @Test
    void anHourOutsideTheDayAndAnEmptyFleetAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StationingTravel.of(city, model, scooter, StationingTravel.Basis.HOUR, 86_400));
        assertTrue(e.getMessage().contains("86400"), e.getMessage());
        Scenario noFleet = new Scenario(city.name(), city.coordinates(), city.clients(), city.sites(), List.of(),
                city.hub(), city.horizon(), city.budget(), city.travel());
        e = assertThrows(IllegalArgumentException.class, () -> StationingTravel.mostNumerous(noFleet));
        assertTrue(e.getMessage().contains("no courier type"), e.getMessage());
    }
}
