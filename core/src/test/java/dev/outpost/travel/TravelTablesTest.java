package dev.outpost.travel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.city.DefaultCity;
import dev.outpost.model.Congestion;
import dev.outpost.model.CourierType;
import dev.outpost.model.RoadProfile;
import dev.outpost.model.Scenario;
import dev.outpost.model.TravelSpec;
import dev.outpost.travel.road.RoadNetwork;
import dev.outpost.travel.road.RoadTravelModel;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The time-dependent leg function on the default city's road model: FIFO on random legs and
 * departures (a seeded property loop), exact table values within a slice, and today's tables for
 * a static profile.
 */
class TravelTablesTest {

    private static final int HOUR = 3600;

    private static Scenario city;
    private static ScenarioPoints points;
    private static RoadTravelModel model;
    private static TravelTables tables;
    /** Milliseconds the test measured around the build ({@link TravelTables#buildMillis()} is timed inside it). */
    private static long buildMillisMeasured;

    @BeforeAll
    static void build() {
        city = DefaultCity.scenario();
        points = ScenarioPoints.of(city);
        model = (RoadTravelModel) TravelModels.forScenario(city, city.courierTypes().get(0));
        long started = System.nanoTime();
        tables = model.tables(points.ids(), points.locations(), city.courierTypes(), TravelModels.congestion(city));
        buildMillisMeasured = (System.nanoTime() - started) / 1_000_000;
    }

    @Test
    void theDefaultCityHasTwoTimeDependentProfilesWithSharedSlices() {
        assertEquals(List.of("scooter", "van"), tables.profileIds());
        assertEquals(48, tables.sliceCount());
        assertEquals(1800, tables.sliceSeconds());
        for (int p = 0; p < 2; p++) {
            assertTrue(tables.isTimeDependent(p));
            // free flow + 4 distinct (ring, bridge) factor pairs; the evening peak shares the morning's
            assertEquals(5, tables.distinctTables(p));
            assertTrue(tables.freeFlow(p).isComplete(), tables.profileIds().get(p) + " has unreachable pairs");
        }
        // Per pair: 4 bytes of seconds per distinct table (2 x 5), 4 bytes of free-flow metres per
        // profile, 2 bytes of metres for each other table (the town's legs fit in 16 bits).
        assertEquals((2L * 5 * 4 + 2 * 4 + 2 * 4 * 2) * points.size() * points.size(), tables.bytes());
        // The build's own time: taken inside the call the test timed, so neither negative nor longer.
        assertTrue(tables.buildMillis() >= 0 && tables.buildMillis() <= buildMillisMeasured,
                tables.buildMillis() + " ms reported, " + buildMillisMeasured + " ms measured around the build");
    }

    @Test
    void legTimesAreFifoOnRandomLegsAndDepartures() {
        SplittableRandom random = new SplittableRandom(20261129L);
        int n = tables.size();
        int checked = 0;
        for (int trial = 0; trial < 20_000; trial++) {
            int p = random.nextInt(tables.profileCount());
            int i = random.nextInt(n);
            int j = random.nextInt(n);
            int t = random.nextInt(2 * TravelTables.DAY_SECONDS);
            int later = t + 1 + random.nextInt(random.nextBoolean() ? 60 : 3 * HOUR);
            int a = tables.legSeconds(p, i, j, t);
            int b = tables.legSeconds(p, i, j, later);
            assertTrue(t + a <= later + b, "FIFO broken for profile " + p + " leg " + i + "->" + j + ": leaving at "
                    + t + " arrives " + (t + a) + ", leaving at " + later + " arrives " + (later + b));
            checked++;
        }
        // Every second around the slice boundaries of the peaks, where the stepping happens.
        for (int trial = 0; trial < 200; trial++) {
            int p = random.nextInt(tables.profileCount());
            int i = random.nextInt(n);
            int j = random.nextInt(n);
            int boundary = tables.sliceSeconds() * (13 + random.nextInt(24));
            int from = Math.max(0, boundary - tables.legSeconds(p, i, j, boundary) - 120);
            int previousArrival = Integer.MIN_VALUE;
            for (int t = from; t <= boundary + 120; t++) {
                int arrival = t + tables.legSeconds(p, i, j, t);
                assertTrue(arrival >= previousArrival, "FIFO broken at second " + t + " on leg " + i + "->" + j);
                previousArrival = arrival;
                checked++;
            }
        }
        assertTrue(checked > 20_000);
    }

