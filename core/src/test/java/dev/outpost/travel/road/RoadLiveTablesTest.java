package dev.outpost.travel.road;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.city.DefaultCity;
import dev.outpost.model.Congestion;
import dev.outpost.model.Location;
import dev.outpost.model.Scenario;
import dev.outpost.travel.ScenarioPoints;
import dev.outpost.travel.TravelModels;
import dev.outpost.travel.TravelTables;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Live road tables on the default city's time-of-day tables: points appended and rewritten in
 * place equal a full rebuild over the same locations in every profile's every table, and the
 * tables they grew from keep their own points' entries.
 */
class RoadLiveTablesTest {

    @Test
    void appendedAndRewrittenPointsEqualAFullRebuildAndOlderTablesKeepTheirEntries() {
        Scenario city = DefaultCity.scenario();
        ScenarioPoints points = ScenarioPoints.of(city);
        RoadTravelModel model = (RoadTravelModel) TravelModels.forScenario(city, city.courierTypes().get(0));
        Congestion congestion = TravelModels.congestion(city);
        int n = 40;
        List<String> ids = new ArrayList<>(points.ids().subList(0, n));
        List<Location> locations = new ArrayList<>(points.locations().subList(0, n));
        TravelTables base = model.tables(ids, locations, city.courierTypes(), congestion);
        RoadLiveTables live = model.live(base, locations, city.courierTypes(), congestion);
        // Slices and profiles with equal speeds share a table: fewer distinct variants than tables.
        assertTrue(live.distinctVariants() <= base.tableCount(), live.distinctVariants() + " variants");

        // Two new points appended (a request's address and a GPS fix nearby).
        Location a = points.locations().get(100);
        Location b = Location.ofLatLon(points.locations().get(200).latitude() - 0.0007, points.locations().get(200).longitude() + 0.001);
        TravelTables grown = live.put(base, new int[] {n, n + 1}, List.of("a", "b"), List.of(a, b));
        ids.addAll(List.of("a", "b"));
        locations.addAll(List.of(a, b));
        assertSame(model.tables(ids, locations, city.courierTypes(), congestion), grown);
        // The base keeps its entries (the new rows and columns lie outside it).
        assertSame(model.tables(ids.subList(0, n), locations.subList(0, n), city.courierTypes(), congestion), base);

        // Point 7 rewritten in place (its old location no longer used) and one more appended.
        Location c = points.locations().get(300);
        Location d = points.locations().get(150);
        TravelTables again = live.put(grown, new int[] {7, n + 2}, List.of("c", "d"), List.of(c, d));
        ids.set(7, "c");
        locations.set(7, c);
        ids.add("d");
        locations.add(d);
        assertSame(model.tables(ids, locations, city.courierTypes(), congestion), again);
        assertEquals(ids, again.pointIds());

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> live.put(base, new int[] {n}, List.of("x"), List.of(a)));
        assertTrue(e.getMessage().contains("last returned"), e.getMessage());
    }

    @Test
    void tablesWithRoomEqualTheirOriginAndTakeAppendsInPlace() {
        Scenario city = DefaultCity.scenario();
        ScenarioPoints points = ScenarioPoints.of(city);
        RoadTravelModel model = (RoadTravelModel) TravelModels.forScenario(city, city.courierTypes().get(0));
        Congestion congestion = TravelModels.congestion(city);
        int n = 30;
        List<String> ids = new ArrayList<>(points.ids().subList(0, n));
        List<Location> locations = new ArrayList<>(points.locations().subList(0, n));
        TravelTables base = model.tables(ids, locations, city.courierTypes(), congestion);
        TravelTables roomy = base.withRoom(n + 3);
        assertSame(base, roomy);
        org.junit.jupiter.api.Assertions.assertSame(roomy, roomy.withRoom(n + 3), "room already there: no copy");
        RoadLiveTables live = model.live(roomy, locations, city.courierTypes(), congestion);
        Location a = points.locations().get(100);
        Location b = points.locations().get(200);
        TravelTables grown = live.put(roomy, new int[] {n, n + 1}, List.of("a", "b"), List.of(a, b));
        ids.addAll(List.of("a", "b"));
        locations.addAll(List.of(a, b));
        assertSame(model.tables(ids, locations, city.courierTypes(), congestion), grown);
        // Written into the reserved rows: the grown tables are the newest of the family and still have room.
        org.junit.jupiter.api.Assertions.assertSame(grown, grown.withRoom(n + 3));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> base.withRoom(n - 1));
        assertTrue(e.getMessage().contains("room"), e.getMessage());
    }

    @Test
    void tablesBuiltWithRoomEqualTablesBuiltWithout() {
        Scenario city = DefaultCity.scenario();
        ScenarioPoints points = ScenarioPoints.of(city);
        RoadTravelModel model = (RoadTravelModel) TravelModels.forScenario(city, city.courierTypes().get(0));
        Congestion congestion = TravelModels.congestion(city);
        int n = 25;
        List<String> ids = new ArrayList<>(points.ids().subList(0, n));
        List<Location> locations = new ArrayList<>(points.locations().subList(0, n));
        TravelTables plain = model.tables(ids, locations, city.courierTypes(), congestion);
        TravelTables roomy = model.tables(ids, locations, city.courierTypes(), congestion, n + 4);
        assertSame(plain, roomy);
        org.junit.jupiter.api.Assertions.assertSame(roomy, roomy.withRoom(n + 4), "built with its room: no copy");
        assertEquals(plain.longestLegSeconds(), roomy.longestLegSeconds());
        assertEquals(plain.longestLegMetres(), roomy.longestLegMetres());
        for (int p = 0; p < plain.profileCount(); p++) {
            for (int s = 0; s < plain.sliceCount(); s++) {
                assertEquals(plain.meanSeconds(p, s), roomy.meanSeconds(p, s));
            }
        }
        RoadLiveTables live = model.live(roomy, locations, city.courierTypes(), congestion);
        TravelTables grown = live.put(roomy, new int[] {n}, List.of("a"), List.of(points.locations().get(120)));
        ids.add("a");
        locations.add(points.locations().get(120));
        assertSame(model.tables(ids, locations, city.courierTypes(), congestion), grown);
        org.junit.jupiter.api.Assertions.assertSame(grown, grown.withRoom(n + 4), "written into the reserved rows");
    }

    /** Every profile's every table of {@code actual} equals {@code expected}'s, and the slices map alike. */
    private static void assertSame(TravelTables expected, TravelTables actual) {
        assertEquals(expected.size(), actual.size());
        for (int p = 0; p < expected.profileCount(); p++) {
            assertEquals(expected.distinctTables(p), actual.distinctTables(p));
            for (int d = 0; d < expected.distinctTables(p); d++) {
                assertArrayEquals(expected.table(p, d).secondsTable(), actual.table(p, d).secondsTable(),
                        "seconds of profile " + p + " table " + d);
                assertArrayEquals(expected.table(p, d).metresTable(), actual.table(p, d).metresTable(),
                        "metres of profile " + p + " table " + d);
            }
            for (int s = 0; s < expected.sliceCount(); s++) {
                assertEquals(expected.tableOf(p, s), actual.tableOf(p, s));
            }
            for (int i = 0; i < expected.size(); i++) {
                for (int j = 0; j < expected.size(); j++) {
                    assertEquals(expected.legSeconds(p, i, j, 8 * 3600 + 1700), actual.legSeconds(p, i, j, 8 * 3600 + 1700));
                    assertEquals(expected.freeFlowSeconds(p, i, j), actual.freeFlowSeconds(p, i, j));
                }
            }
        }
    }
}
