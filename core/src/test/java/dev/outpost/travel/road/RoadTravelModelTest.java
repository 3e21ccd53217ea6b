package dev.outpost.travel.road;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.model.CoordinateSystem;
import dev.outpost.model.Location;
import dev.outpost.travel.TravelTimes;
import dev.outpost.travel.TravelTimes.UnreachablePair;
import dev.outpost.testing.SharedData;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RoadTravelModelTest {

    /** 36 km/h = 10 m/s, so a 100 m street takes 10 s. */
    private static final double KMH = 36;

    private static RoadNetwork monaco;
    private static RoadTravelModel monacoModel;

    @BeforeAll
    static void loadMonaco() throws IOException {
        SharedData.folder("osm").ifPresent(dir -> {
            try {
                monaco = OsmReader.read(dir.resolve("monaco.osm.gz"),
                        RoadNetwork.ComponentPolicy.LARGEST_STRONG_COMPONENT).network();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            monacoModel = RoadTravelModel.of(monaco);
        });
    }

    /** Square A(0,0) B(100,0) C(100,100) D(0,100); A -> B is one-way, the rest two-way. */
    private static RoadNetwork square(boolean withReturnRoad) {
        RoadNetwork.Builder b = new RoadNetwork.Builder(CoordinateSystem.PLANAR)
                .addNode(1, 0, 0).addNode(2, 100, 0).addNode(3, 100, 100).addNode(4, 0, 100)
                .addEdge(1, 2, 100, KMH, true);
        if (withReturnRoad) {
            b.addEdge(2, 3, 100, KMH, false).addEdge(3, 4, 100, KMH, false).addEdge(4, 1, 100, KMH, false);
        }
        return b.build(RoadNetwork.ComponentPolicy.KEEP_ALL);
    }

    @Test
    void oneWayStreetForcesTheDetour() {
        RoadTravelModel model = RoadTravelModel.of(square(true));
        TravelTimes t = model.table(List.of("a", "b"), List.of(Location.planar(0, 0), Location.planar(100, 0)));
        assertEquals(10, t.seconds(0, 1));
        assertEquals(100, t.metres(0, 1));
        assertEquals(30, t.seconds(1, 0));
        assertEquals(300, t.metres(1, 0));
        assertEquals(0, t.seconds(0, 0));
        assertTrue(t.isComplete());
    }

    @Test
    void oneWayTrapIsReportedByPointId() {
        RoadTravelResult r = RoadTravelModel.of(square(false))
                .tableWithSnaps(List.of("a", "b"), List.of(Location.planar(0, 0), Location.planar(100, 0)));
        assertEquals(10, r.times().seconds(0, 1));
        assertFalse(r.times().reachable(1, 0));
        assertEquals(TravelTimes.UNREACHABLE, r.times().seconds(1, 0));
        assertEquals(TravelTimes.UNREACHABLE, r.times().metres(1, 0));
        assertEquals(List.of(new UnreachablePair("b", "a")), r.unreachablePairs());
    }

    @Test
    void disconnectedPiecesAreReportedByPointId() {
        RoadNetwork net = new RoadNetwork.Builder(CoordinateSystem.PLANAR)
                .addNode(1, 0, 0).addNode(2, 100, 0).addNode(10, 5000, 0).addNode(11, 5100, 0)
                .addEdge(1, 2, 100, KMH, false).addEdge(10, 11, 100, KMH, false)
                .build(RoadNetwork.ComponentPolicy.KEEP_ALL);
        RoadTravelResult r = RoadTravelModel.of(net).tableWithSnaps(List.of("west", "east", "far"),
                List.of(Location.planar(0, 0), Location.planar(100, 0), Location.planar(5100, 0)));
        assertEquals(List.of(new UnreachablePair("west", "far"), new UnreachablePair("east", "far"),
                new UnreachablePair("far", "west"), new UnreachablePair("far", "east")), r.unreachablePairs());
        assertEquals(10, r.times().seconds(0, 1));
    }

    @Test
    void largestComponentPolicyDropsTheSmallPiece() {
        RoadNetwork net = new RoadNetwork.Builder(CoordinateSystem.PLANAR)
                .addNode(1, 0, 0).addNode(2, 100, 0).addNode(3, 200, 0).addNode(10, 5000, 0).addNode(11, 5100, 0)
                .addEdge(1, 2, 100, KMH, false).addEdge(2, 3, 100, KMH, false).addEdge(10, 11, 100, KMH, false)
                .build(RoadNetwork.ComponentPolicy.LARGEST_STRONG_COMPONENT);
        assertEquals(3, net.nodeCount());
        assertEquals(2, net.droppedNodeCount());
        assertEquals(-1, net.indexOf(10));
    }

    @Test
    void snappingLegsAreAddedAtTheOffRoadSpeedAndReported() {
        RoadNetwork net = square(true);
        RoadTravelModel model = new RoadTravelModel(ContractionHierarchy.build(net), new NodeSnapper(net), 3.6);
        // 30 m south of A and 40 m south of B: legs of 30 s and 40 s at 1 m/s
        RoadTravelResult r = model.tableWithSnaps(List.of("a", "b"),
                List.of(Location.planar(0, -30), Location.planar(100, -40)));
        assertEquals(List.of(new RoadTravelResult.Snap("a", 1, net.indexOf(1), 30),
                new RoadTravelResult.Snap("b", 2, net.indexOf(2), 40)), r.snaps());
        assertEquals(40, r.maxSnapMetres());
        assertEquals(30 + 10 + 40, r.times().seconds(0, 1));
        assertEquals(30 + 100 + 40, r.times().metres(0, 1));
        assertEquals(40 + 30 + 30, r.times().seconds(1, 0));
    }

    @Test
    void pointsOnTheSameNodeCostOnlyTheirLegs() {
        RoadNetwork net = square(true);
        RoadTravelModel model = new RoadTravelModel(ContractionHierarchy.build(net), new NodeSnapper(net), 3.6);
        TravelTimes t = model.table(List.of("p", "q"), List.of(Location.planar(-3, 0), Location.planar(0, -4)));
        assertEquals(7, t.seconds(0, 1));
        assertEquals(7, t.metres(0, 1));
    }

    @Test
    void rejectsMismatchedInputsAndBadSpeeds() {
        RoadNetwork net = square(true);
        RoadTravelModel model = RoadTravelModel.of(net);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> model.table(List.of("a"), List.of(Location.planar(0, 0), Location.planar(1, 1))));
        assertTrue(e.getMessage().contains("(1)") && e.getMessage().contains("(2)"), e.getMessage());
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> model.table(List.of("bad"), List.of(Location.planar(Double.NaN, 0))));
        assertTrue(nan.getMessage().contains("bad"), nan.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new RoadTravelModel(ContractionHierarchy.build(net), new NodeSnapper(net), 0));
    }

    private static List<Location> randomMonacoPoints(long seed, int count) {
        Random random = new Random(seed);
        List<Location> points = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            // the built-up part of Monaco
            points.add(Location.ofLatLon(43.725 + random.nextDouble() * 0.025, 7.405 + random.nextDouble() * 0.035));
        }
        return points;
    }

    private static List<String> ids(int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add("p" + i);
        }
        return ids;
    }

    @Test
    void monacoTableObeysTheTriangleInequalityAndIsComplete() {
        SharedData.require("osm");
        int n = 60;
        TravelTimes t = monacoModel.table(ids(n), randomMonacoPoints(9, n));
        assertTrue(t.isComplete(), () -> "unreachable: " + t.unreachablePairs());
        int checked = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                for (int k = 0; k < n; k++) {
                    assertTrue(t.seconds(i, k) <= t.seconds(i, j) + t.seconds(j, k),
                            "p" + i + " -> p" + k + " via p" + j);
                    checked++;
                }
            }
            assertEquals(0, t.seconds(i, i));
        }
        assertEquals(n * n * n, checked);
    }

    @Test
    void monacoTableMatchesDijkstraPlusLegsAndIsDeterministic() {
        SharedData.require("osm");
        int n = 40;
        List<Location> points = randomMonacoPoints(17, n);
        RoadTravelResult r = monacoModel.tableWithSnaps(ids(n), points);
        int[] vertices = r.snaps().stream().mapToInt(RoadTravelResult.Snap::vertex).toArray();
        long[] reference = new DijkstraTables(monaco).table(vertices, vertices);
        NodeSnapper snapper = new NodeSnapper(monaco);
        for (int i = 0; i < n; i++) {
            double legI = snapper.snapMetres(points.get(i), vertices[i]);
            assertTrue(legI <= r.snaps().get(i).metres() && r.snaps().get(i).metres() < legI + 1);
            for (int j = 0; j < n; j++) {
                if (i == j) {
                    continue;
                }
                double legJ = snapper.snapMetres(points.get(j), vertices[j]);
                long ms = (reference[i * n + j] >>> 32)
                        + (long) Math.ceil(legI * 3600 / RoadTravelModel.DEFAULT_OFF_ROAD_KMH)
                        + (long) Math.ceil(legJ * 3600 / RoadTravelModel.DEFAULT_OFF_ROAD_KMH);
                assertEquals((ms + 999) / 1000, r.times().seconds(i, j), "p" + i + " -> p" + j);
            }
        }
        RoadTravelResult again = monacoModel.tableWithSnaps(ids(n), points);
        assertArrayEquals(r.times().secondsTable(), again.times().secondsTable());
        assertArrayEquals(r.times().metresTable(), again.times().metresTable());
        assertEquals(r.snaps(), again.snaps());
    }
}