    @Test
    void selectedPointsKeepEveryLegOfEveryProfileAtEveryDeparture() {
        int n = tables.size();
        int[] chosen = {n - 1, 3, 0, n / 2};
        TravelTables sub = tables.select(chosen);
        assertEquals(4, sub.size());
        assertEquals(tables.profileIds(), sub.profileIds());
        assertEquals(tables.pointIds().get(n - 1), sub.pointIds().get(0));
        SplittableRandom random = new SplittableRandom(11);
        for (int k = 0; k < 2_000; k++) {
            int p = random.nextInt(2);
            int a = random.nextInt(4);
            int b = random.nextInt(4);
            int depart = random.nextInt(2 * TravelTables.DAY_SECONDS);
            assertEquals(tables.legSeconds(p, chosen[a], chosen[b], depart), sub.legSeconds(p, a, b, depart));
            assertEquals(tables.legMetres(p, chosen[a], chosen[b]), sub.legMetres(p, a, b));
        }
        assertThrows(IllegalArgumentException.class, () -> tables.select(new int[] {1, 1}));
        assertThrows(IllegalArgumentException.class, () -> tables.select(new int[] {n}));
    }

    @Test
    void aLegInsideOneSliceTakesThatSlicesTableTimeAndCrossingLegsLieBetween() {
        SplittableRandom random = new SplittableRandom(7);
        int n = tables.size();
        int crossings = 0;
        for (int trial = 0; trial < 5_000; trial++) {
            int p = random.nextInt(2);
            int i = random.nextInt(n);
            int j = random.nextInt(n);
            int t = random.nextInt(TravelTables.DAY_SECONDS);
            int here = tables.timesAt(p, t).seconds(i, j);
            int end = (t / 1800 + 1) * 1800;
            int leg = tables.legSeconds(p, i, j, t);
            if (t + here <= end) {
                assertEquals(here, leg);
            } else if (tables.sliceOf(end) != 0 && t + here + 1800 >= end) {
                // Crossing into one next slice: between the two slices' times (rounded up).
                int next = tables.timesAt(p, end).seconds(i, j);
                assertTrue(leg >= Math.min(here, next) && leg <= Math.max(here, next) + 1,
                        "leg " + leg + " outside [" + here + ", " + next + "]");
                crossings++;
            }
        }
        assertTrue(crossings > 0);
    }

    @Test
    void rushHourIsSlowerThanMiddayAndThePeakIsInARushHour() {
        for (int p = 0; p < 2; p++) {
            double rush = tables.meanSeconds(p, tables.sliceOf(8 * HOUR + 1800));
            double midday = tables.meanSeconds(p, tables.sliceOf(14 * HOUR));
            assertTrue(rush > midday, "profile " + p + ": 08:30 " + rush + " s, 14:00 " + midday + " s");
            int peak = tables.peakSecond(p, 0, TravelTables.DAY_SECONDS);
            assertTrue(peak >= 7 * HOUR && peak < 9 * HOUR + 1800 || peak >= 16 * HOUR && peak < 18 * HOUR + 1800,
                    "peak at " + peak);
            assertEquals(tables.timesAt(p, peak).seconds(0, 1), tables.legSeconds(p, 0, 1, peak));
            int offPeak = tables.offPeakSecond(p, 7 * HOUR, 19 * HOUR);
            assertEquals(tables.meanSeconds(p, tables.sliceOf(14 * HOUR)), tables.meanSeconds(p, tables.sliceOf(offPeak)));
        }
    }

    @Test
    void scootersAndVansDriveTheTownDifferently() {
        TravelTimes scooter = tables.freeFlow(0);
        TravelTimes van = tables.freeFlow(1);
        int faster = 0;
        int slower = 0;
        for (int i = 0; i < scooter.size(); i++) {
            for (int j = 0; j < scooter.size(); j++) {
                faster += scooter.seconds(i, j) < van.seconds(i, j) ? 1 : 0;
                slower += scooter.seconds(i, j) > van.seconds(i, j) ? 1 : 0;
            }
        }
        assertTrue(faster > 0 && slower > 0, "scooter faster on " + faster + " pairs, slower on " + slower);
    }

    @Test
    void aStaticProfileReproducesTodaysTableExactly() {
        TravelTimes today = model.table(points.ids(), points.locations());
        CourierType plain = new CourierType("plain", 1, 30, 10, city.courierTypes().get(0).shift(), List.of(), 0, 0);
        TravelTables still = model.tables(points.ids(), points.locations(), List.of(plain), null);
        assertFalse(still.isTimeDependent(0));
        TravelTables rush = model.tables(points.ids(), points.locations(), List.of(plain), TravelModels.congestion(city));
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < today.size(); i++) {
            for (int j = 0; j < today.size(); j++) {
                int t = random.nextInt(3 * TravelTables.DAY_SECONDS);
                assertEquals(today.seconds(i, j), still.legSeconds(0, i, j, t));
                assertEquals(today.metres(i, j), still.legMetres(0, i, j));
                // At 03:00 the congested tables are at free flow: today's table too.
                assertEquals(today.seconds(i, j), rush.legSeconds(0, i, j, 3 * HOUR));
                assertEquals(today.metres(i, j), rush.legMetres(0, i, j));
            }
        }
        assertEquals(today.unreachablePairs(), still.freeFlow(0).unreachablePairs());
    }

    @Test
    void unknownRoadClassesAreNamed() {
        CourierType bad = new CourierType("bike", 1, 15, 2, city.courierTypes().get(0).shift(), List.of(), 0, 0,
                new RoadProfile(null, Map.of("motorway", 0.5), List.of()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> model.tables(points.ids(), points.locations(), List.of(bad), null));
        assertTrue(e.getMessage().contains("courier type 'bike'") && e.getMessage().contains("'motorway'"),
                e.getMessage());
        Congestion jam = new Congestion(60, Map.of("tunnel", java.util.Collections.nCopies(24, 0.5)));
        e = assertThrows(IllegalArgumentException.class, () -> model.tables(points.ids(), points.locations(),
                city.courierTypes(), jam));
        assertTrue(e.getMessage().contains("'tunnel'"), e.getMessage());
    }

    @Test
    void reweightingBarsClassesAndCapsSpeeds() {
        TravelSpec.Road spec = (TravelSpec.Road) city.travel();
        RoadNetwork network = model.network();
        List<String> classes = network.roadClasses();
        assertTrue(classes.containsAll(List.of("old_town", "pedestrian", "ring", "bridge", "local", "arterial")),
                classes.toString());
        double[] ones = new double[classes.size()];
        java.util.Arrays.fill(ones, 1.0);
        boolean[] barred = new boolean[classes.size()];
        barred[classes.indexOf("pedestrian")] = true;
        RoadNetwork van = network.reweighted(ones, barred, 20.0);
        int pedestrian = classes.indexOf("pedestrian");
        for (int e = 0; e < van.edgeCount(); e++) {
            assertTrue(van.edgeClass(e) != pedestrian);
            // 20 km/h cap: at least 180 ms per metre.
            assertTrue(van.edgeMillis(e) >= Math.round(van.edgeDecimetres(e) / 10.0 * 180) - 1);
        }
        assertTrue(van.edgeCount() < network.edgeCount());
        assertTrue(spec.edges().stream().anyMatch(e -> "pedestrian".equals(e.roadClass())));
    }

    @Test
    void everyCustomisedTableEqualsAFreshContractionOfItsReweightedNetwork() {
        RoadNetwork network = model.network();
        List<String> classes = network.roadClasses();
        Congestion congestion = TravelModels.congestion(city);
        for (int p = 0; p < 2; p++) {
            RoadProfile profile = city.courierTypes().get(p).roadProfileOrDefault();
            double cap = profile.maxSpeedKmh() == null ? Double.POSITIVE_INFINITY : profile.maxSpeedKmh();
            boolean[] barred = new boolean[classes.size()];
            for (int c = 0; c < barred.length; c++) {
                barred[c] = profile.barredClasses().contains(classes.get(c));
            }
            java.util.Set<Integer> seen = new java.util.HashSet<>();
            for (int s = 0; s < tables.sliceCount(); s++) {
                if (!seen.add(tables.tableOf(p, s))) {
                    continue;
                }
                double[] factors = new double[classes.size()];
                for (int c = 0; c < factors.length; c++) {
                    factors[c] = profile.factor(classes.get(c)) * congestion.factor(classes.get(c), s);
                }
                RoadNetwork variant = network.reweighted(factors, barred, cap);
                TravelTimes fresh = new RoadTravelModel(dev.outpost.travel.road.ContractionHierarchy.build(variant),
                        new dev.outpost.travel.road.NodeSnapper(variant), model.offRoadKmh())
                        .table(points.ids(), points.locations());
                TravelTimes customised = tables.timesAt(p, s * tables.sliceSeconds());
                assertTrue(java.util.Arrays.equals(fresh.secondsTable(), customised.secondsTable()),
                        "seconds of profile " + p + " slice " + s);
                assertTrue(java.util.Arrays.equals(fresh.metresTable(), customised.metresTable()),
                        "metres of profile " + p + " slice " + s);
            }
            assertEquals(tables.distinctTables(p), seen.size());
        }
    }

    @Test
    void extendingTheTablesWithLivePointsEqualsAFullRebuild() {
        int n = points.size();
        int k = 4;
        List<String> baseIds = points.ids().subList(0, n - k);
        List<dev.outpost.model.Location> baseLocations = points.locations().subList(0, n - k);
        List<TravelPoint> extra = new java.util.ArrayList<>();
        for (int i = n - k; i < n; i++) {
            extra.add(new TravelPoint(points.ids().get(i), points.locations().get(i)));
        }
        Congestion congestion = TravelModels.congestion(city);
        TravelTables base = model.tables(baseIds, baseLocations, city.courierTypes(), congestion);
        TravelTables extended = base.extend(model, baseLocations, extra, city.courierTypes(), congestion);
        assertEquals(points.ids(), extended.pointIds());
        for (int p = 0; p < 2; p++) {
            assertEquals(tables.distinctTables(p), extended.distinctTables(p));
            for (int d = 0; d < tables.distinctTables(p); d++) {
                assertTrue(java.util.Arrays.equals(tables.table(p, d).secondsTable(),
                        extended.table(p, d).secondsTable()), "seconds of profile " + p + " table " + d);
                assertTrue(java.util.Arrays.equals(tables.table(p, d).metresTable(),
                        extended.table(p, d).metresTable()), "metres of profile " + p + " table " + d);
            }
            for (int s = 0; s < tables.sliceCount(); s++) {
                assertEquals(tables.tableOf(p, s), extended.tableOf(p, s));
            }
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> base.extend(model, baseLocations, extra, List.of(city.courierTypes().get(1)), congestion));
        assertTrue(e.getMessage().contains("[van]"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> base.extend(model, baseLocations, extra, city.courierTypes(), null));
        assertTrue(e.getMessage().contains("same congestion"), e.getMessage());
    }

    @Test
    void straightLineProfilesUseEachCourierTypesSpeed() {
        StraightLineTravelModel line = new StraightLineTravelModel(city.coordinates(), 1.3, 99);
        TravelTables byType = line.tables(points.ids(), points.locations(), city.courierTypes(), null);
        for (int p = 0; p < 2; p++) {
            TravelTimes expected = new StraightLineTravelModel(city.coordinates(), 1.3,
                    city.courierTypes().get(p).speedKmh()).table(points.ids(), points.locations());
            assertEquals(expected.seconds(0, 5), byType.legSeconds(p, 0, 5, 8 * HOUR));
            assertFalse(byType.isTimeDependent(p));
        }
        int n = points.size();
        TravelTables base = line.tables(points.ids().subList(0, n - 2), points.locations().subList(0, n - 2),
                city.courierTypes(), null);
        TravelTables extended = base.extend(line, points.locations().subList(0, n - 2),
                List.of(new TravelPoint(points.ids().get(n - 2), points.locations().get(n - 2)),
                        new TravelPoint(points.ids().get(n - 1), points.locations().get(n - 1))),
                city.courierTypes(), null);
        for (int p = 0; p < 2; p++) {
            assertTrue(java.util.Arrays.equals(byType.table(p, 0).secondsTable(), extended.table(p, 0).secondsTable()));
        }
    }

    @Test
    void tablesThatDoNotFitTogetherAreRejected() {
        TravelTimes one = new TravelTimes(List.of("a", "b"), new int[] {0, 5, 5, 0}, new int[] {0, 9, 9, 0});
        TravelTimes cut = new TravelTimes(List.of("a", "b"), new int[] {0, -1, 5, 0}, new int[] {0, -1, 9, 0});
        assertThrows(IllegalArgumentException.class, () -> new TravelTables(List.of("x"), 1800,
                List.of(List.of(one, cut)), List.of(new int[48]), 0));
        assertThrows(IllegalArgumentException.class, () -> new TravelTables(List.of("x"), 7000,
                List.of(List.of(one, one)), List.of(new int[48]), 0));
        TravelTables ok = new TravelTables(List.of("x"), 1800, List.of(List.of(one, one)), List.of(new int[48]), 0);
        assertThrows(IllegalArgumentException.class, () -> ok.legSeconds(0, 0, 1, -1));
    }

    @Test
    void metresBeyondSixteenBitsAreKeptWhenBuiltAndWhenWritten() {
        // Table 1's metres are stored in 16 bits while they fit; 70,000 m and 100,000 m do not.
        TravelTimes free = new TravelTimes(List.of("a", "b"), new int[] {0, 5, 6, 0}, new int[] {0, 9, 70_000, 0});
        TravelTimes peak = new TravelTimes(List.of("a", "b"), new int[] {0, 8, 9, 0}, new int[] {0, 65_534, 70_000, 0});
        int[] map = new int[48];
        map[20] = 1;
        TravelTables built = new TravelTables(List.of("x"), 1800, List.of(List.of(free, peak)), List.of(map), 0);
        assertEquals(70_000, built.table(0, 1).metres(1, 0));
        assertEquals(65_534, built.table(0, 1).metres(0, 1));
        assertEquals(70_000, built.longestLegMetres());
        TravelTimes narrow = new TravelTimes(List.of("a", "b"), new int[] {0, 8, 9, 0}, new int[] {0, 10, -1 + 12, 0});
        TravelTables small = new TravelTables(List.of("x"), 1800, List.of(List.of(free, narrow)), List.of(map), 0);
        assertEquals(2L * (4 + 4) * 4 - 2 * 4, small.bytes(), "table 1's metres in 2 bytes a pair");
        TravelTables grown = small.withPoints(new int[] {2}, List.of("c"),
                (profile, distinct, size, targets, rowS, rowM, colS, colM) -> {
                    for (int j = 0; j < size; j++) {
                        rowS[j] = 7;
                        rowM[j] = distinct == 1 ? 100_000 + j : 20 + j;
                        colS[j] = 7;
                        colM[j] = distinct == 1 ? 200_000 + j : 30 + j;
                    }
                });
        assertEquals(100_001, grown.table(0, 1).metres(2, 1));
        assertEquals(200_000, grown.table(0, 1).metres(0, 2));
        assertEquals(10, grown.table(0, 1).metres(0, 1), "widened with the entries it held");
        assertEquals(11, grown.table(0, 1).metres(1, 0));
        assertEquals(21, grown.legMetres(0, 2, 1));
        assertEquals(200_001, grown.longestLegMetres());
    }

    @Test
    void aBuilderTakesRowsOnceAndEveryRowBeforeBuilding() {
        int[] map = new int[48];
        map[20] = 1;
        TableBuilder builder = new TableBuilder(List.of("x"), 1800, new int[] {2}, List.of(map), List.of("a", "b"), 5);
        assertThrows(IllegalStateException.class, () -> builder.putRow(0, 1, 0, new int[] {0, 5}, new int[] {0, 9}),
                "the free-flow row first");
        builder.putRow(0, 0, 0, new int[] {0, 5}, new int[] {0, 9});
        assertThrows(IllegalArgumentException.class, () -> builder.putRow(0, 0, 0, new int[] {0, 5}, new int[] {0, 9}));
        assertThrows(IllegalArgumentException.class, () -> builder.putRow(0, 1, 0, new int[] {0, -1}, new int[] {0, -1}),
                "unreachable in the peak only");
        builder.putRow(0, 0, 1, new int[] {6, 0}, new int[] {8, 0});
        builder.putRow(0, 1, 0, new int[] {0, 7}, new int[] {0, 9});
        assertThrows(IllegalStateException.class, () -> builder.build(0), "row 1 of table 1 missing");
        builder.putRow(0, 1, 1, new int[] {9, 0}, new int[] {8, 0});
        TravelTables built = builder.build(3);
        assertSame(built, built.withRoom(5), "room for 5 points reserved");
        assertEquals(7, built.legSeconds(0, 0, 1, 20 * 1800));
        assertEquals(5, built.legSeconds(0, 0, 1, 0));
        assertEquals(8.0, built.meanSeconds(0, 20));
        assertEquals(5.5, built.meanSeconds(0, 0));
        assertEquals(3, built.buildMillis());
        assertThrows(IllegalStateException.class, () -> builder.build(0));
    }
}
